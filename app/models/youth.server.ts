import { desc, eq, max } from "drizzle-orm";
import {
  emptyPlanContent,
  safetyPlanTemplate,
  type Language,
} from "../../templates/csecy-safety-plan";
import { db, schema } from "../utils/db.server";
import { todayInLosAngeles } from "../utils/format";
import { newId } from "../utils/ids.server";
import type { Actor } from "./actor";
import { youthScope } from "./access.server";
import { recordAudit } from "./audit.server";

export class NotAllowedError extends Error {}

/** Adds a youth with the actor on the care team, and the youth's plan with an empty draft. */
export function createYouthWithPlan(
  actor: Actor,
  input: { chosenName: string; preferredLanguage: Language },
): { youthId: string; planId: string } {
  if (actor.role === "admin") throw new NotAllowedError("Admins do not hold youth records.");
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

/** The youth an actor may read, newest activity first, with their plan and its latest version. */
export function listYouth(actor: Actor) {
  return db
    .select({
      youthId: schema.youth.id,
      chosenName: schema.youth.chosenName,
      planId: schema.plans.id,
      updatedAt: schema.plans.updatedAt,
      concernFlag: schema.plans.concernFlag,
      nextFollowUp: schema.plans.nextFollowUp,
      latestVersion: max(schema.planVersions.number),
    })
    .from(schema.youth)
    .innerJoin(schema.plans, eq(schema.plans.youthId, schema.youth.id))
    .leftJoin(schema.planVersions, eq(schema.planVersions.planId, schema.plans.id))
    .where(youthScope(actor, schema.youth.id, schema.youth.orgId, "read"))
    .groupBy(schema.youth.id)
    .orderBy(desc(schema.plans.updatedAt))
    .all();
}
