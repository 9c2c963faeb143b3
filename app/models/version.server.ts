import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type PlanContent } from "../../templates/csecy-safety-plan";
import { planContentSchema } from "../../templates/csecy-safety-plan/schema";
import { db, schema } from "./db.server";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import { latestVersionNumber, planScope, preparedPerRole, scopeParams, type ScopeSubject } from "./access.server";
import { paged, type Page } from "../utils/pagination";
import { auditPlanRead, recordAudit } from "./audit.server";
import { closeOpenFollowUp, openFollowUpRow } from "./follow-up.server";
import { findPlanRow, writeDraft, type Transaction } from "./plan.server";

export type VersionSaveResult =
  | { status: "saved"; number: number }
  | { status: "conflict" }
  /** Nothing changed since the latest version and no follow-up waits to be recorded: no identical version. */
  | { status: "unchanged"; latest: number }
  | { status: "not-found" };
export type RestoreResult = Exclude<VersionSaveResult, { status: "unchanged" }>;

function insertVersion(
  tx: Transaction,
  actor: Actor,
  plan: { id: string; templateId: string; templateVersion: number },
  content: PlanContent,
  note: string,
  restoredFrom: number | null,
  followUpId: string | null = null,
): number {
  const number = nextVersionNumber(tx, plan.id);
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
      followUpId,
    })
    .run();
  return number;
}

function nextVersionNumber(tx: Transaction, planId: string): number {
  const existing = tx.select({ n: count() }).from(schema.planVersions).where(eq(schema.planVersions.planId, planId)).get();
  return (existing?.n ?? 0) + 1;
}

export interface VersionSaveOptions {
  /** The next meeting date (YYYY-MM-DD or ""), set at save: it goes into the draft and the version. */
  nextMeeting?: string;
}

/**
 * Saves the draft as the next version, 1..n, in one immediate transaction. The review page shows
 * the draft at `expectedRevision`: if it has changed since, the user has not seen what would be
 * saved, so the save is refused as a conflict. A follow-up in progress is recorded as the
 * meeting this version came from; without one, a draft identical to the latest version is not
 * saved again.
 */
export function saveVersion(
  actor: Actor,
  planId: string,
  note: string,
  expectedRevision: number,
  options: VersionSaveOptions = {},
): VersionSaveResult {
  return db.transaction(
    (tx): VersionSaveResult => {
      const plan = findPlanRow(actor, planId, "edit");
      if (!plan) return { status: "not-found" };
      if (plan.revision !== expectedRevision) return { status: "conflict" };
      let content = planContentSchema.parse(JSON.parse(plan.draft));
      const { nextMeeting } = options;
      const meetingMoved = nextMeeting !== undefined && content["follow-up"].nextMeeting !== nextMeeting;
      if (!meetingMoved && !openFollowUpRow(tx, planId)) {
        const latest = latestVersionRow(tx, planId);
        if (latest && latest.content === JSON.stringify(content)) return { status: "unchanged", latest: latest.number };
      }
      if (meetingMoved) {
        content = { ...content, "follow-up": { ...content["follow-up"], nextMeeting } };
        const written = writeDraft(tx, actor, planId, expectedRevision, () => content);
        if (written.status !== "saved") return { status: written.status };
      }
      const followUpId = closeOpenFollowUp(tx, planId, nextVersionNumber(tx, planId));
      const number = insertVersion(tx, actor, plan, content, note, null, followUpId);
      recordAudit({ orgId: actor.orgId, userId: actor.id, action: "version_save", subjectType: "plan", subjectId: planId, detail: `v${number}` });
      return { status: "saved", number };
    },
    { behavior: "immediate" },
  );
}

function latestVersionRow(tx: Transaction, planId: string) {
  return tx
    .select({ number: schema.planVersions.number, content: schema.planVersions.content })
    .from(schema.planVersions)
    .where(eq(schema.planVersions.planId, planId))
    .orderBy(desc(schema.planVersions.number))
    .limit(1)
    .get();
}

/** "Start again from version k": a new version with k's content, and the draft reset to it. */
export function restoreVersion(actor: Actor, planId: string, number: number, expectedRevision: number): RestoreResult {
  return db.transaction(
    (tx): RestoreResult => {
      const plan = findPlanRow(actor, planId, "edit");
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
      const saved = insertVersion(tx, actor, plan, content, "", number);
      recordAudit({ orgId: actor.orgId, userId: actor.id, action: "version_restore", subjectType: "plan", subjectId: planId, detail: `v${number}->v${saved}` });
      return { status: "saved", number: saved };
    },
    { behavior: "immediate" },
  );
}

/** The follow-up a version came from: its meeting date is when the plan was reviewed with the youth. */
const sourceFollowUp = alias(schema.followUps, "source_follow_up");

const versionColumns = {
  number: schema.planVersions.number,
  createdAt: schema.planVersions.createdAt,
  note: schema.planVersions.note,
  restoredFrom: schema.planVersions.restoredFrom,
  authorName: schema.users.displayName,
  reviewedOn: sourceFollowUp.createdAt,
};

const versionRows = (subject: ScopeSubject) =>
  db
    .select(versionColumns)
    .from(schema.planVersions)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.planVersions.planId))
    .innerJoin(schema.users, eq(schema.users.id, schema.planVersions.authorId))
    .leftJoin(sourceFollowUp, eq(sourceFollowUp.id, schema.planVersions.followUpId))
    .where(and(eq(schema.planVersions.planId, sql.placeholder("planId")), planScope(subject, "read")))
    .$dynamic();

const allVersionsQuery = preparedPerRole((subject) => versionRows(subject).orderBy(asc(schema.planVersions.number)).prepare());
const versionPageQuery = preparedPerRole((subject) =>
  versionRows(subject).orderBy(desc(schema.planVersions.number)).limit(sql.placeholder("limit")).offset(sql.placeholder("offset")).prepare(),
);
const latestNumberQuery = preparedPerRole((subject) =>
  db
    .select({ latest: latestVersionNumber })
    .from(schema.plans)
    .where(and(eq(schema.plans.id, sql.placeholder("planId")), planScope(subject, "read")))
    .prepare(),
);

/** Every version of a plan the actor may read, oldest first. */
export function listVersions(actor: Actor, planId: string) {
  return allVersionsQuery(actor.role).all({ planId, ...scopeParams(actor) });
}

/**
 * One page of a plan's versions, newest first. Versions are numbered 1..n without gaps (a
 * trigger sees to it), so the latest number is the total: one index lookup, no count.
 */
export function pageVersions(actor: Actor, planId: string, page: Page) {
  const params = { planId, ...scopeParams(actor) };
  const rows = versionPageQuery(actor.role).all({ ...params, limit: page.size, offset: page.offset });
  const latest = latestNumberQuery(actor.role).get(params)?.latest ?? 0;
  return paged(rows, latest, page);
}

/** One version of a plan by number, within the subject's reach: how every read of one version finds it. */
export const versionInScope = (subject: ScopeSubject) =>
  and(
    eq(schema.planVersions.planId, sql.placeholder("planId")),
    eq(schema.planVersions.number, sql.placeholder("number")),
    planScope(subject, "read"),
  );

const versionQuery = preparedPerRole((subject) =>
  db
    .select({
      ...versionColumns,
      content: schema.planVersions.content,
      templateId: schema.planVersions.templateId,
      templateVersion: schema.planVersions.templateVersion,
    })
    .from(schema.planVersions)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.planVersions.planId))
    .innerJoin(schema.users, eq(schema.users.id, schema.planVersions.authorId))
    .leftJoin(sourceFollowUp, eq(sourceFollowUp.id, schema.planVersions.followUpId))
    .where(versionInScope(subject))
    .prepare(),
);

function readVersion(actor: Actor, planId: string, number: number) {
  const row = versionQuery(actor.role).get({ planId, number, ...scopeParams(actor) });
  if (!row) return undefined;
  return { ...row, content: planContentSchema.parse(JSON.parse(row.content)) };
}

/** One version, its content validated on read, or undefined when out of reach. */
export async function getVersion(actor: Actor, planId: string, number: number) {
  const version = readVersion(actor, planId, number);
  if (version) await auditPlanRead(actor, planId, `v${number}`, "version_view");
  return version;
}

/** The latest version's content, to tell whether the draft has moved on from it; undefined without a version. */
export function latestVersionContent(actor: Actor, planId: string): PlanContent | undefined {
  const row = latestContentQuery(actor.role).get({ planId, ...scopeParams(actor) });
  return row ? planContentSchema.parse(JSON.parse(row.content)) : undefined;
}

const latestContentQuery = preparedPerRole((subject) =>
  db
    .select({ content: schema.planVersions.content })
    .from(schema.planVersions)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.planVersions.planId))
    .where(and(eq(schema.planVersions.planId, sql.placeholder("planId")), planScope(subject, "read")))
    .orderBy(desc(schema.planVersions.number))
    .limit(1)
    .prepare(),
);

/** Two versions to compare, or undefined when either is out of reach. */
export async function getVersionsToCompare(actor: Actor, planId: string, before: number, after: number) {
  const older = readVersion(actor, planId, before);
  const newer = readVersion(actor, planId, after);
  if (!older || !newer) return undefined;
  await auditPlanRead(actor, planId, `v${before}:v${after}`, "version_compare");
  return { before: older, after: newer };
}
