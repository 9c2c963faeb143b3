/**
 * The full integrity check that start-up leaves out (it runs the quicker quick_check):
 *   npm run db:check
 * Reads the database at DATABASE_PATH with PRAGMA integrity_check, which also checks that every
 * index matches its table; safe while the app runs (a read transaction).
 */
import Database from "better-sqlite3";
import { databasePathFromEnv, integrityProblems } from "../../db/client";

const databasePath = databasePathFromEnv();
const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
const started = Date.now();
const problems = integrityProblems(sqlite, "full");
sqlite.close();
if (problems.length > 0) {
  console.error(`db:check: ${databasePath} failed PRAGMA integrity_check:\n  ${problems.slice(0, 20).join("\n  ")}`);
  console.error("Restore the latest backup with `npm run restore -- <backup file>`.");
  process.exit(1);
}
console.log(`db:check: ${databasePath} passed PRAGMA integrity_check in ${Date.now() - started} ms.`);
