import { and, asc, eq, lte } from "drizzle-orm";
import { planContentSchema, type Language } from "../../templates/csecy-safety-plan";
import { db, schema } from "../utils/db.server";
import type { Actor } from "./actor";
import { planScope } from "./access.server";
import { recordAudit } from "./audit.server";

/**
 * A version as a printed copy needs it, scoped like every read (same agency, care team or
 * supervisor), without recording a version view: printing is audited as "print" instead.
 * `history` lists versions 1..n only, so a copy of version n is the same whenever it is made.
 */
export function getVersionForPrint(actor: Actor, planId: string, number: number) {
  const row = db
    .select({
      number: schema.planVersions.number,
      content: schema.planVersions.content,
      createdAt: schema.planVersions.createdAt,
      note: schema.planVersions.note,
      templateId: schema.planVersions.templateId,
      templateVersion: schema.planVersions.templateVersion,
      authorName: schema.users.displayName,
      youthName: schema.youth.chosenName,
    })
    .from(schema.planVersions)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.planVersions.planId))
    .innerJoin(schema.youth, eq(schema.youth.id, schema.plans.youthId))
    .innerJoin(schema.users, eq(schema.users.id, schema.planVersions.authorId))
    .where(and(eq(schema.planVersions.planId, planId), eq(schema.planVersions.number, number), planScope(actor, "read")))
    .get();
  if (!row) return undefined;
  const history = db
    .select({
      number: schema.planVersions.number,
      createdAt: schema.planVersions.createdAt,
      note: schema.planVersions.note,
      restoredFrom: schema.planVersions.restoredFrom,
      authorName: schema.users.displayName,
    })
    .from(schema.planVersions)
    .innerJoin(schema.users, eq(schema.users.id, schema.planVersions.authorId))
    .where(and(eq(schema.planVersions.planId, planId), lte(schema.planVersions.number, number)))
    .orderBy(asc(schema.planVersions.number))
    .all();
  return {
    ...row,
    content: planContentSchema.parse(JSON.parse(row.content)),
    history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
  };
}

/** Who printed which copy of which version, in which language: never content. */
export function recordPrint(actor: Actor, planId: string, number: number, copy: string, language: Language): void {
  recordAudit({
    orgId: actor.orgId,
    userId: actor.id,
    action: "print",
    subjectType: "plan",
    subjectId: planId,
    detail: `v${number} ${copy} ${language}`,
  });
}
