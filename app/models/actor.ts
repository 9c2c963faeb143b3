import type { UserRole } from "../../db/roles";

/** The roles and the steps of signing in, for the layers above the models (which do not import db/). */
// From db/roles.ts, not the schema: the admin page lists the roles, and the schema would bring drizzle into the browser.
export { USER_ROLES, type UserRole } from "../../db/roles";
export type { SignInStep } from "../../db/schema";

/** The signed-in user on whose behalf a model function runs. Every query is scoped by it. */
export interface Actor {
  id: string;
  orgId: string;
  role: UserRole;
  displayName: string;
  email: string;
  /**
   * Set when the request comes from a youth's own device, joined with a code this user (the
   * inviting provider) made: audit rows it leaves say so.
   */
  youthDevice?: true;
}
