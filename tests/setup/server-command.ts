import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The node arguments that start the built server exactly as `npm start` does: the V8 flags from
 * package.json's `config.serverNodeFlags` (the main thread's heap limit), then build/server.mjs.
 * Tests, benchmarks and Playwright start the server with these, directly (not through npm), so
 * the child's pid is the server's.
 */
export function serverCommand(root = resolve(import.meta.dirname, "../..")): string[] {
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { config?: { serverNodeFlags?: string } };
  const flags = (pkg.config?.serverNodeFlags ?? "").split(/\s+/).filter(Boolean);
  return [...flags, "build/server.mjs"];
}

/**
 * The environment `npm start` gives the server, from package.json's `config.serverEnv`
 * (`MALLOC_MMAP_THRESHOLD_`: glibc returns freed font files at once; decision 015).
 */
export function serverEnv(root = resolve(import.meta.dirname, "../..")): Record<string, string> {
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { config?: { serverEnv?: string } };
  return Object.fromEntries(
    (pkg.config?.serverEnv ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
  );
}
