import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import { db, schema } from "../utils/db.server";
import type { Actor } from "./actor";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_INTERVAL_MS } from "../utils/session-rules";
import { getActiveActor } from "./user.server";

export { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS };

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** Starts a session and returns its token (256 random bits); only its hash is stored. */
export function startSession(userId: string, now = Date.now()): string {
  const token = randomBytes(32).toString("base64url");
  db.insert(schema.sessions)
    .values({ id: hashToken(token), userId, createdAt: new Date(now), lastSeenAt: new Date(now) })
    .run();
  return token;
}

/** The user of a live session, or undefined when the token is unknown, expired or its user disabled. */
export function actorForSession(token: string, now = Date.now()): Actor | undefined {
  const id = hashToken(token);
  const session = db
    .select()
    .from(schema.sessions)
    .where(
      and(
        eq(schema.sessions.id, id),
        gt(schema.sessions.lastSeenAt, new Date(now - SESSION_IDLE_MS)),
        gt(schema.sessions.createdAt, new Date(now - SESSION_ABSOLUTE_MS)),
      ),
    )
    .get();
  if (!session) return undefined;
  const actor = getActiveActor(session.userId);
  if (!actor) return undefined;
  // Last-seen is written at most once a minute, so reading a page is not a database write each time.
  if (now - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    db.update(schema.sessions).set({ lastSeenAt: new Date(now) }).where(eq(schema.sessions.id, id)).run();
  }
  return actor;
}

export function endSession(token: string): void {
  db.delete(schema.sessions).where(eq(schema.sessions.id, hashToken(token))).run();
}

/** Ends every session of a user at once (an account disabled or its password reset). */
export function endSessionsOfUser(userId: string): number {
  return db.delete(schema.sessions).where(eq(schema.sessions.userId, userId)).run().changes;
}

/** Whether the provider handed this session's screen to the youth (only together pages open without the password). */
export function sessionHandedToYouth(token: string): boolean {
  const row = db
    .select({ handedToYouth: schema.sessions.handedToYouth })
    .from(schema.sessions)
    .where(eq(schema.sessions.id, hashToken(token)))
    .get();
  return row?.handedToYouth ?? false;
}

export function setHandedToYouth(token: string, handedToYouth: boolean): void {
  db.update(schema.sessions).set({ handedToYouth }).where(eq(schema.sessions.id, hashToken(token))).run();
}
