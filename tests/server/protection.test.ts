import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/models/db.server";
import { joinAsYouthDevice } from "../../app/web/auth.server";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { appRoutes, fillParams, type AppRoute } from "../setup/route-manifest";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { freePort } from "../setup/free-port";

let server: ServerProcess;
let people: Awaited<ReturnType<typeof makeAgencies>>;
let record: ReturnType<typeof makeRecord>;
let routes: AppRoute[];
const cookies: Record<"provider" | "supervisor" | "admin" | "phone", string> = { provider: "", supervisor: "", admin: "", phone: "" };

/** Query strings a route needs to answer with its content rather than a 400. */
const QUERIES: Record<string, string> = { "routes/plans.$planId.versions.$number.pdf": "?copy=youth" };

beforeAll(async () => {
  people = await makeAgencies();
  record = makeRecord(people.provider);
  routes = await appRoutes();
  server = await startServer(await freePort());
  for (const role of ["provider", "supervisor", "admin"] as const) cookies[role] = await logIn(server.baseUrl, people[role].email, TEST_PASSWORD);
  // A youth's phone joined to the record's plan, for its own pages (/j…), which open for nothing else.
  const joined = await joinAsYouthDevice(new Request(`${server.baseUrl}/join`), people.provider.id, record.planId);
  cookies.phone = joined.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server);
});

const urlOf = (route: AppRoute) =>
  server.baseUrl + fillParams(route.pattern, { planId: record.planId, youthId: record.youthId, userId: people.colleague.id, sectionId: "people", number: "1", bucket: "overdue" }, record.planId) + (QUERIES[route.id] ?? "");

/** The cookie of the actor a route is for, so the walk sees each page's real content and headers. */
const cookieFor = (route: AppRoute) =>
  /^\/j(\/|$)/.test(route.pattern)
    ? cookies.phone
    : route.pattern.startsWith("/admin") || route.pattern.startsWith("/youth/:youthId")
    ? cookies.admin
    : route.pattern === "/review" || route.pattern.endsWith("/concern")
      ? cookies.supervisor
      : cookies.provider;

/** Every row of every table (but the `except` ones), to prove that a request changed nothing at all. */
function snapshot(except: string[] = []): Record<string, string> {
  const tables = db.$client.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
  return Object.fromEntries(
    tables.filter(({ name }) => !except.includes(name)).map(({ name }) => [name, JSON.stringify(db.$client.prepare(`select * from "${name}"`).all())]),
  );
}

describe("headers on every route", () => {
  it("sends an enforced CSP with a fresh nonce that the page's scripts carry, and the other protective headers", async () => {
    const seen = new Set<string>();
    for (const route of routes) {
      const response = await fetch(urlOf(route), { headers: { Cookie: cookieFor(route) }, redirect: "manual" });
      const csp = response.headers.get("content-security-policy");
      expect(csp, route.id).toBeTruthy();
      expect(response.headers.get("content-security-policy-report-only"), route.id).toBeNull();
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) expect(csp, route.id).toContain(directive);
      expect(csp, route.id).not.toContain("unsafe-inline");
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp!)?.[1];
      expect(nonce, route.id).toBeTruthy();
      expect(seen.has(nonce!), `${route.id}: nonce reused`).toBe(false);
      seen.add(nonce!);
      expect(response.headers.get("x-content-type-options"), route.id).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), route.id).toBe("no-referrer");
      expect(response.headers.get("strict-transport-security"), `${route.id}: no HSTS over plain HTTP`).toBeNull();
      const type = response.headers.get("content-type") ?? "";
      if (response.status === 200 && /html|pdf|json/.test(type)) {
        expect(response.headers.get("cache-control"), route.id).toBe("no-store");
      }
      if (type.includes("html")) {
        const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
        expect(scripts.length, route.id).toBeGreaterThan(0);
        for (const attributes of scripts) {
          if (/\bsrc=/.test(attributes)) continue;
          expect(attributes, `${route.id}: inline script without the nonce`).toContain(`nonce="${nonce}"`);
        }
      } else {
        await response.arrayBuffer();
      }
    }
    expect(seen.size).toBe(routes.length);
  }, 60_000);

  it("sends the same protective headers on a page that does not exist and on a static asset", async () => {
    const missing = await fetch(`${server.baseUrl}/no/such/page`, { headers: { Cookie: cookies.provider } });
    const asset = /href="(\/build\/[^"]+\.css)"/.exec(await missing.text())![1]!;
    const stylesheet = await fetch(server.baseUrl + asset);
    for (const response of [missing, stylesheet]) {
      expect(response.headers.get("content-security-policy")).toContain("object-src 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    }
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
    expect(stylesheet.status).toBe(200);
    await stylesheet.arrayBuffer();
  });

  it("walks pages that answer with their content, not only redirects and refusals", async () => {
    const notShown: string[] = [];
    for (const route of routes.filter((r) => r.hasLoader)) {
      const response = await fetch(urlOf(route), { headers: { Cookie: cookieFor(route) }, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) notShown.push(`${route.id} ${response.status}`);
    }
    // Only the routes that send a signed-in user elsewhere by design, and the export file, which opens only with a ticket from its form's POST.
    expect(notShown.sort()).toEqual([
      "routes/_index 302",
      "routes/favicon[.]ico 301",
      "routes/language 302",
      "routes/login 302",
      "routes/login_.code 302",
      "routes/logout 302",
      "routes/quick-exit 302",
      "routes/youth.$youthId.export_.file 404",
    ]);
  }, 60_000);

  it("sends HSTS and a __Host- prefixed Secure cookie when a trusted proxy says the request came over HTTPS", async () => {
    const https = { "X-Forwarded-Proto": "https" };
    const page = await fetch(`${server.baseUrl}/login`, { headers: https });
    expect(page.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    const login = await fetch(`${server.baseUrl}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { ...https, "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl.replace("http:", "https:") },
      body: new URLSearchParams({ email: people.colleague.email, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(302);
    expect(login.headers.get("set-cookie")).toMatch(/^__Host-spb_session=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    expect((await fetch(`${server.baseUrl}/dashboard`, { headers: { ...https, Cookie: cookie }, redirect: "manual" })).status).toBe(200);
    // The same token under the plain name is not read over HTTPS: only the prefixed cookie counts there.
    const plain = cookie.replace("__Host-", "");
    expect((await fetch(`${server.baseUrl}/dashboard`, { headers: { ...https, Cookie: plain }, redirect: "manual" })).status).toBe(302);
  });
});

describe("cross-site writes", () => {
  const FORM = {
    revision: "0",
    intent: "disable",
    userId: "",
    note: "consult",
    confirm: "DELETE",
    chosenName: "Cross-site",
    preferredLanguage: "en",
    email: "",
    password: TEST_PASSWORD,
  };
  const refusals: [string, Record<string, string>][] = [
    ["a foreign Origin", { Origin: "https://evil.example" }],
    ["a foreign Origin that claims same-origin", { Origin: "https://evil.example", "Sec-Fetch-Site": "same-origin" }],
    ["Sec-Fetch-Site cross-site", { "Sec-Fetch-Site": "cross-site" }],
    ["Sec-Fetch-Site same-site (a sibling host)", { "Sec-Fetch-Site": "same-site", Origin: "http://other.127.0.0.1.example" }],
    ["Origin null without Sec-Fetch-Site", { Origin: "null" }],
    ["Origin null from another site", { Origin: "null", "Sec-Fetch-Site": "cross-site" }],
  ];

  it.each(refusals)("refuses every action with %s (403), changing nothing", async (_, headers) => {
    const actions = routes.filter((r) => r.hasAction);
    expect(actions.length).toBeGreaterThanOrEqual(10);
    const before = snapshot();
    for (const route of actions) {
      const response = await fetch(urlOf(route), {
        method: "POST",
        redirect: "manual",
        headers: { ...headers, Cookie: cookieFor(route), "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ ...FORM, userId: people.colleague.id, email: people.provider.email }),
      });
      expect(response.status, route.id).toBe(403);
      expect(await response.text()).toBe("This request came from another site and was refused.");
    }
    expect(snapshot()).toEqual(before);
  }, 60_000);

  it("refuses in Spanish, as plain text, when the interface is in Spanish", async () => {
    const response = await fetch(`${server.baseUrl}/youth/new`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: "https://evil.example", Cookie: `${cookies.provider}; spb_lang=ImVzIg%3D%3D`, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(FORM),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("Content-Language")).toBe("es");
    expect(await response.text()).toBe("Esta solicitud vino de otro sitio y no se aceptó.");
  });

  it("accepts the same form from this site, including Chromium's Origin: null under no-referrer", async () => {
    const before = snapshot();
    const response = await fetch(`${server.baseUrl}/youth/new`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: "null", "Sec-Fetch-Site": "same-origin", Cookie: cookies.provider, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(FORM),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/plans\//);
    expect(snapshot()).not.toEqual(before);
    const own = await fetch(`${server.baseUrl}/youth/new`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.baseUrl, "Sec-Fetch-Site": "same-origin", Cookie: cookies.provider, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(FORM),
    });
    expect(own.status).toBe(302);
  });

  it("changes nothing on GET: walking every page leaves every table as it was, apart from the audit of the views", async () => {
    // The audit records the views; a session's last-seen time is its own bookkeeping, and so is
    // the time /healthz last proved the database can write.
    const withoutAudit = () => snapshot(["audit_events", "audit_head", "sqlite_sequence", "sessions", "storage_probe"]);
    const before = withoutAudit();
    for (const route of routes.filter((r) => r.hasLoader)) {
      const response = await fetch(urlOf(route), { headers: { Cookie: cookieFor(route) }, redirect: "manual" });
      await response.arrayBuffer();
    }
    expect(withoutAudit()).toEqual(before);
    expect(server.output()).not.toMatch(/Error/);
  }, 60_000);
});
