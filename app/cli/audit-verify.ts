/**
 * Checks the audit trail's hash chain, read-only, while the server may keep running:
 *   npm run audit:verify
 * Exit 0: every row fits the chain. Exit 1: names the first row that does not (the row changed,
 * or the first row after one removed or inserted). Exit 2: no database to check.
 */
import Database from "better-sqlite3";
import { verifyAuditChain } from "../../db/audit-verify";
import { databasePathFromEnv } from "../../db/client";

const databasePath = databasePathFromEnv();
let sqlite: Database.Database;
try {
  sqlite = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: 5000 });
} catch (error) {
  console.error(`audit:verify: cannot open ${databasePath} (${error instanceof Error ? error.message : String(error)}).`);
  process.exit(2);
}
const report = verifyAuditChain(sqlite);
sqlite.close();
if (report.status === "intact") {
  console.log(`audit:verify: the audit chain of ${databasePath} is intact (${report.rows} rows).`);
} else {
  const { id, action, at } = report.row;
  console.error(
    `audit:verify: the audit chain of ${databasePath} is broken at row ${id} (${action}, ${new Date(at).toISOString()}): ${report.reason}. ` +
      "That row was changed, or a row just before it was removed or inserted; rows before it are intact.",
  );
  process.exit(1);
}
