import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// What the browser is sent, read from the build's own record of it (npm test builds first).
// Sizes per page are measured by `npm run bench:bundle`; these are the causes it found, held here.
const root = join(import.meta.dirname, "../..");
const metafile = JSON.parse(readFileSync(join(root, "build/metafile.js.json"), "utf8")) as {
  outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }>;
};
const browserInputs = [...new Set(Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs)))];

const manifestFile = readdirSync(join(root, "build/client")).find((name) => /^manifest-.*\.js$/.test(name))!;
const manifest = JSON.parse(
  readFileSync(join(root, "build/client", manifestFile), "utf8").replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, ""),
) as { entry: { module: string; imports: string[] }; routes: Record<string, { module: string; imports?: string[] }> };

/** The sources in the files every page loads before it hydrates: the entry and the root route, with what they import statically. */
function sourcesOnEveryPage(): string[] {
  return staticSources([manifest.entry.module, ...manifest.entry.imports, manifest.routes.root!.module, ...(manifest.routes.root!.imports ?? [])]);
}

/** The sources in the files a route's own module brings with its static imports. */
function sourcesOfRoute(routeId: string): string[] {
  const route = manifest.routes[routeId]!;
  return staticSources([route.module, ...(route.imports ?? [])]);
}

/** The sources in those files and in everything they import statically. */
function staticSources(named: string[]): string[] {
  const files = new Set<string>();
  const pending = named.map((url) => url.replace(/^\/build\//, "build/client/"));
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (files.has(key)) continue;
    files.add(key);
    for (const imported of metafile.outputs[key]!.imports) if (imported.kind === "import-statement") pending.push(imported.path);
  }
  return [...files].flatMap((key) => Object.keys(metafile.outputs[key]!.inputs));
}

describe("client bundle", () => {
  it("carries no zod and no schema at all: forms are checked on the server only (decision 023)", () => {
    // Neither zod (its locales, classic or core), nor our parse, nor a schema module, nor the zod setup.
    expect(browserInputs.filter((input) => /node_modules\/(zod|@conform-to\/zod)\//.test(input))).toEqual([]);
    expect(
      browserInputs.filter((input) =>
        /templates\/zod-setup\.ts$|templates\/csecy-safety-plan\/(schema|follow-up-answers|messages)\.ts$|app\/utils\/form-submission\.ts$/.test(input),
      ),
    ).toEqual([]);
  });

  it("gives every page no interface texts, nor zod, nor the plan template: pages load what they use", () => {
    const everyPage = sourcesOnEveryPage();
    expect(everyPage.filter((input) => /app\/i18n\/ui(\/[a-z]+)?\.(en|es)\.ts$|node_modules\/zod\/|templates\/csecy-safety-plan\/(schema|text\.)/.test(input))).toEqual([]);
  });

  it("sends no whole interface catalogue to the browser: the texts go as groups (app/i18n/ui.ts)", () => {
    expect(browserInputs.filter((input) => /app\/i18n\/ui\.(en|es)\.ts$/.test(input))).toEqual([]);
  });

  it("puts each group of interface texts, in each language, in a chunk of its own, loaded only with import() and never with a page's own code", () => {
    const groupFiles = readdirSync(join(root, "app/i18n/ui")).filter((name) => /^[a-z]+\.(en|es)\.ts$/.test(name));
    expect(groupFiles.length).toBeGreaterThanOrEqual(2 * 8);
    for (const name of groupFiles) {
      const texts = `app/i18n/ui/${name}`;
      const chunks = Object.entries(metafile.outputs).filter(([, output]) => texts in output.inputs);
      expect(chunks.map(([, output]) => Object.keys(output.inputs)), texts).toEqual([[texts]]);
      const [chunk] = chunks[0]!;
      const importedAs = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.path === chunk).map((i) => i.kind));
      expect(new Set(importedAs), texts).toEqual(new Set(["dynamic-import"]));
    }
    for (const routeId of Object.keys(manifest.routes)) {
      expect(sourcesOfRoute(routeId).filter((input) => /app\/i18n\/ui\/[a-z]+\.(en|es)\.ts$/.test(input)), routeId).toEqual([]);
    }
  });

  it("loads the plan template's texts only with import(), one language at a time, never with a page's own code", () => {
    for (const routeId of Object.keys(manifest.routes)) {
      expect(sourcesOfRoute(routeId).filter((input) => /templates\/csecy-safety-plan\/text\.(en|es)\.ts$/.test(input)), routeId).toEqual([]);
    }
    for (const texts of ["templates/csecy-safety-plan/text.en.ts", "templates/csecy-safety-plan/text.es.ts"]) {
      const chunks = Object.entries(metafile.outputs).filter(([, output]) => texts in output.inputs);
      expect(chunks.map(([, output]) => Object.keys(output.inputs))).toEqual([[texts]]);
    }
  });

  it("sends no resource directory to the browser: pages are sent the entries they show, in their language, by their loaders", () => {
    expect(browserInputs.filter((input) => /templates\/resources\//.test(input))).toEqual([]);
  });

  it("gives the section pages (the provider's, the together view's, the phone's) no copy rules: the forms take the template's parts from their own files", () => {
    for (const routeId of ["routes/plans.$planId.sections.$sectionId", "routes/plans.$planId.together.$sectionId", "routes/j.$number"]) {
      expect(manifest.routes[routeId], routeId).toBeDefined();
      expect(sourcesOfRoute(routeId).filter((input) => /templates\/csecy-safety-plan\/(copies|index)\.ts$/.test(input)), routeId).toEqual([]);
    }
  });

  it("sends no database code to the browser", () => {
    expect(browserInputs.filter((input) => /node_modules\/(drizzle-orm|better-sqlite3)\//.test(input))).toEqual([]);
  });
});
