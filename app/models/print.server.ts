import { and, asc, eq, lte, sql } from "drizzle-orm";
import { LANGUAGES, planContentSchema, type Language } from "../../templates/csecy-safety-plan";
import { db, schema } from "../utils/db.server";
import type { Actor } from "./actor";
import { planScope } from "./access.server";
import { recordAudit } from "./audit.server";

/**
 * What a print request needs before it knows whether the PDF is already made: that the version
 * is within the actor's reach (same scoping as every read), its language and the youth's name.
 * Cheap: the content is not parsed (a cached PDF is served without it).
 */
export function findVersionForPrint(actor: Actor, planId: string, number: number) {
  const row = db
    .select({
      language: sql<unknown>`json_extract(${schema.planVersions.content}, '$.about.language')`,
      youthName: schema.youth.chosenName,
    })
    .from(schema.planVersions)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.planVersions.planId))
    .innerJoin(schema.youth, eq(schema.youth.id, schema.plans.youthId))
    .where(and(eq(schema.planVersions.planId, planId), eq(schema.planVersions.number, number), planScope(actor, "read")))
    .get();
  if (!row) return undefined;
  const language: Language = LANGUAGES.find((l) => l === row.language) ?? "en";
  return { language, youthName: row.youthName };
}

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
