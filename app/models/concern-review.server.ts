import { and, desc, eq, gte, isNull, not, or, exists, sql } from "drizzle-orm";
import { db, schema } from "../utils/db.server";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import { recordAudit } from "./audit.server";
import { findPlanRow } from "./plan.server";

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

/** A supervisor's queue: the agency's plans flagged with an imminent-safety concern and not yet acknowledged. */
export function listFlaggedPlans(actor: Actor) {
  if (actor.role !== "supervisor") return undefined;
  return db
    .select({ planId: schema.plans.id, chosenName: schema.youth.chosenName, raisedAt: schema.plans.concernRaisedAt, updatedAt: schema.plans.updatedAt })
    .from(schema.plans)
    .innerJoin(schema.youth, eq(schema.youth.id, schema.plans.youthId))
    .where(and(eq(schema.plans.orgId, actor.orgId), eq(schema.plans.concernFlag, true), not(acknowledgedSinceRaised)))
    .orderBy(schema.plans.concernRaisedAt)
    .all();
}

/**
 * The latest consult on a plan, for anyone who may read the plan; `current` says whether it
 * answers the flag as it stands now (made after the flag was last raised).
 */
export function latestConcernReview(actor: Actor, planId: string) {
  const plan = findPlanRow(actor, planId, "read");
  if (!plan) return undefined;
  const raisedAt = db.select({ at: schema.plans.concernRaisedAt }).from(schema.plans).where(eq(schema.plans.id, planId)).get()?.at ?? null;
  const review = db
    .select({ note: schema.concernReviews.note, acknowledgedAt: schema.concernReviews.acknowledgedAt, supervisorName: schema.users.displayName })
    .from(schema.concernReviews)
    .innerJoin(schema.users, eq(schema.users.id, schema.concernReviews.supervisorId))
    .where(eq(schema.concernReviews.planId, planId))
    .orderBy(desc(schema.concernReviews.acknowledgedAt))
    .get();
  if (!review) return null;
  return { ...review, current: raisedAt === null || review.acknowledgedAt >= raisedAt };
}

/** A supervisor of the plan's agency records the consult note and acknowledges the flag. */
export function acknowledgeConcern(actor: Actor, planId: string, note: string): "acknowledged" | "not-found" | "not-flagged" {
  if (actor.role !== "supervisor") return "not-found";
  const plan = findPlanRow(actor, planId, "read");
  if (!plan) return "not-found";
  if (!plan.concernFlag) return "not-flagged";
  db.insert(schema.concernReviews).values({ id: newId(), orgId: actor.orgId, planId, supervisorId: actor.id, note }).run();
  recordAudit({ orgId: actor.orgId, userId: actor.id, action: "concern_acknowledge", subjectType: "plan", subjectId: planId });
  return "acknowledged";
}
