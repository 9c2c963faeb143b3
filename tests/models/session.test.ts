import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  actorForSession,
  endSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  startSession,
} from "../../app/models/session.server";
import { authenticate } from "../../app/models/user.server";
import { db, schema } from "../../app/utils/db.server";
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
