/**
 * The full checks that start-up leaves out (it runs the quicker quick_check):
 *   npm run db:check                  PRAGMA integrity_check (every index matches its table), and
 *                                     the agencies' kept counts against a count of their rows
 *   npm run db:check -- --recount     counts the agencies' youth, plans and due days again
 * Reads the database at DATABASE_PATH; safe while the app runs (a read transaction; --recount
 * writes in one short transaction).
 */
import Database from "better-sqlite3";
import { agencyCountProblems, recountAgencies } from "../../db/agency-counts";
import { databasePathFromEnv, integrityProblems } from "../../db/client";

const databasePath = databasePathFromEnv();
const recount = process.argv.includes("--recount");
const sqlite = new Database(databasePath, { readonly: !recount, fileMustExist: true });
sqlite.pragma("busy_timeout = 5000");
const started = Date.now();
const problems = integrityProblems(sqlite, "full");
if (problems.length > 0) {
  sqlite.close();
  console.error(`db:check: ${databasePath} failed PRAGMA integrity_check:\n  ${problems.slice(0, 20).join("\n  ")}`);
  console.error("Restore the latest backup with `npm run restore -- <backup file>`.");
  process.exit(1);
}
if (recount) recountAgencies(sqlite);
const countProblems = agencyCountProblems(sqlite);
sqlite.close();
if (countProblems.length > 0) {
  console.error(`db:check: ${databasePath}: the agencies' kept counts differ from their rows:\n  ${countProblems.slice(0, 20).join("\n  ")}`);
  console.error("Count them again with `npm run db:check -- --recount`.");
  process.exit(1);
}
console.log(`db:check: ${databasePath} passed PRAGMA integrity_check and the agencies' counts agree with their rows, in ${Date.now() - started} ms.`);
