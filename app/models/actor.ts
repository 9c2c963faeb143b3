import type { UserRole } from "../../db/schema";

/** The signed-in user on whose behalf a model function runs. Every query is scoped by it. */
export interface Actor {
  id: string;
  orgId: string;
  role: UserRole;
  displayName: string;
  email: string;
}
