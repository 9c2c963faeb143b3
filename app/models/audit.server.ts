import type { AuditAction } from "../../db/schema";
import { sql } from "drizzle-orm";
import { commitWithoutWaitingForDisk } from "../../db/client";
import { db, schema } from "../utils/db.server";

interface AuditEntry {
  orgId: string | null;
  userId: string | null;
  action: AuditAction;
  subjectType?: "user" | "youth" | "plan" | "version" | "page";
  subjectId?: string;
  /** Ids and labels only (a version number, a copy name): never plan content. */
  detail?: string;
}

// Prepared once: an audit row is written on nearly every request.
const insertAuditEvent = db
  .insert(schema.auditEvents)
  .values({
    orgId: sql.placeholder("orgId"),
    userId: sql.placeholder("userId"),
    action: sql.placeholder("action"),
    subjectType: sql.placeholder("subjectType"),
    subjectId: sql.placeholder("subjectId"),
    detail: sql.placeholder("detail"),
  })
  .prepare();

/**
 * Someone looked at something: written on nearly every page view, so its commit does not wait for
 * the disk (it survives the app crashing, not a power cut in the moment after). Every change,
 * login, refusal and export waits for the disk like any save.
 */
const READS: ReadonlySet<AuditAction> = new Set<AuditAction>(["plan_view", "version_view", "version_compare", "print", "audit_view"]);

/** Appends an audit row; inside a transaction it commits (or rolls back) with it. */
export function recordAudit(entry: AuditEntry): void {
  const insert = () => insertAuditEvent.run({
    orgId: entry.orgId,
    userId: entry.userId,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    detail: entry.detail ?? null,
  });
  if (READS.has(entry.action)) commitWithoutWaitingForDisk(db.$client, insert);
  else insert();
}
