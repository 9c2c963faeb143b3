import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes, scryptSync } from "node:crypto";
import { eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../app/models/user.server";
import { db, schema } from "../../app/models/db.server";
import { languageCookieHeader } from "../../app/web/language.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, get, html, post } from "../setup/handler";

/*
 * ASVS 5.0 level 2 authentication through the real request handler: one-time codes (required for
 * supervisors and admins, offered to providers) with recovery codes, passwords of one's own,
 * checked against common and breached passwords, stored with scrypt at OWASP's cost.
 */

const run = promisify(execFile);
let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
});

const cookieOf = (response: Response) => response.headers.get("Set-Cookie")?.split(";")[0];
const login = (email: string, password = TEST_PASSWORD) => handle(post("/login", { email, password }));
const codeFor = (key: string, offsetSteps = 0) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(key.replace(/\s/g, "")) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
const keyOn = (page: string) => /data-testid="totp-key">([A-Z2-7 ]+)</.exec(page)![1]!;
const recoveryCodesOn = (page: string) => [...page.matchAll(/<li><code>([a-z2-7-]+)<\/code><\/li>/g)].map((m) => m[1]!);
const auditOf = (userId: string) => db.select().from(schema.auditEvents).where(eq(schema.auditEvents.userId, userId)).all().map((e) => e.action);

/** Logs in and enrols an app; returns the key and recovery codes. */
async function enrol(email: string) {
  const afterPassword = await login(email);
  expect(afterPassword.status).toBe(302);
  expect(afterPassword.headers.get("Location")).toBe("/account/two-factor?redirectTo=%2Fdashboard");
  const cookie = cookieOf(afterPassword)!;
  const page = await html(await handle(get("/account/two-factor", cookie)));
  const key = keyOn(page);
  const done = await handle(post("/account/two-factor", { code: codeFor(key) }, cookie));
  expect(done.status).toBe(200);
  const shown = await html(done);
  return { key, recoveryCodes: recoveryCodesOn(shown), cookie, shown, page };
}

describe("one-time codes", () => {
  it("a supervisor must enrol at the next login before anything opens; the page shows a QR code and the key; a wrong code is refused at the field", async () => {
    const afterPassword = await login(people.supervisor.email);
    const cookie = cookieOf(afterPassword)!;
    expect(afterPassword.headers.get("Location")).toBe("/account/two-factor?redirectTo=%2Fdashboard");
    for (const path of ["/dashboard", "/review", "/account/password"]) {
      const refused = await handle(get(path, cookie));
      expect(refused.status, path).toBe(302);
      expect(refused.headers.get("Location"), path).toMatch(/^\/account\/two-factor\?/);
    }
    const page = await html(await handle(get("/account/two-factor", cookie)));
    expect(page).toContain("Set up one-time codes");
    expect(page).toMatch(/role="img" aria-label="QR code to scan with your authenticator app"><svg/);
    expect(keyOn(page).replace(/\s/g, "")).toMatch(/^[A-Z2-7]{32}$/);
    const wrong = await handle(post("/account/two-factor", { code: "000000" }, cookie));
    expect(wrong.status).toBe(400);
    expect(await html(wrong)).toContain("That code did not work.");
    expect((await handle(get("/dashboard", cookie))).status).toBe(302);
  });

  it("enrolment shows ten recovery codes once and opens the app; the next login asks for a code, each code works once", async () => {
    const { key, recoveryCodes, cookie, shown } = await enrol(people.admin.email);
    expect(recoveryCodes).toHaveLength(10);
    expect(shown).toContain("Your recovery codes");
    expect((await handle(get("/admin", cookie))).status).toBe(200);
    const stored = db.select().from(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, people.admin.id)).all();
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ""));
    expect(auditOf(people.admin.id)).toContain("totp_enrol");

    const second = await login(people.admin.email);
    expect(second.headers.get("Location")).toBe("/login/code?redirectTo=%2Fdashboard");
    const pending = cookieOf(second)!;
    expect((await handle(get("/admin", pending))).headers.get("Location")).toMatch(/^\/login\/code\?/);
    // The code used for the enrolment is spent: the next step's code works, once.
    expect((await handle(post("/login/code", { code: codeFor(key) }, pending))).status).toBe(401);
    const next = codeFor(key, 1);
    const passed = await handle(post("/login/code", { code: next }, pending));
    expect(passed.status).toBe(302);
    expect(passed.headers.get("Location")).toBe("/dashboard");
    expect((await handle(get("/admin", cookieOf(passed)))).status).toBe(200);
    const replay = await login(people.admin.email);
    expect((await handle(post("/login/code", { code: next }, cookieOf(replay)))).status).toBe(401);

    // A recovery code logs in once; typed in capitals and without dashes it is the same code.
    const third = await login(people.admin.email);
    const viaRecovery = await handle(post("/login/code", { code: recoveryCodes[0]!.toUpperCase().replace(/-/g, "") }, cookieOf(third)));
    expect(viaRecovery.status).toBe(302);
    expect(viaRecovery.headers.get("Location")).toBe("/account/two-factor?recoveryLeft=9");
    expect(await html(await handle(get(viaRecovery.headers.get("Location")!, cookieOf(viaRecovery))))).toContain("9 left");
    const fourth = await login(people.admin.email);
    expect((await handle(post("/login/code", { code: recoveryCodes[0]! }, cookieOf(fourth)))).status).toBe(401);
    expect(auditOf(people.admin.id)).toEqual(expect.arrayContaining(["recovery_code_used", "code_failed"]));
  });

  it("ends the login after five wrong codes", async () => {
    const pending = cookieOf(await login(people.admin.email))!;
    for (let i = 0; i < 4; i++) expect((await handle(post("/login/code", { code: "123456" }, pending))).status).toBe(401);
    const fifth = await handle(post("/login/code", { code: "123456" }, pending));
    expect(fifth.status).toBe(302);
    expect(fifth.headers.get("Location")).toBe("/login?reason=codes");
    expect((await handle(get("/login/code", pending))).headers.get("Location")).toMatch(/^\/login\?/);
    expect(await html(await handle(get("/login?reason=codes")))).toContain("Too many wrong codes.");
  });

  it("refuses every code, even a right one, after ten wrong ones for the account within a quarter of an hour, across logins", async () => {
    const user = await createUser({ orgId: people.orgId, email: "guessed@test.local", displayName: "Guessed", role: "supervisor", password: TEST_PASSWORD });
    const { key } = await enrol(user.email);
    for (let attempt = 0; attempt < 2; attempt++) {
      const pending = cookieOf(await login(user.email))!;
      for (let i = 0; i < 5; i++) await handle(post("/login/code", { code: "123456" }, pending));
    }
    const pending = cookieOf(await login(user.email))!;
    const right = await handle(post("/login/code", { code: codeFor(key, 1) }, pending));
    expect(right.status).toBe(302);
    expect(right.headers.get("Location")).toBe("/login?reason=codes");
  });

  it("is offered to providers: they log in with the password alone until they enrol from the menu", async () => {
    const first = await login(people.colleague.email);
    expect(first.headers.get("Location")).toBe("/dashboard");
    const cookie = cookieOf(first)!;
    const page = await html(await handle(get("/account/two-factor", cookie)));
    expect(page).toContain("One-time codes are off.");
    const done = await handle(post("/account/two-factor", { code: codeFor(keyOn(page)) }, cookie));
    expect(recoveryCodesOn(await html(done))).toHaveLength(10);
    expect((await login(people.colleague.email)).headers.get("Location")).toBe("/login/code?redirectTo=%2Fdashboard");
  });
});

describe("passwords", () => {
  it("refuses common, breached and repetitive passwords at the field, in English and Spanish", async () => {
    const admin = await createUser({ orgId: people.orgId, email: "strength-admin@test.local", displayName: "Strength admin", role: "admin", password: TEST_PASSWORD });
    const cookie = await cookieFor(admin);
    for (const password of ["password1234", " ".repeat(12), "aaaaaaaaaaaa", "qwertyuiop12"]) {
      const refused = await handle(post("/admin", { displayName: "Kai", email: "kai@test.local", role: "provider", password }, cookie));
      expect(refused.status, JSON.stringify(password)).toBe(400);
      expect(await html(refused)).toContain("This password is too common or too easy to guess.");
    }
    const spanish = await handle(
      new Request("http://127.0.0.1:3000/admin", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `${cookie}; ${(await languageCookieHeader("es")).split(";")[0]}` },
        body: new URLSearchParams({ displayName: "Kai", email: "kai@test.local", role: "provider", password: "password1234" }).toString(),
      }),
    );
    expect(await html(spanish)).toContain("Esta contraseña es demasiado común o fácil de adivinar.");
    expect(db.select().from(schema.users).where(eq(schema.users.email, "kai@test.local")).get()).toBeUndefined();
  });

  it("an account whose password an admin set must change it at first login, before anything else", async () => {
    const admin = await createUser({ orgId: people.orgId, email: "setter-admin@test.local", displayName: "Setter", role: "admin", password: TEST_PASSWORD });
    const adminCookie = await cookieFor(admin);
    expect((await handle(post("/admin", { displayName: "Noor", email: "noor@test.local", role: "provider", password: "given by the admin today" }, adminCookie))).status).toBe(302);
    const first = await login("noor@test.local", "given by the admin today");
    expect(first.headers.get("Location")).toBe("/account/password?redirectTo=%2Fdashboard");
    const cookie = cookieOf(first)!;
    for (const path of ["/dashboard", "/youth/new", "/account/two-factor"]) {
      expect((await handle(get(path, cookie))).headers.get("Location"), path).toMatch(/^\/account\/password\?/);
    }
    const page = await html(await handle(get("/account/password", cookie)));
    expect(page).toContain("An admin set your password.");
    const wrongCurrent = await handle(post("/account/password", { currentPassword: "not it at all", newPassword: "my own quiet harbour 42" }, cookie));
    expect(wrongCurrent.status).toBe(400);
    expect(await html(wrongCurrent)).toContain("That is not your current password.");
    const weak = await handle(post("/account/password", { currentPassword: "given by the admin today", newPassword: "password1234" }, cookie));
    expect(await html(weak)).toContain("This password is too common or too easy to guess.");
    const changed = await handle(post("/account/password", { currentPassword: "given by the admin today", newPassword: "my own quiet harbour 42" }, cookie));
    expect(changed.status).toBe(302);
    expect(changed.headers.get("Location")).toBe("/dashboard");
    expect((await handle(get("/dashboard", cookieOf(changed)))).status).toBe(200);
    expect((await login("noor@test.local", "given by the admin today")).status).toBe(401);
    expect((await login("noor@test.local", "my own quiet harbour 42")).headers.get("Location")).toBe("/dashboard");
  });

  it("a user changes their own password with the current one; their other sessions end", async () => {
    const user = await createUser({ orgId: people.orgId, email: "changer@test.local", displayName: "Changer", role: "provider", password: TEST_PASSWORD });
    const [here, elsewhere] = [await cookieFor(user), await cookieFor(user)];
    const changed = await handle(post("/account/password", { currentPassword: TEST_PASSWORD, newPassword: "lanterns over the quiet bay" }, here));
    expect(changed.status).toBe(302);
    expect((await handle(get("/dashboard", elsewhere))).status).toBe(302);
    expect((await handle(get("/dashboard", cookieOf(changed)))).status).toBe(200);
    expect(auditOf(user.id)).toContain("password_change");
  });

  it("stores scrypt at N=2^16, p=2 outside tests, and upgrades a hash of another cost at the next successful login", async () => {
    // Run beside the event loop, not blocking it: a blocked loop would time out renders in flight.
    const { stdout: production } = await run("node_modules/.bin/tsx", ["-e", 'import("./app/utils/password.server.ts").then(async (m) => console.log((await m.hashPassword("x")).split("$").slice(0, 4).join("$")))'], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_PATH: ":memory:" },
      encoding: "utf8",
    });
    expect(production.trim()).toBe("scrypt$65536$8$2");
    const user = await createUser({ orgId: people.orgId, email: "legacy@test.local", displayName: "Legacy", role: "provider", password: TEST_PASSWORD });
    const salt = randomBytes(16);
    const legacy = ["scrypt", 2 ** 14, 8, 1, salt.toString("base64"), scryptSync(TEST_PASSWORD, salt, 32, { N: 2 ** 14, r: 8, p: 1 }).toString("base64")].join("$");
    db.update(schema.users).set({ passwordHash: legacy }).where(eq(schema.users.id, user.id)).run();
    expect((await login("legacy@test.local")).status).toBe(302);
    const upgraded = db.select().from(schema.users).where(eq(schema.users.id, user.id)).get()!.passwordHash;
    expect(upgraded).not.toBe(legacy);
    expect(upgraded.startsWith("scrypt$1024$8$1$")).toBe(true); // the suite's own cost (NODE_ENV=test)
    expect((await login("legacy@test.local")).status).toBe(302);
  });
});

describe("the login form", () => {
  it("ignores a redirectTo sent twice (no field could show why it was refused) and logs in to the dashboard", async () => {
    const response = await handle(post("/login", [["email", people.provider.email], ["password", TEST_PASSWORD], ["redirectTo", "/a"], ["redirectTo", "/b"]]));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/dashboard");
  });
});

describe("accounts across agencies", () => {
  it("an admin learns nothing of another agency's accounts: an email used there makes a new account here", async () => {
    const adminCookie = await cookieFor(people.admin);
    const created = await handle(post("/admin", { displayName: "Same email", email: people.outsider.email, role: "provider", password: "a second agency's own words" }, adminCookie));
    expect(created.status).toBe(302);
    // Both people log in, each to their own agency's account.
    expect((await login(people.outsider.email)).headers.get("Location")).toBe("/dashboard");
    expect((await login(people.outsider.email, "a second agency's own words")).headers.get("Location")).toBe("/account/password?redirectTo=%2Fdashboard");
    const again = await handle(post("/admin", { displayName: "Same email", email: people.outsider.email, role: "provider", password: "a second agency's own words" }, adminCookie));
    expect(again.status).toBe(400);
    expect(await html(again)).toContain("There is already an account with this email.");
  });
});
