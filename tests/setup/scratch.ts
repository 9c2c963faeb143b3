import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

/**
 * A fresh folder under the system's temporary folder for one test file's databases, servers' files
 * and copies. It is removed with everything in it once the file's tests are done (by
 * fresh-database.ts, after the app's own connection is closed, since it may be in here).
 */
export function scratchDirectory(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `spb-${purpose}-`));
  made.push(dir);
  return dir;
}

export function removeScratchDirectories(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
