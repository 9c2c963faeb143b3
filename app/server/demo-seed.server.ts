import { DEMO_CHOSEN_NAME, demoPlanContent, SECTION_IDS } from "../../templates/csecy-safety-plan";
import { createOrganization, createUser } from "../models/user.server";
import { createYouthWithPlan } from "../models/youth.server";
import { saveSection } from "../models/plan.server";
import { saveVersion } from "../models/version.server";
import { generatePassword } from "../utils/password.server";

export const DEMO_AGENCY_NAME = "Demo agency";

export interface DemoAccount {
  email: string;
  password: string;
  role: "provider" | "supervisor" | "admin";
}

const DEMO_NAMES: Record<DemoAccount["role"], string> = {
  provider: "Jordan (demo provider)",
  supervisor: "Sam (demo supervisor)",
  admin: "Alex (demo admin)",
};

/** A demo agency with a provider, a supervisor, an admin and one youth whose plan is saved as version 1. */
export async function seedDemo(): Promise<DemoAccount[]> {
  const orgId = createOrganization(DEMO_AGENCY_NAME);
  const accounts: DemoAccount[] = [
    { email: "provider@demo.local", password: generatePassword(), role: "provider" },
    { email: "supervisor@demo.local", password: generatePassword(), role: "supervisor" },
    { email: "admin@demo.local", password: generatePassword(), role: "admin" },
  ];
  const [provider] = await Promise.all(
    accounts.map((a) =>
      createUser({ orgId, email: a.email, password: a.password, role: a.role, displayName: DEMO_NAMES[a.role] }),
    ),
  );
  if (!provider) throw new Error("demo provider was not created");
  const { planId } = createYouthWithPlan(provider, { chosenName: DEMO_CHOSEN_NAME, preferredLanguage: "en" });
  let revision = 0;
  for (const section of SECTION_IDS) {
    const result = saveSection(provider, planId, section, demoPlanContent[section], revision);
    if (result.status !== "saved") throw new Error(`demo plan: section ${section} was not saved`);
    revision = result.revision;
  }
  saveVersion(provider, planId, "First plan, made together", revision);
  return accounts;
}
