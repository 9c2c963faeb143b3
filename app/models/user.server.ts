import { and, asc, eq } from "drizzle-orm";
import type { UserRole } from "../../db/schema";
import { db, schema } from "./db.server";
import { newId } from "../utils/ids.server";
import { DUMMY_HASH_PROMISE, hashPassword, needsRehash, verifyPassword } from "../utils/password.server";
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

export interface NewUser {
  orgId: string;
  email: string;
  displayName: string;
  role: UserRole;
  password: string;
  /** An admin chose the password: its owner sets their own at first login, before anything else. */
  mustChangePassword?: boolean;
}

export async function createUser(input: NewUser): Promise<Actor> {
  return insertUser(input, await hashPassword(input.password));
}

/**
 * Inserts an account whose password is already hashed: synchronous, so a caller can put it in one
 * transaction with the audit row that records it (the hash is slow and async, so it comes first).
 */
export function insertUser(input: Omit<NewUser, "password">, passwordHash: string): Actor {
  const user = {
    id: newId(),
    orgId: input.orgId,
    email: normaliseEmail(input.email),
    displayName: input.displayName.trim(),
    role: input.role,
  };
  db.insert(schema.users).values({ ...user, passwordHash, mustChangePassword: input.mustChangePassword ?? false }).run();
  return user;
}

/** Whether the agency has an account with this email (other agencies' accounts are not its business). */
export function emailTaken(orgId: string, email: string): boolean {
  return Boolean(
    db.select({ id: schema.users.id }).from(schema.users).where(and(eq(schema.users.orgId, orgId), eq(schema.users.email, normaliseEmail(email)))).get(),
  );
}

/**
 * Checks an email and password; records the attempt. Returns the user, or null on any failure.
 * One email may have an account in more than one agency: the oldest whose password matches is
 * the one logged in. A hash made at a lower cost than today's is replaced now that the password
 * is known.
 */
export async function authenticate(email: string, password: string): Promise<Actor | null> {
  const rows = db
    .select({ ...actorColumns, passwordHash: schema.users.passwordHash, disabled: schema.users.disabled })
    .from(schema.users)
    .where(eq(schema.users.email, normaliseEmail(email)))
    .orderBy(asc(schema.users.createdAt))
    .all();
  let match: (typeof rows)[number] | undefined;
  for (const row of rows) {
    if (await verifyPassword(password, row.passwordHash)) {
      match = row;
      break;
    }
  }
  if (!rows.length) await verifyPassword(password, await DUMMY_HASH_PROMISE); // as long as for a known email
  if (!match || match.disabled) {
    const known = match ?? rows[0];
    await recordAudit({ orgId: known?.orgId ?? null, userId: known?.id ?? null, action: "login_failed" });
    return null;
  }
  const { passwordHash, disabled: _disabled, ...actor } = match;
  if (needsRehash(passwordHash)) {
    db.update(schema.users).set({ passwordHash: await hashPassword(password) }).where(eq(schema.users.id, actor.id)).run();
  }
  await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "login" });
  return actor;
}

/**
 * The signed-in user sets a new password of their own, typing the current one again. Ends their
 * other sessions. The new password must already have passed the strength check.
 */
export async function changeOwnPassword(actor: Actor, current: string, next: string): Promise<"changed" | "wrong-password"> {
  if (!(await confirmOwnPassword(actor, current))) return "wrong-password";
  const passwordHash = await hashPassword(next);
  db.transaction(() => {
    db.update(schema.users).set({ passwordHash, mustChangePassword: false }).where(eq(schema.users.id, actor.id)).run();
    db.delete(schema.sessions).where(eq(schema.sessions.userId, actor.id)).run();
    recordAudit({ orgId: actor.orgId, userId: actor.id, action: "password_change", subjectType: "user", subjectId: actor.id });
  });
  return "changed";
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
