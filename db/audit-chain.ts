import { createHash } from "node:crypto";
import type Database from "better-sqlite3";

/*
 * The audit trail as a hash chain. Each row's hash is SHA-256 over the previous row's hash and
 * the row's own fields, so changing, removing or inserting a row in the middle (with the
 * append-only triggers dropped) breaks every hash from there on, and verifyAuditChain
 * (db/audit-verify.ts) names the first row that no longer fits. The previous hash is read inside the same write transaction as
 * the INSERT: SQLite lets one writer at a time hold it, so concurrent writers (requests, worker
 * processes, the command-line tools) always chain to the row really before theirs.
 */

/** The hash the first row chains to. */
export const AUDIT_CHAIN_START = "0".repeat(64);

export interface AuditRowFields {
  orgId: string | null;
  userId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  detail: string | null;
}

export interface StoredAuditRow extends AuditRowFields {
  id: number;
  /** Milliseconds since 1970, as stored. */
  at: number;
  hash: string | null;
}

/** SHA-256 (hex) over the previous hash and the row's fields in a fixed order, as JSON (unambiguous). */
export function auditRowHash(previousHash: string, row: Omit<StoredAuditRow, "hash">): string {
  const canonical = JSON.stringify([row.id, row.orgId, row.userId, row.action, row.subjectType, row.subjectId, row.detail, row.at]);
  return createHash("sha256").update(previousHash).update("\n").update(canonical).digest("hex");
}

export const COLUMNS = "id, org_id as orgId, user_id as userId, action, subject_type as subjectType, subject_id as subjectId, detail, at, hash";

const prepared = new WeakMap<Database.Database, { append: Database.Transaction<(fields: AuditRowFields) => void> }>();

function statementsFor(sqlite: Database.Database) {
  let s = prepared.get(sqlite);
  if (!s) {
    const last = sqlite.prepare<[], { id: number; hash: string | null }>("select id, hash from audit_events order by id desc limit 1");
    const insert = sqlite.prepare(
      "insert into audit_events (id, org_id, user_id, action, subject_type, subject_id, detail, at, hash) " +
        "values (@id, @orgId, @userId, @action, @subjectType, @subjectId, @detail, @at, @hash)",
    );
    const append = sqlite.transaction((fields: AuditRowFields) => {
      const previous = last.get();
      const row = { ...fields, id: (previous?.id ?? 0) + 1, at: Date.now() };
      insert.run({ ...row, hash: auditRowHash(previous?.hash ?? AUDIT_CHAIN_START, row) });
    });
    s = { append };
    prepared.set(sqlite, s);
  }
  return s;
}

/**
 * Appends one audit row, chained. Outside a transaction it takes the write lock first (BEGIN
 * IMMEDIATE), so no other writer can append between reading the last hash and inserting; inside
 * the caller's transaction it commits or rolls back with it.
 */
export function appendAuditEvent(sqlite: Database.Database, fields: AuditRowFields): void {
  statementsFor(sqlite).append.immediate(fields);
}

/**
 * Gives rows written before the chain existed (migration 0005) their hashes, in id order, in one
 * write transaction. Nothing to do once every row has one.
 */
export function chainUnhashedAuditRows(sqlite: Database.Database): number {
  // Rows without a hash can only be the oldest (the insert trigger refuses new ones, and filling
  // goes in id order), so the first row tells: one lookup instead of reading every row (hash has
  // no index), which held each start-up ~0.2 s of CPU, and more from disk, at 1,000,000 rows.
  const first = sqlite.prepare<[], { hash: string | null }>("select hash from audit_events order by id limit 1").get();
  if (first === undefined || first.hash !== null) return 0;
  const fill = sqlite.transaction(() => {
    const start = sqlite.prepare<[], { id: number }>("select min(id) as id from audit_events where hash is null").get()?.id;
    if (start == null) return 0;
    const before = sqlite.prepare<[number], { hash: string | null }>("select hash from audit_events where id < ? order by id desc limit 1").get(start);
    const page = sqlite.prepare<[number], StoredAuditRow>(`select ${COLUMNS} from audit_events where id >= ? order by id limit 1000`);
    const update = sqlite.prepare("update audit_events set hash = ? where id = ?");
    let previousHash = before?.hash ?? AUDIT_CHAIN_START;
    let filled = 0;
    for (let rows = page.all(start); rows.length > 0; rows = page.all(rows.at(-1)!.id + 1)) {
      for (const row of rows) {
        if (row.hash === null) {
          previousHash = auditRowHash(previousHash, row);
          update.run(previousHash, row.id);
          filled += 1;
        } else {
          previousHash = row.hash;
        }
      }
    }
    return filled;
  });
  return fill.immediate();
}
