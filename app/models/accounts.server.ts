import { and, asc, count, eq } from "drizzle-orm";
import type { UserRole } from "../../db/schema";
import { db, schema } from "./db.server";
import { hashPassword } from "../utils/password.server";
import type { Actor } from "./actor";
import { may } from "./access.server";
import { paged, type Page } from "../utils/pagination";
import { recordAudit } from "./audit.server";
import { endSessionsOfUser } from "./session.server";
import { emailTaken, insertUser } from "./user.server";

/**
 * An agency admin's account management. Every function is scoped to the admin's own agency; any
 * other actor reaches nothing (undefined / false), exactly as for an account that does not exist.
 */
const isAdmin = (actor: Actor) => may(actor, "accounts");

const accountRows = () =>
  db
    .select({ id: schema.users.id, email: schema.users.email, displayName: schema.users.displayName, role: schema.users.role, disabled: schema.users.disabled })
    .from(schema.users)
    .$dynamic();

/** One page of the agency's accounts, by name (users_org_name_idx). */
export function listAccounts(actor: Actor, page: Page) {
  if (!isAdmin(actor)) return undefined;
  const rows = accountRows()
    .where(eq(schema.users.orgId, actor.orgId))
    .orderBy(asc(schema.users.displayName))
    .limit(page.size)
    .offset(page.offset)
    .all();
  const total = db.select({ n: count() }).from(schema.users).where(eq(schema.users.orgId, actor.orgId)).get()?.n ?? 0;
  return paged(rows, total, page);
}

export function getAccount(actor: Actor, userId: string) {
  if (!isAdmin(actor)) return undefined;
  return accountRows().where(and(eq(schema.users.id, userId), eq(schema.users.orgId, actor.orgId))).get();
}

export type CreateAccountResult = { status: "created"; id: string } | { status: "email-taken" } | { status: "not-allowed" };

export async function createAccount(
  actor: Actor,
  input: { email: string; displayName: string; role: UserRole; password: string },
): Promise<CreateAccountResult> {
  if (!isAdmin(actor)) return { status: "not-allowed" };
  if (emailTaken(actor.orgId, input.email)) return { status: "email-taken" };
  const passwordHash = await hashPassword(input.password);
  const user = db.transaction(() => {
    const created = insertUser({ ...input, orgId: actor.orgId, mustChangePassword: true }, passwordHash);
    recordAudit({ orgId: actor.orgId, userId: actor.id, action: "user_create", subjectType: "user", subjectId: created.id, detail: input.role });
    return created;
  });
  return { status: "created", id: user.id };
}

/** Disables or re-enables an account of the admin's agency; disabling ends all its sessions at once. */
export function setAccountDisabled(actor: Actor, userId: string, disabled: boolean): boolean {
  if (!isAdmin(actor) || userId === actor.id) return false;
  return db.transaction(() => {
    const changed = db
      .update(schema.users)
      .set({ disabled })
      .where(and(eq(schema.users.id, userId), eq(schema.users.orgId, actor.orgId)))
      .run().changes;
    if (!changed) return false;
    if (disabled) endSessionsOfUser(userId);
    recordAudit({ orgId: actor.orgId, userId: actor.id, action: disabled ? "user_disable" : "user_enable", subjectType: "user", subjectId: userId });
    return true;
  });
}

/**
 * Sets a new password chosen by the admin (to hand over in person) and ends the account's
 * sessions; its owner must set one of their own at their next login, before anything else.
 */
export async function resetPassword(actor: Actor, userId: string, password: string): Promise<boolean> {
  if (!getAccount(actor, userId)) return false;
  const passwordHash = await hashPassword(password);
  db.transaction(() => {
    db.update(schema.users).set({ passwordHash, mustChangePassword: true }).where(and(eq(schema.users.id, userId), eq(schema.users.orgId, actor.orgId))).run();
    endSessionsOfUser(userId);
    recordAudit({ orgId: actor.orgId, userId: actor.id, action: "password_reset", subjectType: "user", subjectId: userId });
  });
  return true;
}
