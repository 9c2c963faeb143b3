/**
 * A separate process appending audit rows to one database while others do the same:
 *   node --import tsx tests/setup/audit-writer.ts <database> <rows> <label>
 * Each row is its own transaction, as a request's would be.
 */
import Database from "better-sqlite3";
import { appendAuditEvent } from "../../db/audit-chain";

const [file, rows, label] = process.argv.slice(2);
const sqlite = new Database(file!, { fileMustExist: true, timeout: 10_000 });
sqlite.pragma("busy_timeout = 10000");
for (let i = 0; i < Number(rows); i++) {
  appendAuditEvent(sqlite, { orgId: null, userId: null, action: "login_failed", subjectType: null, subjectId: null, detail: `${label} ${i}` });
}
sqlite.close();
