import { eq } from "drizzle-orm";
import type { UserRole } from "../../db/schema";
import { db, schema } from "../utils/db.server";
import { newId } from "../utils/ids.server";
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from "../utils/password.server";
import type { Actor } from "./actor";
import { recordAudit } from "./audit.server";

const actorColumns = {
  id: schema.users.id,
  orgId: schema.users.orgId,
  role: schema.users.role,
  displayName: schema.users.displayName,
  email: schema.users.email,
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createOrganization(name: string): string {
  const id = newId();
  db.insert(schema.organizations).values({ id, name }).run();
  return id;
}

export function findOrganizationByName(name: string) {
  return db.select().from(schema.organizations).where(eq(schema.organizations.name, name)).get();
}

export async function createUser(input: {
  orgId: string;
  email: string;
  displayName: string;
  role: UserRole;
  password: string;
}): Promise<Actor> {
  const passwordHash = await hashPassword(input.password);
  const user = {
    id: newId(),
    orgId: input.orgId,
    email: normaliseEmail(input.email),
    displayName: input.displayName.trim(),
    role: input.role,
  };
  db.insert(schema.users).values({ ...user, passwordHash }).run();
  return user;
}

export function emailTaken(email: string): boolean {
  return Boolean(db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, normaliseEmail(email))).get());
}

/** Checks an email and password; records the attempt. Returns the user, or null on any failure. */
export async function authenticate(email: string, password: string): Promise<Actor | null> {
  const row = db
    .select({ ...actorColumns, passwordHash: schema.users.passwordHash, disabled: schema.users.disabled })
    .from(schema.users)
    .where(eq(schema.users.email, normaliseEmail(email)))
    .get();
  const valid = await verifyPassword(password, row?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (!row || !valid || row.disabled) {
    await recordAudit({ orgId: row?.orgId ?? null, userId: row?.id ?? null, action: "login_failed" });
    return null;
  }
  const { passwordHash: _hash, disabled: _disabled, ...actor } = row;
  await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "login" });
  return actor;
}

export function hasAnyOrganization(): boolean {
  return Boolean(db.select({ id: schema.organizations.id }).from(schema.organizations).limit(1).get());
}

/** Whether the signed-in user typed their own password (taking the screen back from the youth); records a failure. */
export async function confirmOwnPassword(actor: Actor, password: string): Promise<boolean> {
  const row = db.select({ passwordHash: schema.users.passwordHash }).from(schema.users).where(eq(schema.users.id, actor.id)).get();
  const valid = row ? await verifyPassword(password, row.passwordHash) : false;
  if (!valid) await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "login_failed" });
  return valid;
}
