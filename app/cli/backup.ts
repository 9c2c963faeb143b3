/**
 * Copies the database to a new file while the app keeps running:
 *   npm run backup -- backups/safety-plans-2026-11-28.db
 * The copy is one consistent snapshot, checked with PRAGMA integrity_check before it gets its name.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { backupDatabase } from "../../db/backup";
import { DatabaseUnusableError, databasePathFromEnv } from "../../db/client";

const [target, ...rest] = process.argv.slice(2);
if (!target || rest.length > 0) {
  console.error("backup: give one file name, e.g. npm run backup -- backups/safety-plans-$(date +%F).db");
  process.exit(2);
}
const databasePath = databasePathFromEnv();
const targetPath = resolve(target);
try {
  backupDatabase(databasePath, targetPath);
} catch (error) {
  if (!(error instanceof DatabaseUnusableError)) throw error;
  console.error(`backup: ${error.message}`);
  process.exit(1);
}
console.log(`Backed up ${databasePath} to ${targetPath} (${statSync(targetPath).size} bytes, integrity ok).`);
