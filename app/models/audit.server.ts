import type { AuditAction } from "../../db/schema";
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

export function recordAudit(entry: AuditEntry): void {
  db.insert(schema.auditEvents)
    .values({
      orgId: entry.orgId,
      userId: entry.userId,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      detail: entry.detail ?? null,
    })
    .run();
}
