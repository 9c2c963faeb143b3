/**
 * Client JavaScript per page: `npm run bench:bundle` (remix build, then this file under tsx).
 *
 * For every route that renders a page, sums the gzip size of the JavaScript a browser loads on a
 * first visit: what Remix's <Scripts> names for the matched routes (entry module and its imports,
 * then each route of the chain from root with its imports; build/client/manifest-*.js),
 * everything those files import statically (build/metafile.js.json), and the texts the page loads
 * before hydrating (the shared interface texts, the groups of them its routes declare with
 * `usesUi(…)`, the plan template's if they say `showsPlanTexts(…)`): "one language" (the larger
 * language: a page in one language) and "both languages" (a plan in the youth's language other than
 * the interface's). Each file is
 * counted once and gzipped at the level our compression middleware uses. Routes without a component (resource
 * routes: PDFs, redirects, the language switch) load no JavaScript and are not listed.
 *
 * Prints KB gzip per page, writes tests/.output/bundle.json, and exits non-zero when a page
 * passes BUNDLE_LIMIT_KB (default 120, issue 13's target for the builder pages; every page is
 * held to it).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: string;
  imports?: string[];
}
interface Manifest {
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
}
interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const clientDir = join(root, "build/client");
const limitKb = Number(process.env.BUNDLE_LIMIT_KB ?? 120);

const manifestFile = readdirSync(clientDir).find((name) => /^manifest-.*\.js$/.test(name));
if (!manifestFile) throw new Error("no build/client/manifest-*.js: run `npm run build` first");
const manifest = JSON.parse(
  readFileSync(join(clientDir, manifestFile), "utf8").replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, ""),
) as Manifest;
const metafile = JSON.parse(readFileSync(join(root, "build/metafile.js.json"), "utf8")) as Metafile;

// "/build/_shared/chunk-X.js" (a URL) and "build/client/_shared/chunk-X.js" (the metafile's key).
const outputKey = (url: string) => url.replace(/^\/build\//, "build/client/");

const gzipBytes = new Map<string, number>();
function gzipped(key: string): number {
  let size = gzipBytes.get(key);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(root, key)), { level: constants.Z_DEFAULT_COMPRESSION }).length;
    gzipBytes.set(key, size);
  }
  return size;
}

/** The files a set of files imports statically, those files included. */
function staticClosure(start: string[]): Set<string> {
  const files = new Set<string>();
  const pending = [...start];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (files.has(key)) continue;
    files.add(key);
    const output = metafile.outputs[key];
    if (!output) throw new Error(`${key} is not in build/metafile.js.json`);
    for (const imported of output.imports) if (imported.kind === "import-statement") pending.push(imported.path);
  }
  return files;
}

/** A route and its parents, from root down. */
function routeChain(routeId: string): ManifestRoute[] {
  const chain: ManifestRoute[] = [];
  for (let route: ManifestRoute | undefined = manifest.routes[routeId]; route; route = route.parentId ? manifest.routes[route.parentId] : undefined) {
    chain.unshift(route);
  }
  return chain;
}

/** What <Scripts> makes the browser load for a route: the entry, then each route from root down. */
function namedFiles(routeId: string): string[] {
  return [manifest.entry.module, ...manifest.entry.imports, ...routeChain(routeId).flatMap((r) => [...(r.imports ?? []), r.module])].map(outputKey);
}

/**
 * The chunks those files load with import(), by language: the interface texts (app/i18n/ui.ts, one
 * chunk per group and language) and the plan template's texts (app/i18n/plan-text.ts), of which a
 * page loads the languages it shows, before it hydrates: of the interface texts the shared group
 * and the groups its routes declare (`usesUi(…)`), the plan template's only on a page whose route
 * says it shows them (`showsPlanTexts(…)`). A chunk's language is that of the sources it brings,
 * its static imports included (`*.en.ts`, `*.es.ts`); anything else loaded dynamically is counted
 * as always loaded.
 */
function dynamicByLanguage(files: Set<string>, showsPlanTexts: boolean, uiGroups: Set<string>): Map<string, string[]> {
  const byLanguage = new Map<string, string[]>();
  for (const key of files) {
    for (const imported of metafile.outputs[key]!.imports) {
      if (imported.kind !== "dynamic-import") continue;
      const inputs = [...staticClosure([imported.path])].flatMap((chunk) => Object.keys(metafile.outputs[chunk]!.inputs));
      if (!showsPlanTexts && inputs.some((input) => PLAN_TEXTS.test(input))) continue;
      const uiGroup = inputs.map((input) => UI_GROUP_TEXTS.exec(input)?.[1]).find(Boolean);
      if (uiGroup && uiGroup !== "shared" && !uiGroups.has(uiGroup)) continue;
      const language = inputs.map((input) => /\.([a-z]{2})\.tsx?$/.exec(input)?.[1]).find(Boolean) ?? "always";
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), imported.path]);
    }
  }
  return byLanguage;
}
const PLAN_TEXTS = /templates\/csecy-safety-plan\/text\.[a-z]{2}\.ts$/;
const UI_GROUP_TEXTS = /app\/i18n\/ui\/([a-z]+)\.[a-z]{2}\.ts$/;

const routeSources = new Map(readdirSync(join(root, "app/routes")).map((name) => [`routes/${name.replace(/\.tsx?$/, "")}`, join(root, "app/routes", name)]));
const routeSource = (route: ManifestRoute) => (routeSources.has(route.id) ? readFileSync(routeSources.get(route.id)!, "utf8") : "");
const showsPlanTexts = (route: ManifestRoute) => /export const handle = .*showsPlanTexts\(/.test(routeSource(route));
/** The interface-text groups a route declares: `export const handle = usesUi("a", "b")`, alone or spread with showsPlanTexts. */
const declaredUiGroups = (route: ManifestRoute) =>
  [.../export const handle = .*usesUi\(([^)]*)\)/.exec(routeSource(route))?.[1]?.matchAll(/"([a-z]+)"/g) ?? []].map((match) => match[1]!);

const sum = (files: Iterable<string>) => [...files].reduce((total, key) => total + gzipped(key), 0);
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function pageWeight(routeId: string) {
  const files = staticClosure(namedFiles(routeId));
  const chain = routeChain(routeId);
  const dynamic = dynamicByLanguage(files, chain.some(showsPlanTexts), new Set(chain.flatMap(declaredUiGroups)));
  const always = staticClosure([...files, ...(dynamic.get("always") ?? [])]);
  dynamic.delete("always");
  const extraFor = (languages: string[]) => [...staticClosure(languages.flatMap((l) => dynamic.get(l) ?? []))].filter((key) => !always.has(key));
  const oneLanguage = Math.max(0, ...[...dynamic.keys()].map((language) => sum(extraFor([language]))));
  const everyLanguage = sum(extraFor([...dynamic.keys()]));
  return { files: always.size, oneLanguage: kb(sum(always) + oneLanguage), everyLanguage: kb(sum(always) + everyLanguage) };
}

function urlOf(route: ManifestRoute): string {
  const segments: string[] = [];
  for (let r: ManifestRoute | undefined = route; r; r = r.parentId ? manifest.routes[r.parentId] : undefined) {
    if (r.path) segments.unshift(r.path);
  }
  return "/" + segments.join("/");
}

// A page's route module exports a component; a resource route's does not.
const rendersPage = (route: ManifestRoute) => /export default/.test(routeSource(route));
const pages = Object.values(manifest.routes).filter((route) => route.id !== "root" && rendersPage(route));

const rows = pages
  .map((route) => ({ page: urlOf(route), route: route.id, ...pageWeight(route.id) }))
  .sort((a, b) => b.oneLanguage - a.oneLanguage);

const width = Math.max(...rows.map((r) => r.page.length));
console.log(`Client JavaScript a first visit loads, KB gzip (limit ${limitKb} KB per page, in one language):`);
console.log(`  ${"page".padEnd(width)}  one language  both languages`);
for (const row of rows) {
  console.log(
    `  ${row.page.padEnd(width)}  ${row.oneLanguage.toFixed(1).padStart(12)}  ${row.everyLanguage.toFixed(1).padStart(14)}${row.oneLanguage > limitKb ? "  OVER" : ""}`,
  );
}
const over = rows.filter((row) => row.oneLanguage > limitKb);
mkdirSync(join(root, "tests/.output"), { recursive: true });
writeFileSync(join(root, "tests/.output/bundle.json"), JSON.stringify({ limitKb, pages: rows }, null, 2));
if (over.length > 0) {
  console.log(`${over.length} page(s) over ${limitKb} KB gzip`);
  process.exit(1);
}
console.log(`every page at or under ${limitKb} KB gzip`);
