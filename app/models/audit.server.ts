import { open } from "node:fs/promises";
import type Database from "better-sqlite3";
import type { AppLoadContext } from "@remix-run/node";
import { appendAuditEvent } from "../../db/audit-chain";
import { isStorageFailure } from "../../db/storage";
import type { AuditAction } from "../../db/schema";
import type { Actor } from "./actor";
import { db } from "./db.server";
import { answersRefusedWrite, refuseStorageFailed } from "./health.server";

export type { AuditAction };

interface AuditEntry {
  orgId: string | null;
  userId: string | null;
  action: AuditAction;
  subjectType?: "user" | "youth" | "plan" | "version" | "page";
  subjectId?: string;
  /** Ids and labels only (a version number, a copy name): never plan content. */
  detail?: string;
}

/** The one INSERT of an audit row, hash-chained to the one before: everything that audits comes through here (recordAudit). */
function insertAuditRow(entry: AuditEntry): void {
  appendAuditEvent(db.$client, {
    orgId: entry.orgId,
    userId: entry.userId,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    detail: entry.detail ?? null,
  });
}

/*
 * The one path of every audit row, read or write: recordAudit. Inside a transaction (a save, a
 * deletion) the row is written at once and commits or rolls back with the change it records.
 * Outside one (a page read, a login, a refusal) it is made durable without holding the event loop
 * through the disk flush:
 *
 * The connection runs at synchronous=FULL: every COMMIT waits, on the request thread, for the
 * WAL to reach the disk (0.3 ms typically here, 2-7 ms at p90-p99 on a busy disk), and no other
 * request moves meanwhile. A print is audited on every download, cached or not, and a plan view on
 * every plan overview, so under load those waits added up to the latency of every page. recordAuditDurably gives the same guarantee
 * with the wait off the event loop:
 *  1. the row is committed with synchronous=NORMAL for that one statement: the commit is in the
 *     WAL (written to the OS, so it survives the process crashing from here on), not yet flushed;
 *  2. the WAL file is flushed (fdatasync) on libuv's thread pool, and the caller's promise
 *     resolves only then, so the answer it records goes out only once the row is on disk, as with
 *     FULL. Requests auditing at the same time share one flush (group commit).
 * If the process crashes after 1, the row is kept (the OS has it); if the machine loses power
 * before 2 completes, no answer was sent (as with FULL, whose flush would not have completed either).
 * A flush after a checkpoint is still right: SQLite itself syncs the WAL before a checkpoint
 * copies it into the database, and the database after.
 */

const syncPragmas = new WeakMap<Database.Database, { normal: Database.Statement; restore: Database.Statement; wal: string | undefined }>();

function pragmasOf(sqlite: Database.Database) {
  let p = syncPragmas.get(sqlite);
  if (!p) {
    const current = Number(sqlite.pragma("synchronous", { simple: true }));
    const walMode = String(sqlite.pragma("journal_mode", { simple: true })).toLowerCase() === "wal";
    p = {
      normal: sqlite.prepare("PRAGMA synchronous = NORMAL"),
      restore: sqlite.prepare(`PRAGMA synchronous = ${current}`),
      wal: walMode && !sqlite.memory ? `${sqlite.name}-wal` : undefined,
    };
    syncPragmas.set(sqlite, p);
  }
  return p;
}

/** One fdatasync of the WAL at a time; callers arriving during one share the next. */
const flushes = new Map<string, { running?: Promise<void>; next?: Promise<void> }>();
/** How many WAL flushes recordAudit has made (tests: concurrent callers share them). */
export const durableAuditStats = { flushes: 0 };

function flushWal(file: string): Promise<void> {
  let state = flushes.get(file);
  if (!state) flushes.set(file, (state = {}));
  const s = state;
  if (!s.running) {
    s.running = (async () => {
      // Opened per flush: SQLite holds no locks on the -wal file, and a WAL deleted and made
      // again (the last connection closing) can never leave us flushing a stale file.
      durableAuditStats.flushes += 1;
      const handle = await open(file, "r");
      try {
        await handle.datasync();
      } finally {
        await handle.close();
      }
    })().finally(() => {
      s.running = undefined;
    });
    return s.running;
  }
  // The flush under way may have started before this row was written: wait for the next one.
  s.next ??= s.running
    .catch(() => undefined)
    .then(() => {
      s.next = undefined;
      return flushWal(file);
    });
  return s.next;
}

/**
 * Records an audit row: ids and labels only, never plan content. Inside a transaction it is
 * written at once and commits with the transaction (the promise is already settled). Outside one,
 * await it before answering: it settles once the row is on disk (see above).
 */
export function recordAudit(entry: AuditEntry): Promise<void> {
  const sqlite = db.$client;
  if (sqlite.inTransaction) {
    insertAuditRow(entry); // commits or rolls back with the transaction
    return Promise.resolve();
  }
  const p = pragmasOf(sqlite);
  if (!p.wal) {
    insertAuditRow(entry); // the connection's own synchronous commit
    return Promise.resolve();
  }
  p.normal.run();
  try {
    insertAuditRow(entry);
  } finally {
    p.restore.run();
  }
  return flushWal(p.wal);
}

/**
 * Who an audit row is by: the user, and, when the request came from a youth's own device, a
 * detail saying so (the row is the youth's, through the provider who invited them).
 */
export function auditedBy(actor: Actor, detail?: string): Pick<AuditEntry, "orgId" | "userId" | "detail"> {
  const byYouth = actor.youthDevice ? (detail ? `youth's device: ${detail}` : "youth's device") : detail;
  return { orgId: actor.orgId, userId: actor.id, ...(byYouth === undefined ? {} : { detail: byYouth }) };
}

/**
 * A page showing a plan's content was read. Every such page calls this exactly once, after its
 * reads succeeded (tests/routes/audit-reads.test.ts walks the route manifest): `page` names what
 * was shown (a section id, "review", "v3"), never what it holds.
 *
 * When the storage cannot take the row (a full disk), the page is refused with 503: no read goes
 * unaudited. One exception: the page that answers a form whose write the storage refused in this
 * same request (pass the loader's `context`), which shows the person the page they had open, with
 * what they typed; its read was recorded when they opened it.
 */
export async function auditPlanRead(
  actor: Actor,
  planId: string,
  page: string,
  action: Extract<AuditAction, "plan_view" | "version_view" | "version_compare" | "print"> = "plan_view",
  context?: AppLoadContext,
): Promise<void> {
  try {
    await recordAudit({ ...auditedBy(actor, page), action, subjectType: "plan", subjectId: planId });
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    if (!answersRefusedWrite(context)) refuseStorageFailed();
  }
}
