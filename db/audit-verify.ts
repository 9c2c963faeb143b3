import type Database from "better-sqlite3";
import { AUDIT_CHAIN_START, auditRowHash, COLUMNS, type StoredAuditRow } from "./audit-chain";

/*
 * Reading the audit chain back, apart from its writer (db/audit-chain.ts, which only
 * app/models/audit.server.ts imports): the read-only `npm run audit:verify` checks a database
 * the server may be writing, without opening it for writing (decision 070).
 */

/** A row of the chain recorded elsewhere (its id and hash), e.g. printed by audit:verify into a backup log. */
export interface AuditAnchor {
  id: number;
  hash: string;
}

export type AuditChainReport =
  | { status: "intact"; rows: number; head: AuditAnchor | null }
  | { status: "broken"; rows: number; row: { id: number; action: string; at: number }; reason: "missing hash" | "hash does not match" }
  | { status: "cut"; rows: number; lastRow: AuditAnchor | null; expected: AuditAnchor; by: "audit_head" | "anchor" };

/**
 * Walks the chain in id order from the start and reports the first row whose stored hash is not
 * SHA-256 over the previous stored hash and its own fields: the row that was changed, or the
 * first row after one that was removed or inserted. Reads one snapshot.
 *
 * Rows cut from the end leave nothing after them to break, so the walk's end is compared with the
 * head that audit_head keeps (a table of its own, moved on by a trigger in each row's transaction,
 * migration 0012): a chain that ends before it, or elsewhere, was cut. And with `anchor` (a row's
 * id and hash recorded outside the database), the chain must still hold that row, unchanged.
 */
export function verifyAuditChain(sqlite: Database.Database, options: { anchor?: AuditAnchor } = {}): AuditChainReport {
  const page = sqlite.prepare<[number], StoredAuditRow>(`select ${COLUMNS} from audit_events where id > ? order by id limit 5000`);
  const hasHeadTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'audit_head'").get() !== undefined;
  const walk = sqlite.transaction((): AuditChainReport => {
    let previousHash = AUDIT_CHAIN_START;
    let last: AuditAnchor | null = null;
    let anchorFound = false;
    let count = 0;
    for (let rows = page.all(0); rows.length > 0; rows = page.all(rows.at(-1)!.id)) {
      for (const row of rows) {
        count += 1;
        const where = { id: row.id, action: row.action, at: row.at };
        if (row.hash === null) return { status: "broken", rows: count, row: where, reason: "missing hash" };
        if (auditRowHash(previousHash, row) !== row.hash) return { status: "broken", rows: count, row: where, reason: "hash does not match" };
        if (options.anchor && row.id === options.anchor.id) {
          if (row.hash !== options.anchor.hash) return { status: "broken", rows: count, row: where, reason: "hash does not match" };
          anchorFound = true;
        }
        previousHash = row.hash;
        last = { id: row.id, hash: row.hash };
      }
    }
    if (options.anchor && !anchorFound) return { status: "cut", rows: count, lastRow: last, expected: options.anchor, by: "anchor" };
    if (hasHeadTable) {
      const head = sqlite.prepare<[], { id: number; hash: string }>("select last_id as id, last_hash as hash from audit_head where id = 1").get();
      // No head with rows present: the head was removed with them (its trigger dropped), or never kept.
      if (head ? head.id !== last?.id || head.hash !== last.hash : last !== null) {
        return { status: "cut", rows: count, lastRow: last, expected: head ?? { id: 0, hash: "(no head row)" }, by: "audit_head" };
      }
    }
    return { status: "intact", rows: count, head: last };
  });
  return walk.deferred();
}
