import { and, eq, inArray, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { db, schema } from "./db.server";
import type { Actor } from "./actor";

export type AccessMode = "read" | "edit";

/*
 * The scope rule, written here and nowhere else (decisions 002, 070): what a role reaches besides
 * the plans of its care team. Model functions ask `may` before doing anything, and put
 * `youthScope`/`planScope`/`agencyScope` into the WHERE of every query, built once per role with
 * `preparedPerRole`: one way to write a scoped query.
 */
const ROLE_RIGHTS = {
  /** The agency's queue of flagged plans, and acknowledging a flag with a consult note. */
  consult: ["supervisor"],
  /** Changing the care team of any youth of the agency (a provider must be on the team). */
  "manage-any-care-team": ["supervisor"],
  /** Adding youth (and so holding plan content). */
  "hold-youth": ["provider", "supervisor"],
  /** Who did what to a youth's record (ids and labels, no content). */
  "record-history": ["admin", "supervisor"],
  /** The agency's list of youth records (names and dates), its export and its deletion for good. */
  records: ["admin"],
  /** The agency's accounts. */
  accounts: ["admin"],
} as const satisfies Record<string, readonly Actor["role"][]>;
export type Right = keyof typeof ROLE_RIGHTS;

/** Whether the actor's role carries the right; its queries are scoped to the agency besides (agencyScope). */
export const may = (actor: Pick<Actor, "role">, right: Right): boolean => (ROLE_RIGHTS[right] as readonly string[]).includes(actor.role);

/**
 * Who is asking, as the scope needs it: the role, and placeholders for the actor's id and agency
 * (a scoped query is prepared once per role and run for every actor of it: preparedPerRole).
 */
export interface ScopeSubject {
  role: Actor["role"];
  id: Placeholder;
  orgId: Placeholder;
}

const NOTHING = sql`0`;

/**
 * Whether the role reads every youth of its agency (its read scope is the agency alone), so what
 * it may read can be counted from the agency's counters (agency_counts, agency_due_days).
 */
export const readsWholeAgency = (role: Actor["role"]): boolean => role === "supervisor";

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
  if (mode === "read" && readsWholeAgency(actor.role)) return eq(orgIdColumn, actor.orgId);
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

/** The rows of the actor's own agency, in the column given, when the role carries the right; nothing otherwise. */
export function agencyScope(actor: ScopeSubject, right: Right, orgIdColumn: AnySQLiteColumn): SQL {
  return may(actor, right) ? eq(orgIdColumn, actor.orgId) : NOTHING;
}

export const planScope = (actor: ScopeSubject, mode: AccessMode) =>
  youthScope(actor, schema.plans.youthId, schema.plans.orgId, mode);

/**
 * The agency counters (agency_counts, agency_due_days) an actor may read its totals from: its own
 * agency's, when its read scope is the whole agency (readsWholeAgency); none otherwise, as anyone
 * else's totals are those of a care team, counted.
 */
export const agencyCounterScope = (actor: ScopeSubject, orgIdColumn: AnySQLiteColumn): SQL =>
  readsWholeAgency(actor.role) ? eq(orgIdColumn, actor.orgId) : NOTHING;

/** The actor's placeholders for a query prepared with `preparedPerRole`. */
export const scopeParams = (actor: Actor) => ({ userId: actor.id, orgId: actor.orgId });

/**
 * The one way to write a scoped query: built once per role with the actor's id and agency as
 * placeholders (`scopeParams` fills them, with the query's own placeholders) and prepared, since
 * building a drizzle query anew on each request cost more than running it.
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

/**
 * The chosen name of the plan's youth, looked up for the rows a page returns only. As a join,
 * every row a deep page skipped (`offset`) read its youth first: page 150 of an agency's overdue
 * list read 3,700 youth to show 25 (issue 13). As a result column it is read after the offset.
 */
export const planYouthChosenName = sql<string>`(select "youth"."chosen_name" from "youth" where "youth"."id" = "plans"."youth_id")`;
