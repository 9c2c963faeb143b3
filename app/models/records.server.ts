import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { agencyScope, may, preparedPerRole, scopeParams, type Right } from "./access.server";
import { planContentSchema } from "../../templates/csecy-safety-plan/schema";
import { checkpointAndTruncateWal } from "../../db/client";
import { db, schema } from "./db.server";
import type { Actor } from "./actor";
import { recordAudit } from "./audit.server";
import { paged, type Page } from "../utils/pagination";
import { nameHolds, nameSearchParams, namesFound } from "./name-search.server";

/**
 * A youth's record as a whole: its audit history (admins and supervisors of the agency), and its
 * export and deletion for good (admins of the agency). Anyone else reaches nothing.
 */
function findRecord(actor: Actor, youthId: string, right: "records" | "record-history") {
  return recordQueries[right](actor.role).get({ youthId, ...scopeParams(actor) });
}

const recordQuery = (right: Right) =>
  preparedPerRole((subject) =>
    db
      .select({ youthId: schema.youth.id, chosenName: schema.youth.chosenName, createdAt: schema.youth.createdAt, planId: schema.plans.id })
      .from(schema.youth)
      .innerJoin(schema.plans, eq(schema.plans.youthId, schema.youth.id))
      .where(and(eq(schema.youth.id, sql.placeholder("youthId")), agencyScope(subject, right, schema.youth.orgId)))
      .prepare(),
  );
const recordQueries = { records: recordQuery("records"), "record-history": recordQuery("record-history") };

/** One page of the agency's youth records for an admin, by name (youth_org_name_idx): names and dates only, no plan content. */
export function listRecords(actor: Actor, page: Page) {
  if (!may(actor, "records")) return undefined;
  const params = scopeParams(actor);
  const rows = recordPageQuery(actor.role).all({ ...params, limit: page.size, offset: page.offset });
  const total = recordCountQuery(actor.role).get(params)?.n ?? 0;
  return paged(rows, total, page);
}

const recordPageQuery = preparedPerRole((subject) =>
  db
    .select({ youthId: schema.youth.id, chosenName: schema.youth.chosenName, createdAt: schema.youth.createdAt })
    .from(schema.youth)
    .where(agencyScope(subject, "records", schema.youth.orgId))
    .orderBy(asc(schema.youth.chosenName))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare(),
);
/** The agency's youth records whose chosen name holds `typed` (any case, any accents), by name, for an admin. */
export function findRecordsByName(actor: Actor, typed: string) {
  if (!may(actor, "records")) return undefined;
  return namesFound(recordsByNameQuery(actor.role).all({ ...scopeParams(actor), ...nameSearchParams(typed) }));
}

const recordsByNameQuery = preparedPerRole((subject) =>
  db
    .select({ youthId: schema.youth.id, chosenName: schema.youth.chosenName, createdAt: schema.youth.createdAt })
    .from(schema.youth)
    .where(and(agencyScope(subject, "records", schema.youth.orgId), nameHolds(schema.youth.chosenName)))
    .orderBy(asc(schema.youth.chosenName))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

/** The agency's number of youth records, from its counter (agency_counts, kept by triggers: migration 0015). */
const recordCountQuery = preparedPerRole((subject) =>
  db.select({ n: schema.agencyCounts.youth }).from(schema.agencyCounts).where(agencyScope(subject, "records", schema.agencyCounts.orgId)).prepare(),
);

export function getRecordSummary(actor: Actor, youthId: string) {
  return findRecord(actor, youthId, "records");
}

/**
 * One page of who did what to this youth's record, newest first. Viewing it is itself audited,
 * but those views of this page are not listed in it: listing them made every visit add a row to
 * what it showed, so the history grew with each look (issue 13). They stay in the audit table.
 */
export async function auditHistory(actor: Actor, youthId: string, page: Page) {
  const record = findRecord(actor, youthId, "record-history");
  if (!record) return undefined;
  await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "audit_view", subjectType: "youth", subjectId: youthId });
  // The record's own rows and its plan's, each read newest first from audit_history_idx and
  // merged (UNION ALL under one ORDER BY): a page costs its own rows, not the record's history.
  // The views of this page are left out by that partial index's own condition, written as a
  // literal so that SQLite can use the index (a bound value would not prove the condition).
  const ofSubject = (subjectType: "youth" | "plan", subjectId: string) =>
    and(
      eq(schema.auditEvents.subjectType, subjectType),
      eq(schema.auditEvents.subjectId, subjectId),
      eq(schema.auditEvents.orgId, actor.orgId),
      sql`${schema.auditEvents.action} <> 'audit_view'`,
    );
  const eventsOf = (subjectType: "youth" | "plan", subjectId: string) =>
    db
      .select({
        id: schema.auditEvents.id,
        at: schema.auditEvents.at,
        action: schema.auditEvents.action,
        detail: schema.auditEvents.detail,
        userName: schema.users.displayName,
      })
      .from(schema.auditEvents)
      .leftJoin(schema.users, eq(schema.users.id, schema.auditEvents.userId))
      .where(ofSubject(subjectType, subjectId));
  const events = eventsOf("youth", youthId)
    .unionAll(eventsOf("plan", record.planId))
    // A compound select orders by its result columns: the first, id, newest first.
    .orderBy(sql`1 desc`)
    .limit(page.size)
    .offset(page.offset)
    .all();
  // Counted a subject at a time: each count walks its subject's range of the partial index, where
  // one count of both (an OR) made SQLite collect and sort every row id of the history first.
  const countOf = (subjectType: "youth" | "plan", subjectId: string) =>
    db.select({ n: count() }).from(schema.auditEvents).where(ofSubject(subjectType, subjectId)).get()?.n ?? 0;
  const total = countOf("youth", youthId) + countOf("plan", record.planId);
  // Care-team changes name the account by id; show the agency's name for it (only the accounts this page names).
  const accountIn = (detail: string | null) => /^user ([A-Za-z0-9_-]{16})$/.exec(detail ?? "")?.[1];
  const named = [...new Set(events.map((e) => accountIn(e.detail)).filter((id) => id !== undefined))];
  const names = new Map(
    named.length === 0
      ? []
      : db
          .select({ id: schema.users.id, name: schema.users.displayName })
          .from(schema.users)
          .where(and(inArray(schema.users.id, named), eq(schema.users.orgId, actor.orgId)))
          .all()
          .map((u) => [u.id, u.name]),
  );
  const readable = events.map((e) => {
    const id = accountIn(e.detail);
    return id === undefined ? e : { ...e, detail: names.get(id) ?? "an account" };
  });
  return { record, events: paged(readable, total, page) };
}

/**
 * One youth's whole record (draft, every version, follow-ups, consults, care team) as data: all
 * of its content, so the caller has had the admin type their password again, and the reason
 * they give is kept in the audit trail.
 */
export async function exportRecord(actor: Actor, youthId: string, reason: string) {
  const record = findRecord(actor, youthId, "records");
  if (!record) return undefined;
  const plan = db.select().from(schema.plans).where(eq(schema.plans.id, record.planId)).get()!;
  const versions = db.select().from(schema.planVersions).where(eq(schema.planVersions.planId, plan.id)).orderBy(asc(schema.planVersions.number)).all();
  const followUps = db.select().from(schema.followUps).where(eq(schema.followUps.planId, plan.id)).orderBy(asc(schema.followUps.createdAt)).all();
  const consults = db.select().from(schema.concernReviews).where(eq(schema.concernReviews.planId, plan.id)).orderBy(asc(schema.concernReviews.acknowledgedAt)).all();
  const careTeam = db
    .select({ userId: schema.users.id, displayName: schema.users.displayName, addedAt: schema.careTeam.addedAt })
    .from(schema.careTeam)
    .innerJoin(schema.users, eq(schema.users.id, schema.careTeam.userId))
    .where(eq(schema.careTeam.youthId, youthId))
    .all();
  await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "export", subjectType: "youth", subjectId: youthId, detail: reason });
  return {
    format: "safety-plan-builder/youth-record@1",
    exportedAt: new Date().toISOString(),
    youth: { id: record.youthId, chosenName: record.chosenName, createdAt: record.createdAt.toISOString() },
    careTeam: careTeam.map((m) => ({ ...m, addedAt: m.addedAt.toISOString() })),
    plan: {
      id: plan.id,
      templateId: plan.templateId,
      templateVersion: plan.templateVersion,
      revision: plan.revision,
      concernFlag: plan.concernFlag,
      updatedAt: plan.updatedAt.toISOString(),
      draft: planContentSchema.parse(JSON.parse(plan.draft)),
    },
    versions: versions.map((v) => ({
      number: v.number,
      createdAt: v.createdAt.toISOString(),
      authorId: v.authorId,
      note: v.note,
      restoredFrom: v.restoredFrom,
      templateId: v.templateId,
      templateVersion: v.templateVersion,
      content: planContentSchema.parse(JSON.parse(v.content)),
    })),
    followUps: followUps.map((f) => ({ ...f, answers: JSON.parse(f.answers) as unknown, createdAt: f.createdAt.toISOString(), updatedAt: f.updatedAt.toISOString() })),
    consults: consults.map((c) => ({ supervisorId: c.supervisorId, note: c.note, acknowledgedAt: c.acknowledgedAt.toISOString() })),
  };
}

/**
 * Deletes a youth's record for good: versions, follow-ups, consults, draft, care team and the
 * youth. The plan id goes into deleted_plans first, in the same transaction, which is what lets
 * the database delete its otherwise immutable versions. The audit keeps that it happened (ids,
 * who, when), never what it was. secure_delete zeroes the deleted rows; the truncating checkpoint
 * then drops the WAL frames that still held their earlier contents. Returns the plan id, so the
 * caller can drop cached PDFs.
 */
export function deleteRecord(actor: Actor, youthId: string): string | undefined {
  const record = findRecord(actor, youthId, "records");
  if (!record) return undefined;
  db.transaction(
    (tx) => {
      tx.insert(schema.deletedPlans).values({ planId: record.planId }).run();
      tx.delete(schema.planVersions).where(eq(schema.planVersions.planId, record.planId)).run();
      tx.delete(schema.followUps).where(eq(schema.followUps.planId, record.planId)).run();
      tx.delete(schema.concernReviews).where(eq(schema.concernReviews.planId, record.planId)).run();
      tx.delete(schema.plans).where(eq(schema.plans.id, record.planId)).run();
      tx.delete(schema.careTeam).where(inArray(schema.careTeam.youthId, [youthId])).run();
      tx.delete(schema.youth).where(eq(schema.youth.id, youthId)).run();
      recordAudit({ orgId: actor.orgId, userId: actor.id, action: "youth_delete", subjectType: "youth", subjectId: youthId });
    },
    { behavior: "immediate" },
  );
  checkpointAndTruncateWal(db.$client);
  return record.planId;
}
