import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * The layers of decision 070, read from the import graph of the sources. Imports go one way:
 * entry points (server, CLI) → routes → web glue and components → models → pure helpers and
 * i18n → templates and db. A layer may import itself and what its row lists, nothing else.
 */
const LAYERS = {
  entry: ["entry", "routes", "web", "components", "models", "utils", "i18n", "templates", "db"],
  routes: ["routes", "web", "components", "models", "utils", "i18n", "templates"],
  web: ["web", "models", "utils", "i18n", "templates"],
  components: ["components", "utils", "i18n", "templates"],
  models: ["models", "utils", "i18n", "templates", "db"],
  utils: ["utils", "templates"],
  i18n: ["i18n", "utils", "templates"],
  templates: ["templates"],
  db: ["db"],
} as const satisfies Record<string, readonly string[]>;
type Layer = keyof typeof LAYERS;

/** Which layer a source file is in; a file in no layer fails the test, so a new folder must be placed. */
function layerOf(file: string): Layer | undefined {
  if (/^app\/(server|cli)\//.test(file) || file === "app/entry.server.tsx" || file === "app/entry.client.tsx") return "entry";
  if (file.startsWith("app/routes/") || file === "app/root.tsx") return "routes";
  if (file === "app/env.d.ts") return "utils";
  const top = /^app\/(web|components|models|utils|i18n)\//.exec(file)?.[1];
  if (top) return top as Layer;
  if (file.startsWith("templates/")) return "templates";
  if (file.startsWith("db/")) return "db";
  return undefined;
}

/** Packages that speak SQL: only the layers that may reach the database import them. */
const SQL_PACKAGES = /^(drizzle-orm|better-sqlite3)(\/|$)/;
const MAY_SPEAK_SQL: readonly Layer[] = ["entry", "models", "db"];

/** The audit trail's writer: only its model (and db/ itself, which chains rows a migration adds) imports it. */
const AUDIT_CHAIN = "db/audit-chain.ts";
const AUDIT_MODEL = "app/models/audit.server.ts";

const ROOT = normalize(join(dirname(new URL(import.meta.url).pathname), "../.."));
const SOURCE = /\.(ts|tsx|mjs)$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = `${folder}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return name === "migrations" ? [] : sourceFiles(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

const EXTENSIONS = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(from), specifier));
  return EXTENSIONS.map((ext) => base + ext).find((path) => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile());
}

interface Edge {
  from: string;
  to: string;
  specifier: string;
}

/** Every import, export … from, import() and import type of every source file, as the compiler reads them. */
export function importGraph(files: string[]) {
  const edges: Edge[] = [];
  const packages: Edge[] = [];
  const unresolved: Edge[] = [];
  for (const from of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, from), "utf8"), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith(".")) {
        packages.push({ from, to: specifier, specifier });
        continue;
      }
      const to = resolveRelative(from, specifier);
      if (to) edges.push({ from, to, specifier });
      else unresolved.push({ from, to: specifier, specifier });
    }
  }
  return { edges, packages, unresolved };
}

/** Each edge against the layers, as "from → specifier (why)". */
export function violations(graph: ReturnType<typeof importGraph>): string[] {
  const found: string[] = [];
  for (const { from, to, specifier } of graph.edges) {
    const source = layerOf(from);
    const target = layerOf(to);
    if (!source || !target) continue; // reported by the "every file has a layer" test
    if (!(LAYERS[source] as readonly string[]).includes(target)) found.push(`${from} → ${specifier} (${source} may not import ${target})`);
    if (to === AUDIT_CHAIN && from !== AUDIT_MODEL && source !== "db") found.push(`${from} → ${specifier} (only ${AUDIT_MODEL} writes audit rows)`);
  }
  for (const { from, specifier } of graph.packages) {
    const source = layerOf(from);
    if (source && SQL_PACKAGES.test(specifier) && !MAY_SPEAK_SQL.includes(source)) found.push(`${from} → ${specifier} (${source} may not speak SQL)`);
  }
  return found;
}

const files = ["app", "db", "templates"].flatMap(sourceFiles);
const graph = importGraph(files);

describe("the layers (decision 070)", () => {
  it("reads the whole graph: every file has a layer and every relative import resolves", () => {
    expect(files.filter((file) => !layerOf(file))).toEqual([]);
    expect(graph.unresolved.map((e) => `${e.from} → ${e.specifier}`)).toEqual([]);
    // A graph that lost its edges would pass everything below.
    expect(graph.edges.length).toBeGreaterThan(300);
    expect(graph.edges.some((e) => e.from.startsWith("app/routes/") && e.to.startsWith("app/models/"))).toBe(true);
  });

  it("has no import against the direction", () => {
    expect(violations(graph)).toEqual([]);
  });

  it("has one writer of audit rows: the INSERT is in db/audit-chain.ts alone", () => {
    const inserting = files.filter((file) => /insert\s+into\s+["`]?audit_events|\.insert\(\s*schema\.auditEvents/i.test(readFileSync(join(ROOT, file), "utf8")));
    expect(inserting).toEqual([AUDIT_CHAIN]);
  });

  it("catches each kind of wrong edge", () => {
    const wrong = (from: string, to: string): Edge => ({ from, to, specifier: to });
    const caught = violations({
      edges: [
        wrong("db/client.ts", "app/models/actor.ts"),
        wrong("templates/pdf/render.tsx", "app/i18n/ui.ts"),
        wrong("app/models/plan.server.ts", "app/routes/dashboard.tsx"),
        wrong("app/models/plan.server.ts", "app/web/http.server.ts"),
        wrong("app/routes/dashboard.tsx", "db/schema.ts"),
        wrong("app/components/layout.tsx", "app/models/actor.ts"),
        wrong("app/web/section-save.server.ts", "app/components/sections/types.ts"),
        wrong("app/utils/format.ts", "app/models/db.server.ts"),
        wrong("app/cli/audit-verify.ts", AUDIT_CHAIN),
        wrong("app/models/plan.server.ts", AUDIT_CHAIN),
      ],
      packages: [wrong("app/routes/dashboard.tsx", "drizzle-orm")],
      unresolved: [],
    });
    expect(caught).toHaveLength(11);
    expect(violations({ edges: [wrong(AUDIT_MODEL, AUDIT_CHAIN), wrong("app/routes/dashboard.tsx", "app/models/youth.server.ts")], packages: [], unresolved: [] })).toEqual([]);
  });
});
