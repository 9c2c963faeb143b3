import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, lte, notInArray, or, sql } from "drizzle-orm";
import { db, schema } from "./db.server";
import type { SignInStep } from "../../db/schema";
import type { Actor } from "./actor";
import { MAX_SESSIONS_PER_USER, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS } from "../utils/session-rules";

export { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS };

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * Starts a session and returns its token (256 random bits); only its hash is stored. Every login
 * also deletes the sessions that have expired (of anyone), and the user's oldest ones beyond
 * MAX_SESSIONS_PER_USER, so the table holds live sessions only and a leaked password cannot
 * pile up sessions. The session starts at a step of the login; only a "ready" session opens pages
 * beyond the login steps (requireActor).
 */
export function startSession(userId: string, now = Date.now(), step: SignInStep = "ready"): string {
  const token = randomBytes(32).toString("base64url");
  db.transaction((tx) => {
    tx.delete(schema.sessions)
      .where(or(lte(schema.sessions.lastSeenAt, new Date(now - SESSION_IDLE_MS)), lte(schema.sessions.createdAt, new Date(now - SESSION_ABSOLUTE_MS))))
      .run();
    tx.insert(schema.sessions)
      .values({ id: hashToken(token), userId, createdAt: new Date(now), lastSeenAt: new Date(now), step })
      .run();
    const kept = tx
      .select({ id: schema.sessions.id })
      .from(schema.sessions)
      .where(eq(schema.sessions.userId, userId))
      .orderBy(desc(schema.sessions.createdAt), desc(sql`rowid`))
      .limit(MAX_SESSIONS_PER_USER)
      .all()
      .map((row) => row.id);
    tx.delete(schema.sessions)
      .where(and(eq(schema.sessions.userId, userId), notInArray(schema.sessions.id, kept)))
      .run();
  });
  return token;
}

// One query per page view, prepared once: the session, its idle and absolute expiry, whether its
// screen was handed to the youth, and its user (who must not be disabled). Rebuilding it with the
// query builder on every request cost more than running it.
const liveSession = db
  .select({
    lastSeenAt: schema.sessions.lastSeenAt,
    handedOverPlanId: schema.sessions.handedOverPlanId,
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
 * A live session: its user and the plan whose together view the provider handed its screen to
 * the youth for (null while the provider holds it); undefined when the token is unknown, expired
 * or its user disabled.
 */
export function liveSessionFor(token: string, now = Date.now()): { actor: Actor; handedOverPlanId: string | null; step: SignInStep } | undefined {
  const id = hashToken(token);
  const row = liveSession.get({ id, idleSince: now - SESSION_IDLE_MS, createdSince: now - SESSION_ABSOLUTE_MS });
  if (!row) return undefined;
  const { lastSeenAt, handedOverPlanId, step, ...actor } = row;
  // Last-seen is written at most once a minute, so reading a page is not a database write each time.
  if (now - lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    db.update(schema.sessions).set({ lastSeenAt: new Date(now) }).where(eq(schema.sessions.id, id)).run();
  }
  return { actor, handedOverPlanId, step };
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

/** Hands the session's screen to the youth for one plan's together view, or (null) takes it back. */
export function setHandedOverPlan(token: string, planId: string | null): void {
  db.update(schema.sessions).set({ handedOverPlanId: planId }).where(eq(schema.sessions.id, hashToken(token))).run();
}

/** Moves a login on to its next step, on the same session (its token was made at this login's password). */
export function setSessionStep(token: string, step: SignInStep): void {
  db.update(schema.sessions).set({ step }).where(eq(schema.sessions.id, hashToken(token))).run();
}
