import type { AuditAction } from "../../db/schema";
import { sql } from "drizzle-orm";
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

export function recordAudit(entry: AuditEntry): void {
  insertAuditEvent.run({
    orgId: entry.orgId,
    userId: entry.userId,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    detail: entry.detail ?? null,
  });
}
