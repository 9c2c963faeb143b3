import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import {
  safetyPlanTemplate,
  type Language,
} from "../../templates/csecy-safety-plan";
import { emptyPlanContent } from "../../templates/csecy-safety-plan/schema";
import { db, schema } from "./db.server";
import { todayInLosAngeles } from "../utils/format";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import {
  agencyCounterScope,
  latestVersionNumber,
  may,
  planScope,
  planYouthChosenName,
  preparedPerRole,
  readsWholeAgency,
  scopeParams,
  youthScope,
} from "./access.server";
import { paged, type Page } from "../utils/pagination";
import { recordAudit } from "./audit.server";
import { nameHolds, nameSearchParams, namesFound } from "./name-search.server";

export class NotAllowedError extends Error {}

/** Adds a youth with the actor on the care team, and the youth's plan with an empty draft. */
export function createYouthWithPlan(
  actor: Actor,
  input: { chosenName: string; preferredLanguage: Language },
): { youthId: string; planId: string } {
  if (!may(actor, "hold-youth")) throw new NotAllowedError("Admins do not hold youth records.");
  const youthId = newId();
  const planId = newId();
  const draft = emptyPlanContent();
  draft.about.nameOnPlan = input.chosenName;
  draft.about.language = input.preferredLanguage;
  draft.about.date = todayInLosAngeles();
  const now = new Date();
  db.transaction(
    (tx) => {
      tx.insert(schema.youth)
        .values({ id: youthId, orgId: actor.orgId, chosenName: input.chosenName, preferredLanguage: input.preferredLanguage, createdBy: actor.id })
        .run();
      tx.insert(schema.careTeam).values({ youthId, userId: actor.id }).run();
      tx.insert(schema.plans)
        .values({
          id: planId,
          orgId: actor.orgId,
          youthId,
          templateId: safetyPlanTemplate.id,
          templateVersion: safetyPlanTemplate.version,
          draft: JSON.stringify(draft),
          updatedAt: now,
          updatedBy: actor.id,
        })
        .run();
      recordAudit({ orgId: actor.orgId, userId: actor.id, action: "youth_create", subjectType: "youth", subjectId: youthId });
    },
    { behavior: "immediate" },
  );
  return { youthId, planId };
}

/**
 * One page of the youth an actor may read, newest activity first, with their plan and its latest
 * version. Driven from plans (its agency and last change are indexed together, migration 0010)
 * with the youth's name and the latest version as correlated lookups, read for the page's own rows
 * after those it skips, so a page costs its own rows, not the agency's (decision 025).
 */
export function listYouth(actor: Actor, page: Page) {
  const params = scopeParams(actor);
  const rows = youthPageQuery(actor.role).all({ ...params, limit: page.size, offset: page.offset });
  const total = youthCountQuery(actor.role).get(params)?.n ?? 0;
  return paged(rows, total, page);
}

const youthPageQuery = preparedPerRole((subject) =>
  db
    .select({
      youthId: schema.plans.youthId,
      chosenName: planYouthChosenName,
      planId: schema.plans.id,
      updatedAt: schema.plans.updatedAt,
      concernFlag: schema.plans.concernFlag,
      nextFollowUp: schema.plans.nextFollowUp,
      latestVersion: latestVersionNumber,
    })
    .from(schema.plans)
    .where(planScope(subject, "read"))
    .orderBy(desc(schema.plans.updatedAt))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare(),
);

/** The youth the actor may read whose chosen name holds `typed` (any case, any accents), by name: the dashboard's search. */
export function findYouthByName(actor: Actor, typed: string) {
  return namesFound(youthByNameQuery(actor.role).all({ ...scopeParams(actor), ...nameSearchParams(typed) }));
}

const youthByNameQuery = preparedPerRole((subject) =>
  db
    .select({
      youthId: schema.plans.youthId,
      chosenName: schema.youth.chosenName,
      planId: schema.plans.id,
      updatedAt: schema.plans.updatedAt,
      concernFlag: schema.plans.concernFlag,
      nextFollowUp: schema.plans.nextFollowUp,
      latestVersion: latestVersionNumber,
    })
    // From the youth, in the (agency, name) index: a supervisor's search walks names in order and
    // stops at the page's last row, where a walk of the agency's plans looked each youth up (43 ms at 10,000).
    .from(schema.youth)
    .innerJoin(schema.plans, eq(schema.plans.youthId, schema.youth.id))
    .where(and(youthScope(subject, schema.youth.id, schema.youth.orgId, "read"), nameHolds(schema.youth.chosenName)))
    .orderBy(asc(schema.youth.chosenName))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

/** How many plans the actor may read: a whole agency's from its counter (migration 0015), a care team's counted. */
const youthCountQuery = preparedPerRole((subject) =>
  readsWholeAgency(subject.role)
    ? db.select({ n: schema.agencyCounts.plans }).from(schema.agencyCounts).where(agencyCounterScope(subject, schema.agencyCounts.orgId)).prepare()
    : db.select({ n: count() }).from(schema.plans).where(planScope(subject, "read")).prepare(),
);
