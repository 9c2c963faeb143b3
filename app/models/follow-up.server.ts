import { and, asc, count, desc, eq, gte, isNull, lt, max, sql } from "drizzle-orm";
import {
  emptyFollowUpDocument,
  followUpDocumentSchema,
  type FollowUpAnswer,
  type FollowUpDocument,
} from "../../templates/csecy-safety-plan/follow-up-answers";
import { followUpPrompts } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import * as z from "zod/mini";
import { planContentSchema } from "../../templates/csecy-safety-plan/schema";
import { dueRanges, type DueBucket } from "../utils/calendar";
import { db, schema } from "./db.server";
import { todayInLosAngeles } from "../utils/format";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import {
  agencyCounterScope,
  latestVersionNumber,
  planScope,
  planYouthChosenName,
  preparedPerRole,
  readsWholeAgency,
  scopeParams,
  type ScopeSubject,
} from "./access.server";
import { paged, type Page, type Paged } from "../utils/pagination";
import { recordAudit } from "./audit.server";
import { findPlanRow, refreshFollowUpDue, type Transaction } from "./plan.server";

/*
 * A follow-up is a meeting that revisits the latest saved version: it holds the youth's answers
 * to that version's prompts while in progress (produced_version null), and is closed by the next
 * version save, which records it. One plan has at most one follow-up in progress.
 */

const parseDocument = (json: string): FollowUpDocument => followUpDocumentSchema.parse(JSON.parse(json));

export function openFollowUpRow(tx: Transaction | typeof db, planId: string) {
  return tx
    .select()
    .from(schema.followUps)
    .where(and(eq(schema.followUps.planId, planId), isNull(schema.followUps.producedVersion)))
    .get();
}

export type StartResult = { status: "started" | "resumed"; id: string } | { status: "no-version" } | { status: "not-found" };

/** Starts a follow-up of the latest version, or resumes the one in progress (never a second one). */
export function startFollowUp(actor: Actor, planId: string): StartResult {
  return db.transaction(
    (tx): StartResult => {
      if (!findPlanRow(actor, planId, "edit")) return { status: "not-found" };
      const open = openFollowUpRow(tx, planId);
      if (open) return { status: "resumed", id: open.id };
      const latest = tx
        .select({ number: max(schema.planVersions.number) })
        .from(schema.planVersions)
        .where(eq(schema.planVersions.planId, planId))
        .get();
      if (!latest?.number) return { status: "no-version" };
      const id = newId();
      tx.insert(schema.followUps)
        .values({
          id,
          planId,
          fromVersion: latest.number,
          answers: JSON.stringify(emptyFollowUpDocument()),
          createdBy: actor.id,
          updatedAt: new Date(),
        })
        .run();
      recordAudit({ orgId: actor.orgId, userId: actor.id, action: "follow_up_start", subjectType: "plan", subjectId: planId });
      return { status: "started", id };
    },
    { behavior: "immediate" },
  );
}

/**
 * Follow-ups of a plan the actor may read, oldest first, with who started each and the content of
 * the version it revisits; `openOnly` keeps the one still in progress. Prepared per role: the
 * open one is read on every plan overview.
 */
function followUpRowsQuery(openOnly: boolean, newestFirstPaged = false) {
  return preparedPerRole((subject) =>
    db
      .select({
        id: schema.followUps.id,
        fromVersion: schema.followUps.fromVersion,
        producedVersion: schema.followUps.producedVersion,
        answers: schema.followUps.answers,
        startedAt: schema.followUps.createdAt,
        startedBy: schema.users.displayName,
        content: schema.planVersions.content,
      })
      .from(schema.followUps)
      .innerJoin(schema.plans, eq(schema.plans.id, schema.followUps.planId))
      .innerJoin(schema.users, eq(schema.users.id, schema.followUps.createdBy))
      .innerJoin(
        schema.planVersions,
        and(eq(schema.planVersions.planId, schema.followUps.planId), eq(schema.planVersions.number, schema.followUps.fromVersion)),
      )
      .where(
        and(
          eq(schema.followUps.planId, sql.placeholder("planId")),
          openOnly ? isNull(schema.followUps.producedVersion) : undefined,
          planScope(subject, "read"),
        ),
      )
      .orderBy(newestFirstPaged ? desc(schema.followUps.createdAt) : asc(schema.followUps.createdAt))
      .limit(newestFirstPaged ? sql.placeholder("limit") : -1)
      .offset(newestFirstPaged ? sql.placeholder("offset") : 0)
      .prepare(),
  );
}
const openFollowUpQuery = followUpRowsQuery(true);
const allFollowUpsQuery = followUpRowsQuery(false);
const pagedFollowUpsQuery = followUpRowsQuery(false, true);
const followUpCountQuery = preparedPerRole((subject) =>
  db
    .select({ n: count() })
    .from(schema.followUps)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.followUps.planId))
    .where(and(eq(schema.followUps.planId, sql.placeholder("planId")), planScope(subject, "read")))
    .prepare(),
);

/** The follow-up in progress on a plan the actor may read: the version it revisits, its prompts and answers. */
export function getOpenFollowUp(actor: Actor, planId: string) {
  const row = openFollowUpQuery(actor.role).get({ planId, ...scopeParams(actor) });
  if (!row) return undefined;
  const content = planContentSchema.parse(JSON.parse(row.content));
  return {
    id: row.id,
    fromVersion: row.fromVersion,
    startedAt: row.startedAt,
    startedBy: row.startedBy,
    language: content.about.language,
    prompts: followUpPrompts(content, templateText(content.about.language)),
    document: parseDocument(row.answers),
  };
}

export type AnswersSaveResult =
  | { status: "saved"; revision: number }
  | { status: "conflict"; current: FollowUpDocument }
  | { status: "not-found" };

/**
 * Saves the answers given on the follow-up form if nobody saved since the form was opened at
 * `expectedRevision`; a stale save is refused and returns what is stored now, so the page can
 * show both and no answer is lost.
 */
export function saveFollowUpAnswers(
  actor: Actor,
  planId: string,
  followUpId: string,
  answers: Record<string, FollowUpAnswer>,
  expectedRevision: number,
): AnswersSaveResult {
  return db.transaction(
    (tx): AnswersSaveResult => {
      if (!findPlanRow(actor, planId, "edit")) return { status: "not-found" };
      const open = openFollowUpRow(tx, planId);
      if (!open || open.id !== followUpId) return { status: "not-found" };
      const current = parseDocument(open.answers);
      if (current.revision !== expectedRevision) return { status: "conflict", current };
      const next = followUpDocumentSchema.parse({ revision: current.revision + 1, answers: { ...current.answers, ...answers } });
      tx.update(schema.followUps)
        .set({ answers: JSON.stringify(next), updatedAt: new Date() })
        .where(eq(schema.followUps.id, followUpId))
        .run();
      recordAudit({ orgId: actor.orgId, userId: actor.id, action: "follow_up_save", subjectType: "plan", subjectId: planId });
      return { status: "saved", revision: next.revision };
    },
    { behavior: "immediate" },
  );
}

/** Closes the plan's follow-up in progress, if any, as having produced `versionNumber`; its id or null. */
export function closeOpenFollowUp(tx: Transaction, planId: string, versionNumber: number): string | null {
  const open = openFollowUpRow(tx, planId);
  if (!open) return null;
  tx.update(schema.followUps)
    .set({ producedVersion: versionNumber, updatedAt: new Date() })
    .where(eq(schema.followUps.id, open.id))
    .run();
  refreshFollowUpDue(tx, planId);
  return open.id;
}

type FollowUpRow = ReturnType<ReturnType<typeof allFollowUpsQuery>["all"]>[number];

/** Every follow-up of a plan, oldest first, with the content of the version each revisited. */
export function listFollowUps(actor: Actor, planId: string) {
  return readFollowUps(allFollowUpsQuery(actor.role).all({ planId, ...scopeParams(actor) }));
}

/**
 * One page of a plan's follow-ups, the newest page first (page 1 is the latest `page.size`),
 * oldest first within the page, with the strategies of the version each revisited (what-helped's
 * columns): a long history is read, parsed and sent a page at a time, and of each version only
 * the parts the page shows are validated.
 */
export function pageFollowUps(actor: Actor, planId: string, page: Page) {
  const params = { planId, ...scopeParams(actor) };
  const rows = pagedFollowUpsQuery(actor.role).all({ ...params, limit: page.size, offset: page.offset }).reverse();
  const followUps = rows.map(({ answers, content, ...row }) => ({
    ...row,
    content: strategyPartsSchema.parse(JSON.parse(content)),
    answers: parseDocument(answers).answers,
  }));
  return paged(followUps, followUpCountQuery(actor.role).get(params)?.n ?? 0, page);
}

const strategyPartsSchema = z.pick(planContentSchema, { coping: true, "safer-working": true });

function readFollowUps(rows: FollowUpRow[]) {
  return rows
    .map(({ answers, content, ...row }) => ({
      ...row,
      content: planContentSchema.parse(JSON.parse(content)),
      answers: parseDocument(answers).answers,
    }));
}

export interface DueFollowUp {
  planId: string;
  chosenName: string;
  nextFollowUp: string;
  latestVersion: number | null;
}

/** The plans the actor may read whose meeting is still due in [from, to) (placeholders). */
const dueInScope = (subject: ScopeSubject) =>
  and(gte(schema.plans.followUpDueOn, sql.placeholder("from")), lt(schema.plans.followUpDueOn, sql.placeholder("to")), planScope(subject, "read"));

/**
 * How many plans in scope have their meeting still due in [from, to): for a supervisor the sum of
 * the agency's days in that range (agency_due_days, kept by triggers: migration 0015), for a
 * provider a count of their care team's plans.
 */
const dueCountQuery = preparedPerRole((subject) =>
  readsWholeAgency(subject.role)
    ? db
        .select({ n: sql<number>`coalesce(sum(${schema.agencyDueDays.plans}), 0)` })
        .from(schema.agencyDueDays)
        .where(
          and(
            agencyCounterScope(subject, schema.agencyDueDays.orgId),
            gte(schema.agencyDueDays.dueOn, sql.placeholder("from")),
            lt(schema.agencyDueDays.dueOn, sql.placeholder("to")),
          ),
        )
        .prepare()
    : db
        .select({ n: count() })
        .from(schema.plans)
        .where(dueInScope(subject))
        .prepare(),
);

/** One page of one list: meeting date first, then the newest activity (the index's own order). */
const duePageQuery = preparedPerRole((subject) =>
  db
    .select({
      planId: schema.plans.id,
      chosenName: planYouthChosenName,
      nextFollowUp: sql<string>`${schema.plans.followUpDueOn}`,
      latestVersion: latestVersionNumber,
    })
    .from(schema.plans)
    .where(dueInScope(subject))
    .orderBy(asc(schema.plans.followUpDueOn), desc(schema.plans.updatedAt))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare(),
);

/**
 * The next meetings of the plans the actor may read (a supervisor: the whole agency) that are
 * still to be held, in one of three lists on the calendar of Los Angeles at `now`: overdue, due
 * this week and later, a page at a time. A plan whose follow-up was held on or after its meeting
 * date is done, not due: that is decided when either changes and stored in
 * plans.follow_up_due_on (refreshFollowUpDue), so a list costs an index range and its page, not a
 * derivation of every plan of the agency (issue 13).
 */
export function pageDueList(actor: Actor, bucket: DueBucket, page: Page, now: Date = new Date()): Paged<DueFollowUp> {
  const range = dueRanges(todayInLosAngeles(now))[bucket];
  const scope = scopeParams(actor);
  const total = dueCountQuery(actor.role).get({ ...range, ...scope })?.n ?? 0;
  // A page past the end is empty without asking: skipping rows costs a walk of every one skipped.
  const rows = page.offset >= total ? [] : duePageQuery(actor.role).all({ ...range, limit: page.size, offset: page.offset, ...scope });
  return paged(rows, total, page);
}

/** The three due lists at once (`pages` says which page of each), as the dashboard shows their start. */
export function pageFollowUpsDue(actor: Actor, pages: Record<DueBucket, Page>, now: Date = new Date()) {
  const list = (bucket: DueBucket) => pageDueList(actor, bucket, pages[bucket], now);
  return { today: todayInLosAngeles(now), overdue: list("overdue"), "this-week": list("this-week"), later: list("later") };
}
