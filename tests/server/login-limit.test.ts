import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_FAILURE_LIMIT, LOGIN_WINDOW_MS, LoginThrottle } from "../../app/web/login-throttle.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { freePort } from "../setup/free-port";

let server: ServerProcess;
let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  people = await makeAgencies();
  server = await startServer(await freePort());
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server);
});

/** A login attempt from `address` (the server trusts X-Forwarded-For from loopback, as behind a local proxy). */
async function attempt(email: string, password: string, address: string) {
  const response = await fetch(`${server.baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl, "X-Forwarded-For": address },
    body: new URLSearchParams({ email, password }),
  });
  return { status: response.status, html: await response.text() };
}

describe("login limit on the real server", () => {
  it("answers the 11th failed attempt for one account within a minute with 429 and a clear message, from any address", async () => {
    for (let i = 1; i <= LOGIN_FAILURE_LIMIT; i++) expect((await attempt(people.colleague.email, "wrong password!", `10.0.0.${i}`)).status).toBe(401);
    const blocked = await attempt(people.colleague.email, "wrong password!", "10.0.1.1");
    expect(blocked.status).toBe(429);
    expect(blocked.html).toContain("Too many attempts to log in. For safety, please wait one minute and try again.");
    // Even the right password waits out the minute: the limit is on the account, not the guess.
    expect((await attempt(people.colleague.email, TEST_PASSWORD, "10.0.1.2")).status).toBe(429);
    // Other accounts are not affected.
    expect((await attempt(people.provider.email, TEST_PASSWORD, "10.0.1.3")).status).toBe(302);
  }, 90_000); // every attempt verifies a scrypt hash at N=2^17 (~0.3 s idle, seconds on a busy machine)

  it("answers the 11th failed attempt from one address within a minute with 429, whatever the account", async () => {
    for (let i = 1; i <= LOGIN_FAILURE_LIMIT; i++) expect((await attempt(`nobody-${i}@test.local`, "wrong password!", "10.9.9.9")).status).toBe(401);
    expect((await attempt(people.supervisor.email, TEST_PASSWORD, "10.9.9.9")).status).toBe(429);
    expect((await attempt(people.supervisor.email, TEST_PASSWORD, "10.9.9.10")).status).toBe(302);
  }, 90_000); // every attempt verifies a scrypt hash at N=2^17 (~0.3 s idle, seconds on a busy machine)

  it("never logs the email or password of an attempt", () => {
    expect(server.output()).not.toContain("wrong password!");
    expect(server.output()).not.toContain(people.colleague.email);
  });
});

describe("LoginThrottle with a controllable clock", () => {
  it("counts attempts per key within a sliding minute from the moment they start, forgets them after it, and takes successes off", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    const keys = ["account:a@b.c", "address:1.2.3.4"];
    for (let i = 0; i < LOGIN_FAILURE_LIMIT - 1; i++) expect(throttle.begin(keys)).toBeDefined();
    // A successful attempt does not count.
    throttle.begin(keys)!.succeeded();
    now += LOGIN_WINDOW_MS / 2;
    expect(throttle.begin(keys)).toBeDefined();
    expect(throttle.begin(keys)).toBeUndefined();
    expect(throttle.begin(["account:other@b.c"])).toBeDefined();
    expect(throttle.begin(["account:other@b.c", "address:1.2.3.4"])).toBeUndefined();
    // The first nine fall out of the window; the tenth is still inside it.
    now += LOGIN_WINDOW_MS / 2;
    expect(throttle.begin(keys)).toBeDefined();
    now += LOGIN_WINDOW_MS;
    expect(throttle.begin(keys)).toBeDefined();
  });
});
