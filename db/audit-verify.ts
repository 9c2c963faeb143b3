import type Database from "better-sqlite3";
import { AUDIT_CHAIN_START, auditRowHash, COLUMNS, type StoredAuditRow } from "./audit-chain";

/*
 * Reading the audit chain back, apart from its writer (db/audit-chain.ts, which only
 * app/models/audit.server.ts imports): the read-only `npm run audit:verify` checks a database
 * the server may be writing, without opening it for writing (decision 070).
 */

export type AuditChainReport =
  | { status: "intact"; rows: number }
  | { status: "broken"; rows: number; row: { id: number; action: string; at: number }; reason: "missing hash" | "hash does not match" };

/**
 * Walks the chain in id order from the start and reports the first row whose stored hash is not
 * SHA-256 over the previous stored hash and its own fields: the row that was changed, or the
 * first row after one that was removed or inserted. Reads one snapshot.
 */
export function verifyAuditChain(sqlite: Database.Database): AuditChainReport {
  const page = sqlite.prepare<[number], StoredAuditRow>(`select ${COLUMNS} from audit_events where id > ? order by id limit 5000`);
  const walk = sqlite.transaction((): AuditChainReport => {
    let previousHash = AUDIT_CHAIN_START;
    let count = 0;
    for (let rows = page.all(0); rows.length > 0; rows = page.all(rows.at(-1)!.id)) {
      for (const row of rows) {
        count += 1;
        const where = { id: row.id, action: row.action, at: row.at };
        if (row.hash === null) return { status: "broken", rows: count, row: where, reason: "missing hash" };
        if (auditRowHash(previousHash, row) !== row.hash) return { status: "broken", rows: count, row: where, reason: "hash does not match" };
        previousHash = row.hash;
      }
    }
    return { status: "intact", rows: count };
  });
  return walk.deferred();
}
