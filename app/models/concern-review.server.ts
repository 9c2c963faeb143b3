import { and, count, desc, eq, gte, isNull, not, or, exists, sql } from "drizzle-orm";
import { db, schema } from "./db.server";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import { recordAudit } from "./audit.server";
import { agencyScope, may, planScope, planYouthChosenName, preparedPerRole, scopeParams, type ScopeSubject } from "./access.server";
import { findPlanRow } from "./plan.server";
import { paged, type Page, type Paged } from "../utils/pagination";

/** An acknowledgement made since the flag was last raised: the plan has left the queue. */
const acknowledgedSinceRaised = exists(
  db
    .select({ one: sql`1` })
    .from(schema.concernReviews)
    .where(
      and(
        eq(schema.concernReviews.planId, schema.plans.id),
        or(isNull(schema.plans.concernRaisedAt), gte(schema.concernReviews.acknowledgedAt, schema.plans.concernRaisedAt)),
      ),
    ),
);

/**
 * Flagged, as the partial index plans_flagged_idx is written: a literal, so SQLite's planner can
 * use that index (a bound parameter would not match its WHERE clause).
 */
const isFlagged = sql`${schema.plans.concernFlag} = 1`;
const waitingForConsult = (subject: ScopeSubject) =>
  and(agencyScope(subject, "consult", schema.plans.orgId), isFlagged, not(acknowledgedSinceRaised));

/**
 * One page of a supervisor's queue: the agency's plans flagged with an imminent-safety concern and
 * not yet acknowledged, the newest flag first, read from plans_flagged_idx in its order. Paged:
 * at 100,000 youth an agency has about 1,000 flagged plans, and listing them all was 310 KB of HTML
 * and 67 ms of CPU a view (issue 13). The total is the top bar's count.
 */
export function listFlaggedPlans(actor: Actor, page: Page): Paged<{ planId: string; chosenName: string; raisedAt: Date | null }> | undefined {
  if (!may(actor, "consult")) return undefined;
  const rows = flaggedPlansQuery(actor.role).all({ ...scopeParams(actor), limit: page.size, offset: page.offset });
  return paged(rows, countFlaggedPlans(actor) ?? 0, page);
}

const flaggedPlansQuery = preparedPerRole((subject) =>
  db
    .select({ planId: schema.plans.id, chosenName: planYouthChosenName, raisedAt: schema.plans.concernRaisedAt })
    .from(schema.plans)
    .where(waitingForConsult(subject))
    .orderBy(desc(schema.plans.concernRaisedAt))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare(),
);

/**
 * How many plans wait for a supervisor's consult, for the top bar of every supervisor page. Runs
 * on every page view: prepared once, and answered from plans_flagged_idx without reading a draft.
 */
export const flaggedCountQuery = preparedPerRole((subject) =>
  db.select({ count: count() }).from(schema.plans).where(waitingForConsult(subject)).prepare(),
);

/** The count of the agency's plans waiting for a consult; undefined for anyone but a supervisor. */
export function countFlaggedPlans(actor: Actor): number | undefined {
  if (!may(actor, "consult")) return undefined;
  return flaggedCountQuery(actor.role).get(scopeParams(actor))?.count ?? 0;
}

/** The latest consult on a plan, scoped like every plan read; prepared per role for the plan overview. */
const latestReviewQuery = preparedPerRole((subject) =>
  db
    .select({
      note: schema.concernReviews.note,
      acknowledgedAt: schema.concernReviews.acknowledgedAt,
      supervisorName: schema.users.displayName,
      raisedAt: schema.plans.concernRaisedAt,
    })
    .from(schema.concernReviews)
    .innerJoin(schema.plans, eq(schema.plans.id, schema.concernReviews.planId))
    .innerJoin(schema.users, eq(schema.users.id, schema.concernReviews.supervisorId))
    .where(and(eq(schema.concernReviews.planId, sql.placeholder("planId")), planScope(subject, "read")))
    .orderBy(desc(schema.concernReviews.acknowledgedAt))
    .limit(1)
    .prepare(),
);

/**
 * The latest consult on a plan the actor may read (null when there is none or the plan is out of
 * reach); `current` says whether it answers the flag as it stands now (made after the flag was
 * last raised).
 */
export function latestConcernReview(actor: Actor, planId: string) {
  const row = latestReviewQuery(actor.role).get({ planId, ...scopeParams(actor) });
  if (!row) return null;
  const { raisedAt, ...review } = row;
  return { ...review, current: raisedAt === null || review.acknowledgedAt >= raisedAt };
}

/** A supervisor of the plan's agency records the consult note and acknowledges the flag. */
export function acknowledgeConcern(actor: Actor, planId: string, note: string): "acknowledged" | "not-found" | "not-flagged" {
  if (!may(actor, "consult")) return "not-found";
  return db.transaction(
    () => {
      const plan = findPlanRow(actor, planId, "read");
      if (!plan) return "not-found";
      if (!plan.concernFlag) return "not-flagged";
      db.insert(schema.concernReviews).values({ id: newId(), orgId: actor.orgId, planId, supervisorId: actor.id, note }).run();
      // Commits or rolls back with the acknowledgement.
      recordAudit({ orgId: actor.orgId, userId: actor.id, action: "concern_acknowledge", subjectType: "plan", subjectId: planId });
      return "acknowledged";
    },
    { behavior: "immediate" },
  );
}
