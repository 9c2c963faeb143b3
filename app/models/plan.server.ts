import { and, eq, sql } from "drizzle-orm";
import {
  keepPrintChoices,
  keepProviderOnlyFields,
  PROVIDER_ONLY_SECTIONS,
  withItemIds,
  type Audience,
  type PlanContent,
  type SectionContent,
  type SectionId,
} from "../../templates/csecy-safety-plan";
import { planContentSchema, sectionSchemas } from "../../templates/csecy-safety-plan/schema";
import { db, schema } from "./db.server";
import { todayInLosAngeles } from "../utils/format";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import { onCareTeam, planScope, preparedPerRole, scopeParams, type AccessMode } from "./access.server";
import { auditedBy, recordAudit } from "./audit.server";

export type Transaction = Parameters<Parameters<typeof db.transaction>[0]>[0];

export interface PlanView {
  id: string;
  youthId: string;
  chosenName: string;
  templateId: string;
  templateVersion: number;
  draft: PlanContent;
  revision: number;
  concernFlag: boolean;
  versionCount: number;
  updatedAt: Date;
  canEdit: boolean;
}

const planColumns = {
  id: schema.plans.id,
  youthId: schema.plans.youthId,
  chosenName: schema.youth.chosenName,
  templateId: schema.plans.templateId,
  templateVersion: schema.plans.templateVersion,
  draft: schema.plans.draft,
  revision: schema.plans.revision,
  concernFlag: schema.plans.concernFlag,
  updatedAt: schema.plans.updatedAt,
};

/** The plan row an actor may reach in the given mode (inside a transaction, it reads in it: one connection). */
export function findPlanRow(actor: Actor, planId: string, mode: AccessMode) {
  return planRowQueries[mode](actor.role).get({ planId, ...scopeParams(actor) });
}

const planRowQuery = (mode: AccessMode) =>
  preparedPerRole((subject) =>
    db
      .select(planColumns)
      .from(schema.plans)
      .innerJoin(schema.youth, eq(schema.youth.id, schema.plans.youthId))
      .where(and(eq(schema.plans.id, sql.placeholder("planId")), planScope(subject, mode)))
      .prepare(),
  );
const planRowQueries = { read: planRowQuery("read"), edit: planRowQuery("edit") };

/**
 * A plan with its draft, or undefined when it does not exist or the actor may not read it. One
 * query: the plan, its version count, and whether the actor is on its care team (reading it
 * already proved the same agency, so that is what editing adds).
 */
export function getPlan(actor: Actor, planId: string): PlanView | undefined {
  const row = planReadQuery(actor.role).get({ planId, ...scopeParams(actor) });
  if (!row) return undefined;
  const { onCareTeam: onTeam, ...plan } = row;
  return {
    ...plan,
    draft: planContentSchema.parse(JSON.parse(row.draft)),
    canEdit: onTeam === 1,
  };
}

/** getPlan's query: it runs on every plan page. */
const planReadQuery = preparedPerRole((subject) =>
  db
    .select({
      ...planColumns,
      versionCount: db.$count(schema.planVersions, eq(schema.planVersions.planId, schema.plans.id)),
      onCareTeam: sql<number>`${onCareTeam(subject, schema.plans.youthId)}`,
    })
    .from(schema.plans)
    .innerJoin(schema.youth, eq(schema.youth.id, schema.plans.youthId))
    .where(and(eq(schema.plans.id, sql.placeholder("planId")), planScope(subject, "read")))
    .prepare(),
);

export type DraftWriteResult =
  | { status: "saved"; revision: number }
  | { status: "conflict"; revision: number }
  | { status: "not-found" };

/**
 * Writes a whole plan content into the draft if the draft is still at `expectedRevision`; a stale
 * write is refused, never applied. Runs inside the caller's immediate transaction.
 */
export function writeDraft(
  tx: Transaction,
  actor: Actor,
  planId: string,
  expectedRevision: number,
  change: (draft: PlanContent) => PlanContent,
): DraftWriteResult {
  const row = findPlanRow(actor, planId, "edit");
  if (!row) return { status: "not-found" };
  if (row.revision !== expectedRevision) return { status: "conflict", revision: row.revision };
  const next = withItemIds(planContentSchema.parse(change(planContentSchema.parse(JSON.parse(row.draft)))), newId);
  const revision = row.revision + 1;
  const now = new Date();
  const concernRaised = next.provider.concern && !row.concernFlag;
  tx.update(schema.plans)
    .set({
      draft: JSON.stringify(next),
      revision,
      concernFlag: next.provider.concern,
      ...(concernRaised ? { concernRaisedAt: now } : {}),
      nextFollowUp: next["follow-up"].nextMeeting || null,
      updatedAt: now,
      updatedBy: actor.id,
    })
    .where(eq(schema.plans.id, planId))
    .run();
  refreshFollowUpDue(tx, planId);
  return { status: "saved", revision };
}

/**
 * Sets the plan's follow_up_due_on from what it is derived from: the next meeting date, unless a
 * follow-up was held (started, and closed by a version) on or after that date on the calendar of
 * Los Angeles. Called inside every transaction that changes either (a draft write, a follow-up
 * closed by a version save), so the stored date is never stale and the dashboard counts and
 * pages the due lists from an index instead of deriving every plan of the agency per request.
 */
export function refreshFollowUpDue(tx: Transaction, planId: string): void {
  const row = tx
    .select({
      nextFollowUp: schema.plans.nextFollowUp,
      lastHeld: sql<number | null>`(select max("follow_ups"."created_at") from "follow_ups"
        where "follow_ups"."plan_id" = "plans"."id" and "follow_ups"."produced_version" is not null)`,
    })
    .from(schema.plans)
    .where(eq(schema.plans.id, planId))
    .get();
  if (!row) return;
  const meeting = row.nextFollowUp;
  const held = meeting !== null && row.lastHeld !== null && todayInLosAngeles(new Date(row.lastHeld)) >= meeting;
  tx.update(schema.plans)
    .set({ followUpDueOn: held ? null : meeting })
    .where(eq(schema.plans.id, planId))
    .run();
}

/**
 * Saves one section's validated values into the draft. From the together view (audience
 * "youth") the provider-only section cannot be saved and provider-only fields keep their values.
 */
export function saveSection<S extends SectionId>(
  actor: Actor,
  planId: string,
  section: S,
  values: SectionContent<S>,
  expectedRevision: number,
  audience: Audience = "provider",
): DraftWriteResult {
  if (audience === "youth" && PROVIDER_ONLY_SECTIONS.includes(section)) return { status: "not-found" };
  const parsed = sectionSchemas[section].parse(values) as SectionContent<S>;
  return db.transaction(
    (tx) => {
      const result = writeDraft(tx, actor, planId, expectedRevision, (draft) => ({
        ...draft,
        [section]: keepPrintChoices(section, (audience === "youth" ? keepProviderOnlyFields(section, parsed, draft) : parsed) as PlanContent[S], draft),
      }));
      if (result.status === "saved") {
        recordAudit({ ...auditedBy(actor, section), action: "section_save", subjectType: "plan", subjectId: planId });
      }
      return result;
    },
    { behavior: "immediate" },
  );
}
