import { and, eq, inArray, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { db, schema } from "./db.server";
import type { Actor } from "./actor";

export type AccessMode = "read" | "edit";

/**
 * Who is asking, as the scope needs it: an Actor, or placeholders for its id and agency when a
 * query is prepared once and run for many actors of one role.
 */
export interface ScopeSubject {
  role: Actor["role"];
  id: string | Placeholder;
  orgId: string | Placeholder;
}

const NOTHING = sql`0`;

/**
 * Which youth records an actor may reach, as a condition on a youth id column. Every query of
 * youth, plans and versions goes through it, so access control lives in the query itself:
 * same agency always; supervisors read every youth of their agency; everyone else needs to be on
 * the youth's care team. Admins manage accounts and see no plan content.
 */
export function youthScope(
  actor: ScopeSubject,
  youthIdColumn: AnySQLiteColumn,
  orgIdColumn: AnySQLiteColumn,
  mode: AccessMode,
): SQL {
  if (actor.role === "admin") return NOTHING;
  if (mode === "read" && actor.role === "supervisor") return eq(orgIdColumn, actor.orgId);
  // The care team is the narrow condition (tens of youth against an agency's thousands): the unary
  // `+` keeps SQLite from walking the agency's index instead (it would, to save a sort), so the
  // query starts from the actor's care-team rows and checks the agency on each (issue 13).
  return and(sql`+${orgIdColumn} = ${actor.orgId}`, onCareTeam(actor, youthIdColumn)) ?? NOTHING;
}

/**
 * Whether the actor is on the care team of the youth in `youthIdColumn`, as an SQL condition.
 * Written as `youth_id IN (the actor's care-team rows)`: SQLite reads that list once through
 * care_team_user_idx; an `EXISTS` correlated on the youth re-ran per row of the agency (issue 13).
 */
export function onCareTeam(actor: ScopeSubject, youthIdColumn: AnySQLiteColumn): SQL {
  return inArray(
    youthIdColumn,
    db.select({ youthId: schema.careTeam.youthId }).from(schema.careTeam).where(eq(schema.careTeam.userId, actor.id)),
  );
}

export const planScope = (actor: ScopeSubject, mode: AccessMode) =>
  youthScope(actor, schema.plans.youthId, schema.plans.orgId, mode);

/** The actor's placeholders for a query prepared with `preparedPerRole`. */
export const scopeParams = (actor: Actor) => ({ userId: actor.id, orgId: actor.orgId });

/**
 * A query that runs on every page view, built once per role with the actor's id and agency as
 * placeholders (`scopeParams` fills them) and prepared: building a drizzle query anew on each
 * request cost more than running it. The scope inside is the same as everywhere else.
 */
export function preparedPerRole<Query>(build: (subject: ScopeSubject) => Query): (role: Actor["role"]) => Query {
  const byRole = new Map<Actor["role"], Query>();
  return (role) => {
    let query = byRole.get(role);
    if (!query) byRole.set(role, (query = build({ role, id: sql.placeholder("userId"), orgId: sql.placeholder("orgId") })));
    return query;
  };
}

/**
 * The latest version number of the plan in the row (null before the first save): one lookup in
 * the (plan, number) index. Names are written out: drizzle leaves columns unqualified in a
 * one-table query, and an unqualified "id" inside the subquery would mean plan_versions.id.
 */
export const latestVersionNumber = sql<number | null>`(select max("plan_versions"."number") from "plan_versions"
  where "plan_versions"."plan_id" = "plans"."id")`;
