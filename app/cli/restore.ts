/**
 * Puts a backup back in place of the database, after checking it:
 *   npm run restore -- backups/safety-plans-2026-11-28.db
 * Stop the server first: restore refuses while one runs. The replaced database is kept beside the
 * new one as <db>.replaced-<time> (with its -wal and -shm files).
 */
import { resolve } from "node:path";
import { restoreDatabase } from "../../db/backup";
import { DatabaseUnusableError, databasePathFromEnv } from "../../db/client";

const [source, ...rest] = process.argv.slice(2);
if (!source || rest.length > 0) {
  console.error("restore: give one backup file, e.g. npm run restore -- backups/safety-plans-2026-11-28.db");
  process.exit(2);
}
const databasePath = databasePathFromEnv();
const backupPath = resolve(source);
try {
  const replaced = restoreDatabase(backupPath, databasePath);
  console.log(`Restored ${backupPath} to ${databasePath}.`);
  if (replaced) console.log(`The database it replaced is kept as ${replaced} (delete it once you are sure).`);
} catch (error) {
  if (!(error instanceof DatabaseUnusableError)) throw error;
  console.error(`restore: ${error.message}`);
  process.exit(1);
}
