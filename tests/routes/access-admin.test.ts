import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, schema } from "../../app/models/db.server";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, get, html, post } from "../setup/handler";

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;
let cookies: Record<"provider" | "colleague" | "supervisor" | "admin" | "outsider", string>;

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
  cookies = {
    provider: await cookieFor(people.provider),
    colleague: await cookieFor(people.colleague),
    supervisor: await cookieFor(people.supervisor),
    admin: await cookieFor(people.admin),
    outsider: await cookieFor(people.outsider),
  };
});

const auditActions = (subjectId: string) =>
  db.select().from(schema.auditEvents).where(eq(schema.auditEvents.subjectId, subjectId)).all().map((e) => e.action);

async function logIn(email: string, password = TEST_PASSWORD, cookie?: string) {
  return handle(post("/login", { email, password }, cookie));
}

describe("sessions through the routes", () => {
  it("gives a new token at every login and ends the browser's previous session", async () => {
    const first = await logIn(people.colleague.email);
    const firstCookie = first.headers.get("Set-Cookie")!.split(";")[0]!;
    const second = await logIn(people.colleague.email, TEST_PASSWORD, firstCookie);
    const secondCookie = second.headers.get("Set-Cookie")!.split(";")[0]!;
    expect(secondCookie).not.toBe(firstCookie);
    expect((await handle(get("/dashboard", firstCookie))).status).toBe(302);
    expect((await handle(get("/dashboard", secondCookie))).status).toBe(200);
  });

  it("ends the session at logout with no-store and Clear-Site-Data, and a replayed cookie opens nothing", async () => {
    const cookie = (await logIn(people.colleague.email)).headers.get("Set-Cookie")!.split(";")[0]!;
    const logout = await handle(post("/logout", {}, cookie));
    expect(logout.status).toBe(302);
    expect(logout.headers.get("Cache-Control")).toBe("no-store");
    expect(logout.headers.get("Clear-Site-Data")).toBe('"cache", "storage"');
    expect(logout.headers.get("Set-Cookie")).toMatch(/^spb_session=; Max-Age=0;/);
    expect((await handle(get("/dashboard", cookie))).status).toBe(302);
    const replay = await handle(post("/youth/new", { chosenName: "Replay", preferredLanguage: "en" }, cookie));
    expect(replay.status).toBe(302);
    expect(replay.headers.get("Location")).toBe("/login");
  });

  it("'Stay logged in' (the idle warning's keep-alive) renews an idle session's last-seen time", async () => {
    const cookie = await cookieFor(people.colleague);
    const tenMinutesAgo = new Date(Date.now() - 10 * 60 * 1000);
    db.update(schema.sessions).set({ lastSeenAt: tenMinutesAgo }).where(eq(schema.sessions.userId, people.colleague.id)).run();
    const response = await handle(post("/session/keepalive", {}, cookie));
    expect(response.status).toBe(204);
    const seen = db.select().from(schema.sessions).where(eq(schema.sessions.userId, people.colleague.id)).all().map((s) => s.lastSeenAt.getTime());
    expect(Math.max(...seen)).toBeGreaterThan(Date.now() - 5000);
  });

  it("audits every login, failed login and logout", async () => {
    const before = db.select().from(schema.auditEvents).where(eq(schema.auditEvents.userId, people.colleague.id)).all().length;
    await logIn(people.colleague.email, "not the password at all");
    const cookie = (await logIn(people.colleague.email)).headers.get("Set-Cookie")!.split(";")[0]!;
    await handle(post("/logout", {}, cookie));
    const events = db.select().from(schema.auditEvents).where(eq(schema.auditEvents.userId, people.colleague.id)).all().slice(before).map((e) => e.action);
    expect(events).toEqual(["login_failed", "login", "logout"]);
  });
});

describe("admin: accounts", () => {
  it("creates an account that can log in, with errors at the field for a taken email or a short password", async () => {
    const created = await handle(post("/admin", { displayName: "Riley", email: "riley@test.local", role: "provider", password: "twelve chars ok" }, cookies.admin));
    expect(created.status).toBe(302);
    expect((await logIn("riley@test.local", "twelve chars ok")).status).toBe(302);
    const taken = await handle(post("/admin", { displayName: "Riley 2", email: "RILEY@test.local", role: "provider", password: "twelve chars ok" }, cookies.admin));
    expect(taken.status).toBe(400);
    expect(await html(taken)).toContain("There is already an account with this email.");
    const short = await handle(post("/admin", { displayName: "Sol", email: "sol@test.local", role: "provider", password: "short" }, cookies.admin));
    expect(short.status).toBe(400);
    const page = await html(short);
    expect(page).toContain("Please use at least 12 characters.");
    expect(page).toContain('value="Sol"');
    expect(page).not.toContain('value="short"');
  });

  it("disabling an account ends all its sessions at once; re-enabling lets it log in again", async () => {
    const sessions = [await cookieFor(people.colleague), await cookieFor(people.colleague)];
    for (const c of sessions) expect((await handle(get("/dashboard", c))).status).toBe(200);
    expect((await handle(post(`/admin/users/${people.colleague.id}`, { intent: "disable" }, cookies.admin))).status).toBe(302);
    for (const c of sessions) expect((await handle(get("/dashboard", c))).status).toBe(302);
    expect(db.select().from(schema.sessions).where(eq(schema.sessions.userId, people.colleague.id)).all()).toEqual([]);
    expect((await logIn(people.colleague.email)).status).toBe(401);
    expect((await handle(post(`/admin/users/${people.colleague.id}`, { intent: "enable" }, cookies.admin))).status).toBe(302);
    expect((await logIn(people.colleague.email)).status).toBe(302);
    expect(auditActions(people.colleague.id)).toEqual(expect.arrayContaining(["user_disable", "user_enable"]));
    cookies.colleague = await cookieFor(people.colleague);
  });

  it("a password reset ends the account's sessions and the old password stops working", async () => {
    const riley = db.select().from(schema.users).where(eq(schema.users.email, "riley@test.local")).get()!;
    const session = (await logIn("riley@test.local", "twelve chars ok")).headers.get("Set-Cookie")!.split(";")[0]!;
    expect((await handle(post(`/admin/users/${riley.id}`, { intent: "reset", password: "a brand new passphrase ✓" }, cookies.admin))).status).toBe(302);
    expect((await handle(get("/dashboard", session))).status).toBe(302);
    expect((await logIn("riley@test.local", "twelve chars ok")).status).toBe(401);
    expect((await logIn("riley@test.local", "a brand new passphrase ✓")).status).toBe(302);
  });

  it("an admin cannot disable their own account, nor reach another agency's accounts", async () => {
    expect((await handle(post(`/admin/users/${people.admin.id}`, { intent: "disable" }, cookies.admin))).status).toBe(400);
    expect((await handle(get(`/admin/users/${people.outsider.id}`, cookies.admin))).status).toBe(404);
    expect((await handle(post(`/admin/users/${people.outsider.id}`, { intent: "disable" }, cookies.admin))).status).toBe(404);
    expect(db.select().from(schema.users).where(eq(schema.users.id, people.outsider.id)).get()!.disabled).toBe(false);
  });
});

describe("care team", () => {
  it("adds a colleague, who can then open the plan, and removes them again; the last provider stays", async () => {
    const { planId } = makeRecord(people.provider, "Kai");
    expect((await handle(get(`/plans/${planId}`, cookies.colleague))).status).toBe(404);
    expect((await handle(post(`/plans/${planId}/team`, { intent: "add", userId: people.colleague.id }, cookies.provider))).status).toBe(302);
    expect((await handle(get(`/plans/${planId}`, cookies.colleague))).status).toBe(200);
    expect((await handle(post(`/plans/${planId}/team`, { intent: "remove", userId: people.provider.id }, cookies.colleague))).status).toBe(302);
    expect((await handle(get(`/plans/${planId}`, cookies.provider))).status).toBe(404);
    const last = await handle(post(`/plans/${planId}/team`, { intent: "remove", userId: people.colleague.id }, cookies.colleague));
    expect(last.headers.get("Location")).toBe(`/plans/${planId}/team?last=1`);
    expect((await handle(get(`/plans/${planId}`, cookies.colleague))).status).toBe(200);
  });

  it("refuses a provider of another agency, a supervisor or admin as a team member, and a supervisor may manage the team", async () => {
    const { planId } = makeRecord(people.provider, "Ash");
    for (const userId of [people.outsider.id, people.supervisor.id, people.admin.id]) {
      expect((await handle(post(`/plans/${planId}/team`, { intent: "add", userId }, cookies.provider))).status).toBe(404);
    }
    expect((await handle(post(`/plans/${planId}/team`, { intent: "add", userId: people.colleague.id }, cookies.supervisor))).status).toBe(302);
    const youthId = db.select().from(schema.plans).where(eq(schema.plans.id, planId)).get()!.youthId;
    expect(auditActions(youthId)).toContain("care_team_add");
    const history = await html(await handle(get(`/youth/${youthId}/audit`, cookies.supervisor)));
    expect(history).toMatch(/Added to the care team<\/td><td>colleague<\/td>/);
  });
});

describe("supervisor review of a flagged plan", () => {
  it("queues the flagged plan; the consult note acknowledges it; the provider sees it; a new flag queues it again", async () => {
    const { planId } = makeRecord(people.provider, "Indigo");
    expect(await html(await handle(get("/review", cookies.supervisor)))).toContain("Indigo");
    const consult = await handle(post(`/plans/${planId}/concern`, { note: "Talked it through; safety check-in tomorrow." }, cookies.supervisor));
    expect(consult.status).toBe(302);
    expect(await html(await handle(get("/review", cookies.supervisor)))).not.toContain("Indigo");
    const overview = await html(await handle(get(`/plans/${planId}`, cookies.provider)));
    expect(overview).toContain("supervisor acknowledged the imminent-safety concern");
    expect(overview).toContain("Talked it through; safety check-in tomorrow.");
    expect(auditActions(planId)).toContain("concern_acknowledge");

    // The provider clears the flag and raises it again: it needs a new consult.
    const plan = db.select().from(schema.plans).where(eq(schema.plans.id, planId)).get()!;
    expect((await handle(post(`/plans/${planId}/sections/provider`, { revision: String(plan.revision) }, cookies.provider))).status).toBe(302);
    await new Promise((r) => setTimeout(r, 5));
    expect((await handle(post(`/plans/${planId}/sections/provider`, { revision: String(plan.revision + 1), concern: "on" }, cookies.provider))).status).toBe(302);
    expect(await html(await handle(get("/review", cookies.supervisor)))).toContain("Indigo");
    expect(await html(await handle(get(`/plans/${planId}`, cookies.provider)))).toContain("waits for a supervisor’s consult");
  });

  it("asks for a consult note at its field and refuses a plan that is not flagged", async () => {
    const { planId } = makeRecord(people.provider, "Sage");
    const empty = await handle(post(`/plans/${planId}/concern`, { note: "  " }, cookies.supervisor));
    expect(empty.status).toBe(400);
    expect(await html(empty)).toContain("Please write a short note of the consult.");
    const plan = db.select().from(schema.plans).where(eq(schema.plans.id, planId)).get()!;
    await handle(post(`/plans/${planId}/sections/provider`, { revision: String(plan.revision) }, cookies.provider));
    expect((await handle(post(`/plans/${planId}/concern`, { note: "late" }, cookies.supervisor))).status).toBe(409);
    expect(db.select().from(schema.concernReviews).where(eq(schema.concernReviews.planId, planId)).all()).toEqual([]);
  });
});

describe("audit page, export and deletion for good", () => {
  it("shows a youth's audit history to the supervisor and admin, never plan content", async () => {
    const { youthId, planId } = makeRecord(people.provider, "Quinn");
    await handle(post(`/plans/${planId}/sections/about`, { revision: "2", nameOnPlan: "Quinn", safetyMeans: "SECRET-SAFETY-TEXT", language: "en" }, cookies.provider));
    await handle(get(`/plans/${planId}`, cookies.provider));
    for (const who of ["supervisor", "admin"] as const) {
      const page = await html(await handle(get(`/youth/${youthId}/audit`, cookies[who])));
      expect(page).toContain("Audit history: Quinn");
      expect(page).toContain("Saved a section");
      expect(page).toContain("Opened the plan");
      expect(page).not.toContain("SECRET-SAFETY-TEXT");
    }
    expect(auditActions(youthId).filter((a) => a === "audit_view")).toHaveLength(2);
  });

  it("exports a youth's whole record as JSON for the admin, only by POST with their password again and a reason, audited with the reason", async () => {
    const { youthId } = makeRecord(people.provider, "Rowan");
    const form = await handle(get(`/youth/${youthId}/export`, cookies.admin));
    expect(form.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await html(form)).not.toContain("concern");
    expect(auditActions(youthId)).not.toContain("export");
    const noReason = await handle(post(`/youth/${youthId}/export`, { reason: "", password: TEST_PASSWORD }, cookies.admin));
    expect(noReason.status).toBe(400);
    expect(await html(noReason)).toContain("Please say why you are exporting this record.");
    const wrongPassword = await handle(post(`/youth/${youthId}/export`, { reason: "Records request from the youth", password: "not the password" }, cookies.admin));
    expect(wrongPassword.status).toBe(401);
    expect(await html(wrongPassword)).toContain("That is not your password.");
    expect(auditActions(youthId)).not.toContain("export");
    const authorised = await handle(post(`/youth/${youthId}/export`, { reason: "Records request from the youth", password: TEST_PASSWORD }, cookies.admin));
    expect(authorised.status).toBe(302);
    const file = authorised.headers.get("Location")!;
    expect(file).toMatch(new RegExp(`^/youth/${youthId}/export/file\\?ticket=[A-Za-z0-9_-]{43}$`));
    const response = await handle(get(file, cookies.admin));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="youth-record-${youthId}.json"`);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const record = (await response.json()) as { youth: { chosenName: string }; versions: { number: number; content: { provider: { concern: boolean } } }[] };
    expect(record.youth.chosenName).toBe("Rowan");
    expect(record.versions.map((v) => v.number)).toEqual([1]);
    expect(record.versions[0]!.content.provider.concern).toBe(true);
    const exportRow = db.select().from(schema.auditEvents).where(and(eq(schema.auditEvents.subjectId, youthId), eq(schema.auditEvents.action, "export"))).get();
    expect(exportRow).toMatchObject({ userId: people.admin.id, detail: "Records request from the youth" });
    // The ticket is good once, and for an admin only.
    expect((await handle(get(file, cookies.admin))).status).toBe(404);
    const again = (await handle(post(`/youth/${youthId}/export`, { reason: "Records request from the youth", password: TEST_PASSWORD }, cookies.admin))).headers.get("Location")!;
    expect((await handle(get(again, cookies.supervisor))).status).toBe(404);
    expect((await handle(get(again, cookies.admin))).status).toBe(200);
  });

  it("deletes a youth's record for good after typed confirmation; the audit keeps that it happened", async () => {
    const { youthId, planId } = makeRecord(people.provider, "Ember");
    await handle(post(`/plans/${planId}/concern`, { note: "consult" }, cookies.supervisor));
    const unconfirmed = await handle(post(`/youth/${youthId}/delete`, { confirm: "yes" }, cookies.admin));
    expect(unconfirmed.status).toBe(400);
    expect(await html(unconfirmed)).toContain("Please type DELETE in capitals to confirm.");
    expect(db.select().from(schema.youth).where(eq(schema.youth.id, youthId)).get()).toBeDefined();

    const deleted = await handle(post(`/youth/${youthId}/delete`, { confirm: "DELETE" }, cookies.admin));
    expect(deleted.headers.get("Location")).toBe("/admin/records?deleted=1");
    expect(db.select().from(schema.youth).where(eq(schema.youth.id, youthId)).all()).toEqual([]);
    expect(db.select().from(schema.plans).where(eq(schema.plans.id, planId)).all()).toEqual([]);
    expect(db.select().from(schema.planVersions).where(eq(schema.planVersions.planId, planId)).all()).toEqual([]);
    expect(db.select().from(schema.concernReviews).where(eq(schema.concernReviews.planId, planId)).all()).toEqual([]);
    expect(db.select().from(schema.careTeam).where(eq(schema.careTeam.youthId, youthId)).all()).toEqual([]);
    expect((await handle(get(`/plans/${planId}`, cookies.provider))).status).toBe(404);
    const deletion = db.select().from(schema.auditEvents).where(and(eq(schema.auditEvents.action, "youth_delete"), eq(schema.auditEvents.subjectId, youthId))).all();
    expect(deletion).toHaveLength(1);
    expect(deletion[0]!.userId).toBe(people.admin.id);
    expect(JSON.stringify(db.select().from(schema.auditEvents).all())).not.toContain("Ember");
  });
});

describe("the database itself", () => {
  it("refuses UPDATE and DELETE on the audit trail, whatever code runs", () => {
    const sqlite = db.$client;
    expect(() => sqlite.prepare("update audit_events set action = 'login'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("delete from audit_events").run()).toThrow(/append-only/);
  });

  it("refuses to change or delete a saved version unless its whole record is being deleted in the same transaction", () => {
    const { planId } = makeRecord(people.provider, "Vale");
    const sqlite = db.$client;
    expect(() => sqlite.prepare("update plan_versions set content = '{}' where plan_id = ?").run(planId)).toThrow(/immutable/);
    expect(() => sqlite.prepare("delete from plan_versions where plan_id = ?").run(planId)).toThrow(/immutable/);
    // A deletion marker for another plan opens nothing.
    sqlite.prepare("insert into deleted_plans (plan_id) values ('not-this-plan')").run();
    expect(() => sqlite.prepare("delete from plan_versions").run()).toThrow(/immutable/);
    expect(sqlite.prepare("select count(*) as n from plan_versions where plan_id = ?").get(planId)).toEqual({ n: 1 });
  });
});
