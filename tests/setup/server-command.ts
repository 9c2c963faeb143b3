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
