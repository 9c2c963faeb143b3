import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uiEn } from "../../app/i18n/ui.en";
import { safeRedirect } from "../../app/web/auth.server";
import { LOGIN_FAILURE_LIMIT } from "../../app/web/login-throttle.server";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { freePort } from "../setup/free-port";
import { scratchDirectory } from "../setup/scratch";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";

/*
 * What an outside tester found against the running server (issue 12), each tried again on the
 * real server process: malformed requests, open redirects, concurrent password guesses, cached
 * client-navigation data, quick exit, the session cookie's lifetime, and a proxy that rewrites Host.
 */

let server: ServerProcess;
let people: Awaited<ReturnType<typeof makeAgencies>>;
let planId: string;
let cookie: string;

beforeAll(async () => {
  people = await makeAgencies();
  ({ planId } = makeRecord(people.provider, "Wren"));
  server = await startServer(await freePort());
  cookie = await logIn(server.baseUrl, people.provider.email, TEST_PASSWORD);
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server);
});

function login(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${server.baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl, ...headers },
    body: new URLSearchParams(fields),
  });
}

/** A request as a client that is not a browser sends it (fetch refuses TRACE). */
function rawRequest(method: string, path: string): Promise<{ status: number; contentType: string | undefined; body: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest(server.baseUrl + path, { method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode!, contentType: res.headers["content-type"], body }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** A stack frame or a file path of the server's machine. */
const STACK_OR_PATH = /\n\s+at |node_modules|\/work\/|build\/server\.mjs|Error:/;

describe("malformed requests get the app's own refusal, never a stack trace", () => {
  const cases: [string, string, string, number][] = [
    ["a path that does not decode", "GET", "/%", 400],
    ["a path that does not decode, under a plan", "GET", "/plans/%E0%A4%A", 400],
    ["TRACE", "TRACE", "/login", 405],
    ["TRACE on an asset path", "TRACE", "/build/x.js", 405],
  ];
  it.each(cases)("%s (%s %s)", async (_, method, path, status) => {
    const response = await rawRequest(method, path);
    const text = response.body;
    expect(response.status).toBe(status);
    expect(text).not.toMatch(STACK_OR_PATH);
    expect(response.contentType).toBe("text/plain; charset=utf-8");
    expect(text).toBe(uiEn.refusals.malformed);
    expect(server.output()).not.toMatch(STACK_OR_PATH);
  });
});

describe("where to go after login, a language switch or unlocking: same-origin paths only", () => {
  const foreign = [
    "/%09/evil.example",
    "/%0a/evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    " /dashboard",
    "/dash\r\nSet-Cookie: x=1",
  ];
  it.each(foreign)("refuses %j", (value) => {
    expect(safeRedirect(value)).toBe("/dashboard");
  });

  it("keeps a path of the app, with its query, as ASCII", () => {
    expect(safeRedirect(`/plans/${planId}/review?saved=people`)).toBe(`/plans/${planId}/review?saved=people`);
    expect(safeRedirect("/plans/ऄ")).toBe("/plans/%E0%A4%84");
  });

  it("after login, /%09/evil.example lands on the dashboard", async () => {
    const response = await login({ email: people.colleague.email, password: TEST_PASSWORD, redirectTo: "/%09/evil.example" });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/dashboard");
  });

  it("the language switch uses the same check", async () => {
    const response = await fetch(`${server.baseUrl}/language`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl },
      body: new URLSearchParams({ language: "es", redirectTo: "/%09/evil.example" }),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/dashboard");
  });

  it("a redirectTo with a line break or a non-Latin-1 character logs in (302) and writes nothing of it to the log", async () => {
    for (const redirectTo of ["/dashboard\nFORGED log line", "/dashboard\r\nFORGED", "/plans/FORGED-ऄ"]) {
      const response = await login({ email: people.colleague.email, password: TEST_PASSWORD, redirectTo });
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(response.headers.get("Location")).toMatch(/^\/(dashboard|plans\/FORGED-%E0%A4%84)$/);
    }
    expect(server.output()).not.toContain("FORGED");
  });
});

describe("password attempts counted before the password is checked", () => {
  it("80 simultaneous wrong passwords for one account: at most 10 get as far as the check, the rest 429", async () => {
    const answers = await Promise.all(
      Array.from({ length: 80 }, (_, i) => login({ email: people.supervisor.email, password: "wrong password!" }, { "X-Forwarded-For": `10.20.${i}.1` })),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_FAILURE_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(80 - LOGIN_FAILURE_LIMIT);
    expect(await answers.find((r) => r.status === 429)!.text()).toContain(uiEn.login.tooMany);
  }, 60_000);
});

describe("nothing of a plan stays in the browser", () => {
  it("the .data answers behind client navigation are no-store", async () => {
    for (const path of ["/dashboard.data", `/plans/${planId}.data`, `/plans/${planId}/sections/people.data`]) {
      const response = await fetch(server.baseUrl + path, { headers: { Cookie: cookie } });
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain(path === "/dashboard.data" ? "Wren" : planId);
      expect(response.headers.get("Cache-Control"), path).toBe("no-store");
    }
  });

  it("Quick exit sends Clear-Site-Data and no-store", async () => {
    const own = await logIn(server.baseUrl, people.colleague.email, TEST_PASSWORD, { "X-Forwarded-For": "10.30.0.1" });
    const response = await fetch(`${server.baseUrl}/quick-exit`, { method: "POST", redirect: "manual", headers: { Cookie: own, Origin: server.baseUrl } });
    expect(response.status).toBe(302);
    expect(response.headers.get("Clear-Site-Data")).toBe('"cache", "storage"');
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("the session cookie ends with the browser: no Max-Age, no Expires", async () => {
    const response = await login({ email: people.colleague.email, password: TEST_PASSWORD }, { "X-Forwarded-For": "10.30.0.2" });
    const setCookie = response.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/^spb_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);
  });
});

describe("behind a proxy that rewrites Host", () => {
  // The cross-site check comes first, so no session is needed: a POST it lets through is sent to the login page.
  const throughProxy = (baseUrl: string) =>
    fetch(`${baseUrl}/youth/new`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: "https://plans.example.org",
        "Sec-Fetch-Site": "same-origin",
        "X-Forwarded-Host": "plans.example.org",
        "X-Forwarded-Proto": "https",
      },
      body: new URLSearchParams({ chosenName: "Proxied", preferredLanguage: "en" }),
    });

  it("accepts a same-origin POST when the trusted proxy says which host the browser asked for", async () => {
    const response = await throughProxy(server.baseUrl);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login");
  });

  it("logs in through that proxy, with the __Host- cookie", async () => {
    const https = await logIn(server.baseUrl, people.colleague.email, TEST_PASSWORD, { "X-Forwarded-Proto": "https", Origin: "https://plans.example.org", "X-Forwarded-Host": "plans.example.org" });
    expect(https).toMatch(/^__Host-spb_session=/);
  });

  it("ignores X-Forwarded-Host from a proxy that is not trusted (TRUST_PROXY names another)", async () => {
    const untrusting = await startServer(await freePort(), join(scratchDirectory("untrusting"), "plans.db"), { TRUST_PROXY: "10.99.99.99" });
    try {
      const response = await throughProxy(untrusting.baseUrl);
      expect(response.status).toBe(403);
      expect(await response.text()).toBe(uiEn.refusals.crossSite);
    } finally {
      await stopServer(untrusting);
    }
  }, 60_000);
});
