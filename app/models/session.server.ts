import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { db, schema } from "../utils/db.server";
import type { SignInStep } from "../../db/schema";
import type { Actor } from "./actor";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS } from "../utils/session-rules";

export { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS };

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * Starts a session at a step of the login and returns its token (256 random bits); only its hash
 * is stored. Only a "ready" session opens pages beyond the login steps (requireActor).
 */
export function startSession(userId: string, now = Date.now(), step: SignInStep = "ready"): string {
  const token = randomBytes(32).toString("base64url");
  db.insert(schema.sessions)
    .values({ id: hashToken(token), userId, createdAt: new Date(now), lastSeenAt: new Date(now), step })
    .run();
  return token;
}

// One query per page view, prepared once: the session, its idle and absolute expiry, whether its
// screen was handed to the youth, and its user (who must not be disabled). Rebuilding it with the
// query builder on every request cost more than running it.
const liveSession = db
  .select({
    lastSeenAt: schema.sessions.lastSeenAt,
    handedToYouth: schema.sessions.handedToYouth,
    step: schema.sessions.step,
    id: schema.users.id,
    orgId: schema.users.orgId,
    role: schema.users.role,
    displayName: schema.users.displayName,
    email: schema.users.email,
  })
  .from(schema.sessions)
  .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
  .where(
    and(
      eq(schema.sessions.id, sql.placeholder("id")),
      gt(schema.sessions.lastSeenAt, sql.placeholder("idleSince")),
      gt(schema.sessions.createdAt, sql.placeholder("createdSince")),
      eq(schema.users.disabled, false),
    ),
  )
  .prepare();

/**
 * A live session: its user and whether the provider handed its screen to the youth; undefined
 * when the token is unknown, expired or its user disabled.
 */
export function liveSessionFor(token: string, now = Date.now()): { actor: Actor; handedToYouth: boolean; step: SignInStep } | undefined {
  const id = hashToken(token);
  const row = liveSession.get({ id, idleSince: now - SESSION_IDLE_MS, createdSince: now - SESSION_ABSOLUTE_MS });
  if (!row) return undefined;
  const { lastSeenAt, handedToYouth, step, ...actor } = row;
  // Last-seen is written at most once a minute, so reading a page is not a database write each time.
  if (now - lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    db.update(schema.sessions).set({ lastSeenAt: new Date(now) }).where(eq(schema.sessions.id, id)).run();
  }
  return { actor, handedToYouth, step };
}

/** The user of a live, ready session, or undefined when the token is unknown, expired, mid-login or its user disabled. */
export function actorForSession(token: string, now = Date.now()): Actor | undefined {
  const session = liveSessionFor(token, now);
  return session?.step === "ready" ? session.actor : undefined;
}

/** Counts a wrong one-time code typed in this login; returns how many there have been. */
export function countCodeFailure(token: string): number {
  const row = db
    .update(schema.sessions)
    .set({ codeFailures: sql`${schema.sessions.codeFailures} + 1` })
    .where(eq(schema.sessions.id, hashToken(token)))
    .returning({ codeFailures: schema.sessions.codeFailures })
    .get();
  return row?.codeFailures ?? Number.MAX_SAFE_INTEGER;
}

export function endSession(token: string): void {
  db.delete(schema.sessions).where(eq(schema.sessions.id, hashToken(token))).run();
}

/** Ends every session of a user at once (an account disabled or its password reset). */
export function endSessionsOfUser(userId: string): number {
  return db.delete(schema.sessions).where(eq(schema.sessions.userId, userId)).run().changes;
}

/** Moves a login on to its next step, on the same session (its token was made at this login's password). */
export function setSessionStep(token: string, step: SignInStep): void {
  db.update(schema.sessions).set({ step }).where(eq(schema.sessions.id, hashToken(token))).run();
}

export function setHandedToYouth(token: string, handedToYouth: boolean): void {
  db.update(schema.sessions).set({ handedToYouth }).where(eq(schema.sessions.id, hashToken(token))).run();
}
