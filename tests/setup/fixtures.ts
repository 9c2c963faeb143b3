import type { Actor } from "../../app/models/actor";
import { createOrganization, createUser } from "../../app/models/user.server";

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
