import type { Actor } from "../../app/models/actor";
import { saveSection } from "../../app/models/plan.server";
import { createOrganization, createUser } from "../../app/models/user.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { demoPlanContent, SECTION_IDS } from "../../templates/csecy-safety-plan";

export const TEST_PASSWORD = "correct horse battery staple";

let counter = 0;

async function user(orgId: string, role: Actor["role"], label: string): Promise<Actor> {
  counter += 1;
  return createUser({ orgId, email: `${label}-${counter}@test.local`, displayName: label, role, password: TEST_PASSWORD });
}

/** Two agencies: the first with two providers, a supervisor and an admin; the second with one provider. */
export async function makeAgencies() {
  const orgId = createOrganization(`Agency ${++counter}`);
  const otherOrgId = createOrganization(`Other agency ${++counter}`);
  const [provider, colleague, supervisor, admin, outsider] = await Promise.all([
    user(orgId, "provider", "provider"),
    user(orgId, "provider", "colleague"),
    user(orgId, "supervisor", "supervisor"),
    user(orgId, "admin", "admin"),
    user(otherOrgId, "provider", "outsider"),
  ]);
  return { orgId, otherOrgId, provider: provider!, colleague: colleague!, supervisor: supervisor!, admin: admin!, outsider: outsider! };
}

/** A youth of the provider's care team whose plan has a raised concern flag and a saved version 1. */
export function makeRecord(provider: Actor, chosenName = "Robin") {
  const { youthId, planId } = createYouthWithPlan(provider, { chosenName, preferredLanguage: "en" });
  const saved = saveSection(provider, planId, "provider", { notes: "", concern: true }, 0);
  if (saved.status !== "saved") throw new Error("fixture: provider section not saved");
  const version = saveVersion(provider, planId, "", saved.revision);
  if (version.status !== "saved") throw new Error("fixture: version not saved");
  return { youthId, planId };
}

/** A youth of the provider's care team whose plan holds the demo plan, saved as version 1 ("First plan"). */
export function makeDemoPlanVersion(provider: Actor, chosenName: string): string {
  const { planId } = createYouthWithPlan(provider, { chosenName, preferredLanguage: "en" });
  let revision = 0;
  for (const section of SECTION_IDS) {
    const result = saveSection(provider, planId, section, demoPlanContent[section], revision);
    if (result.status !== "saved") throw new Error(`fixture: section ${section} not saved`);
    revision = result.revision;
  }
  const version = saveVersion(provider, planId, "First plan", revision);
  if (version.status !== "saved") throw new Error("fixture: version not saved");
  return planId;
}
