import type { UserRole } from "../../db/schema";

/** The roles and the steps of signing in, for the layers above the models (which do not import db/). */
export { USER_ROLES, type SignInStep, type UserRole } from "../../db/schema";

/** The signed-in user on whose behalf a model function runs. Every query is scoped by it. */
export interface Actor {
  id: string;
  orgId: string;
  role: UserRole;
  displayName: string;
  email: string;
}
