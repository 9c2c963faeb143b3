import { and, asc, count, eq } from "drizzle-orm";
import { planContentSchema, type PlanContent } from "../../templates/csecy-safety-plan";
import { db, schema } from "../utils/db.server";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import { planScope } from "./access.server";
import { recordAudit } from "./audit.server";
import { findPlanRow, writeDraft, type Transaction } from "./plan.server";

export type VersionSaveResult =
  | { status: "saved"; number: number }
  | { status: "conflict" }
  | { status: "not-found" };

function insertVersion(
  tx: Transaction,
  actor: Actor,
  plan: { id: string; templateId: string; templateVersion: number },
  content: PlanContent,
  note: string,
  restoredFrom: number | null,
): number {
  const existing = tx.select({ n: count() }).from(schema.planVersions).where(eq(schema.planVersions.planId, plan.id)).get();
  const number = (existing?.n ?? 0) + 1;
  tx.insert(schema.planVersions)
    .values({
      id: newId(),
      planId: plan.id,
      number,
      content: JSON.stringify(planContentSchema.parse(content)),
      templateId: plan.templateId,
      templateVersion: plan.templateVersion,
      authorId: actor.id,
      note,
      restoredFrom,
    })
    .run();
  return number;
}

/**
 * Saves the draft as the next version, 1..n, in one immediate transaction. The review page shows
 * the draft at `expectedRevision`: if it has changed since, the user has not seen what would be
 * saved, so the save is refused as a conflict.
 */
export function saveVersion(actor: Actor, planId: string, note: string, expectedRevision: number): VersionSaveResult {
  const result = db.transaction(
    (tx): VersionSaveResult => {
      const plan = findPlanRow(actor, planId, "edit", tx);
      if (!plan) return { status: "not-found" };
      if (plan.revision !== expectedRevision) return { status: "conflict" };
      const content = planContentSchema.parse(JSON.parse(plan.draft));
      return { status: "saved", number: insertVersion(tx, actor, plan, content, note, null) };
    },
    { behavior: "immediate" },
  );
  if (result.status === "saved") {
    recordAudit({ orgId: actor.orgId, userId: actor.id, action: "version_save", subjectType: "plan", subjectId: planId, detail: `v${result.number}` });
  }
  return result;
}

/** "Start again from version k": a new version with k's content, and the draft reset to it. */
export function restoreVersion(actor: Actor, planId: string, number: number, expectedRevision: number): VersionSaveResult {
  const result = db.transaction(
    (tx): VersionSaveResult => {
      const plan = findPlanRow(actor, planId, "edit", tx);
      if (!plan) return { status: "not-found" };
      const source = tx
        .select({ content: schema.planVersions.content })
        .from(schema.planVersions)
        .where(and(eq(schema.planVersions.planId, planId), eq(schema.planVersions.number, number)))
        .get();
      if (!source) return { status: "not-found" };
      const content = planContentSchema.parse(JSON.parse(source.content));
      const written = writeDraft(tx, actor, planId, expectedRevision, () => content);
      if (written.status !== "saved") return { status: written.status };
      return { status: "saved", number: insertVersion(tx, actor, plan, content, "", number) };
    },
    { behavior: "immediate" },
  );
  if (result.status === "saved") {
    recordAudit({ orgId: actor.orgId, userId: actor.id, action: "version_restore", subjectType: "plan", subjectId: planId, detail: `v${number}->v${result.number}` });
  }
  return result;
}

export function listVersions(actor: Actor, planId: string) {
  return db
    .select({
      number: schema.planVersions.number,
      createdAt: schema.planVersions.createdAt,
      note: schema.planVersions.note,
      restoredFrom: schema.planVersions.restoredFrom,
      authorName: schema.users.displayName,
    })
    .from(schema.planVersions)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.planVersions.planId))
    .innerJoin(schema.users, eq(schema.users.id, schema.planVersions.authorId))
    .where(and(eq(schema.planVersions.planId, planId), planScope(actor, "read")))
    .orderBy(asc(schema.planVersions.number))
    .all();
}

/** One version, its content validated on read, or undefined when out of reach. */
export function getVersion(actor: Actor, planId: string, number: number) {
  const row = db
    .select({
      number: schema.planVersions.number,
      content: schema.planVersions.content,
      createdAt: schema.planVersions.createdAt,
      note: schema.planVersions.note,
      restoredFrom: schema.planVersions.restoredFrom,
      templateId: schema.planVersions.templateId,
      templateVersion: schema.planVersions.templateVersion,
      authorName: schema.users.displayName,
    })
    .from(schema.planVersions)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.planVersions.planId))
    .innerJoin(schema.users, eq(schema.users.id, schema.planVersions.authorId))
    .where(and(eq(schema.planVersions.planId, planId), eq(schema.planVersions.number, number), planScope(actor, "read")))
    .get();
  if (!row) return undefined;
  recordAudit({ orgId: actor.orgId, userId: actor.id, action: "version_view", subjectType: "plan", subjectId: planId, detail: `v${number}` });
  return { ...row, content: planContentSchema.parse(JSON.parse(row.content)) };
}
