import { and, asc, eq, notInArray } from "drizzle-orm";
import { db, schema } from "./db.server";
import type { Actor } from "./actor";
import { recordAudit } from "./audit.server";
import { findPlanRow } from "./plan.server";

/**
 * Who may change a youth's care team: a provider on it, or a supervisor of the agency. The plan
 * row (scoped by findPlanRow) names the youth, so nobody reaches a team they cannot reach the plan of.
 */
function manageablePlan(actor: Actor, planId: string) {
  const mode = actor.role === "supervisor" ? "read" : "edit";
  return findPlanRow(actor, planId, mode);
}

export function getCareTeam(actor: Actor, planId: string) {
  const plan = findPlanRow(actor, planId, "read");
  if (!plan) return undefined;
  const members = db
    .select({ id: schema.users.id, displayName: schema.users.displayName, disabled: schema.users.disabled })
    .from(schema.careTeam)
    .innerJoin(schema.users, eq(schema.users.id, schema.careTeam.userId))
    .where(eq(schema.careTeam.youthId, plan.youthId))
    .orderBy(asc(schema.users.displayName))
    .all();
  const candidates = db
    .select({ id: schema.users.id, displayName: schema.users.displayName })
    .from(schema.users)
    .where(
      and(
        eq(schema.users.orgId, actor.orgId),
        eq(schema.users.role, "provider"),
        eq(schema.users.disabled, false),
        ...(members.length ? [notInArray(schema.users.id, members.map((m) => m.id))] : []),
      ),
    )
    .orderBy(asc(schema.users.displayName))
    .all();
  return { members, candidates, canManage: Boolean(manageablePlan(actor, planId)) };
}

export type TeamChangeResult = "changed" | "not-found" | "last-member";

/** Adds an active provider of the actor's own agency to the youth's care team. */
export function addToCareTeam(actor: Actor, planId: string, userId: string): TeamChangeResult {
  const plan = manageablePlan(actor, planId);
  if (!plan) return "not-found";
  const provider = db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(eq(schema.users.id, userId), eq(schema.users.orgId, actor.orgId), eq(schema.users.role, "provider"), eq(schema.users.disabled, false)))
    .get();
  if (!provider) return "not-found";
  db.transaction(
    (tx) => {
      tx.insert(schema.careTeam).values({ youthId: plan.youthId, userId }).onConflictDoNothing().run();
      recordAudit({ orgId: actor.orgId, userId: actor.id, action: "care_team_add", subjectType: "youth", subjectId: plan.youthId, detail: `user ${userId}` });
    },
    { behavior: "immediate" },
  );
  return "changed";
}

/** Removes a provider from the team; the last one stays, so every youth has someone responsible. */
export function removeFromCareTeam(actor: Actor, planId: string, userId: string): TeamChangeResult {
  const plan = manageablePlan(actor, planId);
  if (!plan) return "not-found";
  return db.transaction(
    (tx) => {
      const members = tx.select({ userId: schema.careTeam.userId }).from(schema.careTeam).where(eq(schema.careTeam.youthId, plan.youthId)).all();
      if (!members.some((m) => m.userId === userId)) return "not-found";
      if (members.length === 1) return "last-member";
      tx.delete(schema.careTeam).where(and(eq(schema.careTeam.youthId, plan.youthId), eq(schema.careTeam.userId, userId))).run();
      recordAudit({ orgId: actor.orgId, userId: actor.id, action: "care_team_remove", subjectType: "youth", subjectId: plan.youthId, detail: `user ${userId}` });
      return "changed";
    },
    { behavior: "immediate" },
  );
}
