import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  actorForSession,
  endSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  startSession,
} from "../../app/models/session.server";
import { authenticate } from "../../app/models/user.server";
import { MAX_SESSIONS_PER_USER } from "../../app/utils/session-rules";
import { db, schema } from "../../app/models/db.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";

let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  people = await makeAgencies();
});

const minutes = (n: number) => n * 60 * 1000;

describe("sessions", () => {
  it("stores only a hash of a 256-bit token", () => {
    const token = startSession(people.provider.id);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = db.select().from(schema.sessions).all().map((s) => s.id);
    expect(stored).not.toContain(token);
    expect(actorForSession(token)?.id).toBe(people.provider.id);
  });

  it("expires after 30 idle minutes, and activity keeps it alive", () => {
    const t0 = Date.now();
    const token = startSession(people.provider.id, t0);
    expect(actorForSession(token, t0 + minutes(20))?.id).toBe(people.provider.id);
    expect(actorForSession(token, t0 + minutes(45))?.id).toBe(people.provider.id);
    expect(actorForSession(token, t0 + minutes(45) + SESSION_IDLE_MS + 1)).toBeUndefined();
  });

  it("ends after 12 hours however active", () => {
    const t0 = Date.now();
    const token = startSession(people.provider.id, t0);
    for (let t = t0; t < t0 + SESSION_ABSOLUTE_MS; t += minutes(20)) expect(actorForSession(token, t)).toBeDefined();
    expect(actorForSession(token, t0 + SESSION_ABSOLUTE_MS + 1)).toBeUndefined();
  });

  it("ends at logout, and for a disabled user at once", () => {
    const token = startSession(people.colleague.id);
    endSession(token);
    expect(actorForSession(token)).toBeUndefined();

    const other = startSession(people.colleague.id);
    db.update(schema.users).set({ disabled: true }).where(eq(schema.users.id, people.colleague.id)).run();
    expect(actorForSession(other)).toBeUndefined();
    db.update(schema.users).set({ disabled: false }).where(eq(schema.users.id, people.colleague.id)).run();
  });
});

describe("sessions kept", () => {
  const sessionsOf = (userId: string) => db.select({ n: count() }).from(schema.sessions).where(eq(schema.sessions.userId, userId)).get()!.n;

  it("deletes expired sessions (anyone's) at the next login, and keeps the live ones", () => {
    const old = startSession(people.supervisor.id);
    const idle = startSession(people.supervisor.id);
    const [oldId, idleId] = db.select({ id: schema.sessions.id }).from(schema.sessions).where(eq(schema.sessions.userId, people.supervisor.id)).all().map((row) => row.id);
    const longAgo = new Date(Date.now() - SESSION_ABSOLUTE_MS - minutes(1));
    db.update(schema.sessions).set({ createdAt: longAgo }).where(eq(schema.sessions.id, oldId!)).run();
    db.update(schema.sessions).set({ lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - minutes(1)) }).where(eq(schema.sessions.id, idleId!)).run();
    expect(sessionsOf(people.supervisor.id)).toBe(2);
    const live = startSession(people.admin.id);
    expect(sessionsOf(people.supervisor.id)).toBe(0);
    expect(actorForSession(live)?.id).toBe(people.admin.id);
    expect([idle, old].map((token) => actorForSession(token))).toEqual([undefined, undefined]);
  });

  it(`keeps at most ${MAX_SESSIONS_PER_USER} sessions per user: a new login ends the oldest`, () => {
    const tokens = Array.from({ length: MAX_SESSIONS_PER_USER + 3 }, () => startSession(people.outsider.id));
    expect(sessionsOf(people.outsider.id)).toBe(MAX_SESSIONS_PER_USER);
    expect(tokens.slice(0, 3).map((token) => actorForSession(token))).toEqual([undefined, undefined, undefined]);
    for (const token of tokens.slice(3)) expect(actorForSession(token)?.id).toBe(people.outsider.id);
  });
});

describe("authentication", () => {
  it("accepts the right password, with any case of email", async () => {
    expect((await authenticate(people.provider.email.toUpperCase(), TEST_PASSWORD))?.id).toBe(people.provider.id);
  });

  it("refuses a wrong password, an unknown email and a disabled account, and audits each", async () => {
    const before = db.select().from(schema.auditEvents).all().filter((e) => e.action === "login_failed").length;
    expect(await authenticate(people.provider.email, "wrong password here")).toBeNull();
    expect(await authenticate("nobody@test.local", TEST_PASSWORD)).toBeNull();
    db.update(schema.users).set({ disabled: true }).where(eq(schema.users.id, people.admin.id)).run();
    expect(await authenticate(people.admin.email, TEST_PASSWORD)).toBeNull();
    const after = db.select().from(schema.auditEvents).all().filter((e) => e.action === "login_failed").length;
    expect(after - before).toBe(3);
  });

  it("stores passwords as scrypt hashes, never as given", () => {
    const row = db.select().from(schema.users).where(eq(schema.users.id, people.provider.id)).get()!;
    // The suite's own cost (NODE_ENV=test); tests/routes/authentication.test.ts checks production's 2^17.
    expect(row.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
  });
});
