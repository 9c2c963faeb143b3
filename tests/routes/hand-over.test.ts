import { beforeAll, describe, expect, it } from "vitest";
import { uiEn } from "../../app/i18n/ui.en";
import { LOGIN_FAILURE_LIMIT } from "../../app/web/login-throttle.server";
import { db } from "../../app/models/db.server";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, get, html, post } from "../setup/handler";
import { appRoutes, fillParams, type AppRoute } from "../setup/route-manifest";

/*
 * The hand-over lock is bound to one plan: with the screen handed to the youth for plan A's
 * together view, every route of every other plan (its together pages included), and every other
 * page of plan A, asks for the provider's password first, GET and POST alike, and changes nothing.
 */

let handle: (request: Request) => Promise<Response>;
let routes: AppRoute[];
let people: Awaited<ReturnType<typeof makeAgencies>>;
let handedOver: { planId: string; youthId: string };
let other: { planId: string; youthId: string };
let cookie: string;

/** Every table but the audit trail and session bookkeeping. */
function contentSnapshot(): string {
  const tables = db.$client.prepare("select name from sqlite_master where type = 'table' and name not in ('audit_events', 'audit_head', 'sqlite_sequence', 'sessions') order by name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => db.$client.prepare(`select * from "${name}"`).all()));
}

function request(route: AppRoute, method: "GET" | "POST", planId: string, youthId: string): Request {
  const path = fillParams(route.pattern, { planId, youthId, sectionId: "people", number: "1", userId: people.colleague.id }, planId);
  const query = route.pattern.endsWith("/pdf") ? "?copy=youth" : "";
  if (method === "GET") return get(path + query, cookie);
  return post(path + query, { revision: "2", intent: "hand-over", note: "n", confirm: "DELETE", password: TEST_PASSWORD }, cookie);
}

const asksForPassword = (response: Response) => response.status === 302 && (response.headers.get("Location") ?? "").startsWith("/unlock?");

beforeAll(async () => {
  handle = await appHandler();
  routes = await appRoutes();
  people = await makeAgencies();
  handedOver = makeRecord(people.provider, "Robin");
  other = makeRecord(people.provider, "Kit");
  cookie = await cookieFor(people.provider);
  const handOver = await handle(post(`/plans/${handedOver.planId}/together`, { intent: "hand-over" }, cookie));
  expect(handOver.status).toBe(302);
});

describe("the hand-over lock", () => {
  const planRoutes = () => routes.filter((r) => r.pattern.startsWith("/plans/:planId"));

  it("opens the together pages of the plan it was handed over for", async () => {
    for (const path of [`/plans/${handedOver.planId}/together`, `/plans/${handedOver.planId}/together/people`]) {
      const response = await handle(get(path, cookie));
      expect(response.status, path).toBe(200);
      expect(await html(response)).toContain("Robin");
    }
  });

  it("asks for the password on every route of every other plan, GET and POST, and changes nothing", async () => {
    expect(planRoutes().length).toBeGreaterThanOrEqual(10);
    const opened: string[] = [];
    for (const route of planRoutes()) {
      for (const method of ["GET", "POST"] as const) {
        const before = contentSnapshot();
        const response = await handle(request(route, method, other.planId, other.youthId));
        const body = await response.text();
        const refused = asksForPassword(response) || ((method === "GET" ? !route.hasLoader : !route.hasAction) && [400, 405].includes(response.status));
        if (!refused || body.includes("Kit") || contentSnapshot() !== before) opened.push(`${method} ${route.pattern}: ${response.status}`);
      }
    }
    expect(opened).toEqual([]);
  }, 60_000);

  it("asks for the password on every page of the handed-over plan but its together pages", async () => {
    const opened: string[] = [];
    for (const route of planRoutes().filter((r) => r.hasLoader && !r.pattern.includes("/together"))) {
      const response = await handle(request(route, "GET", handedOver.planId, handedOver.youthId));
      await response.arrayBuffer();
      if (!asksForPassword(response)) opened.push(`GET ${route.pattern}: ${response.status}`);
    }
    expect(opened).toEqual([]);
  });

  it("limits password guesses on the unlock page: the 11th within a minute gets 429, even with the right password", async () => {
    const attempt = (password: string) => handle(post("/unlock", { password, redirectTo: "/dashboard" }, cookie));
    const wrong = await Promise.all(Array.from({ length: LOGIN_FAILURE_LIMIT + 5 }, () => attempt("not the password!")));
    expect(wrong.map((r) => r.status).sort()).toEqual([...Array(LOGIN_FAILURE_LIMIT).fill(401), ...Array(5).fill(429)]);
    const right = await attempt(TEST_PASSWORD);
    expect(right.status).toBe(429);
    expect(await html(right)).toContain(uiEn.login.tooMany);
    // Still handed over: the limit did not unlock anything.
    expect(asksForPassword(await handle(get(`/plans/${other.planId}`, cookie)))).toBe(true);
  });

  it("unlocks with the password (another provider, not limited) and goes back where the provider wanted, same-origin only", async () => {
    const { planId } = makeRecord(people.colleague, "Ash");
    const colleague = await cookieFor(people.colleague);
    expect((await handle(post(`/plans/${planId}/together`, { intent: "hand-over" }, colleague))).status).toBe(302);
    expect(asksForPassword(await handle(get(`/plans/${planId}`, colleague)))).toBe(true);
    const unlocked = await handle(post("/unlock", { password: TEST_PASSWORD, redirectTo: "/%09/evil.example" }, colleague));
    expect(unlocked.status).toBe(302);
    expect(unlocked.headers.get("Location")).toBe("/dashboard");
    expect((await handle(get(`/plans/${planId}`, colleague))).status).toBe(200);
  });
});
