/**
 * Checks the audit trail's hash chain, read-only, while the server may keep running:
 *   npm run audit:verify [-- --anchor <id>:<hash>]
 * Exit 0: every row fits the chain, and it ends at the head audit_head keeps (and holds the
 * anchor, if one is given); the head is printed, to be recorded somewhere the database does not
 * reach (a backup log, a ticket), and given back later as --anchor. Exit 1: names the first row
 * that does not fit (the row changed, or the first row after one removed or inserted), or says
 * rows were cut from the end. Exit 2: no database to check, or an anchor that does not read.
 */
import Database from "better-sqlite3";
import { verifyAuditChain, type AuditAnchor } from "../../db/audit-verify";
import { databasePathFromEnv } from "../../db/client";

function anchorFromArgs(args: string[]): AuditAnchor | undefined {
  const at = args.indexOf("--anchor");
  if (at === -1) return undefined;
  const match = /^([1-9][0-9]*):([0-9a-f]{64})$/.exec(args[at + 1] ?? "");
  if (!match) {
    console.error("audit:verify: --anchor takes <row id>:<64 hex digits of its hash>, as audit:verify printed it.");
    process.exit(2);
  }
  return { id: Number(match[1]), hash: match[2]! };
}

const anchor = anchorFromArgs(process.argv.slice(2));
const databasePath = databasePathFromEnv();
let sqlite: Database.Database;
try {
  sqlite = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: 5000 });
} catch (error) {
  console.error(`audit:verify: cannot open ${databasePath} (${error instanceof Error ? error.message : String(error)}).`);
  process.exit(2);
}
const report = verifyAuditChain(sqlite, { anchor });
sqlite.close();
if (report.status === "intact") {
  console.log(`audit:verify: the audit chain of ${databasePath} is intact (${report.rows} rows).`);
  if (report.head) console.log(`audit:verify: head ${report.head.id}:${report.head.hash} (keep it elsewhere; check later with --anchor ${report.head.id}:${report.head.hash}).`);
} else if (report.status === "cut") {
  const end = report.lastRow ? `ends at row ${report.lastRow.id}` : "has no rows";
  const expected = report.by === "anchor" ? `the anchor given names row ${report.expected.id}` : `its head (audit_head) names row ${report.expected.id}`;
  console.error(`audit:verify: the audit chain of ${databasePath} was cut: it ${end}, but ${expected}. Rows were removed from its end.`);
  process.exit(1);
} else {
  const { id, action, at } = report.row;
  console.error(
    `audit:verify: the audit chain of ${databasePath} is broken at row ${id} (${action}, ${new Date(at).toISOString()}): ${report.reason}. ` +
      "That row was changed, or a row just before it was removed or inserted; rows before it are intact.",
  );
  process.exit(1);
}
