import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/models/actor";
import { createUser } from "../../app/models/user.server";
import { db, schema } from "../../app/models/db.server";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, url } from "../setup/handler";
import { appRoutes, fillParams, type AppRoute } from "../setup/route-manifest";

/*
 * Every route of the built app (from its route manifest) × every kind of actor × GET and POST.
 * Where an actor may not reach a route, the answer must be a refusal (404/403, audited as
 * access_denied for that actor; 405 where the route has no such method; the login page for
 * someone not signed in) and the database must not change. Routes added later are walked the
 * same way: their :params are filled with the fixture record's ids.
 */

type ActorName = "anonymous" | "provider" | "colleague" | "supervisor" | "admin" | "outsider" | "outsiderSupervisor" | "outsiderAdmin";
type Method = "GET" | "POST";

/** Pages for anyone, signed in or not (logging out without a session does nothing). */
// The language switch, quick exit and the neutral page it leads to must work for anyone, signed in or not; so must
// the neutral page where a youth's phone joins with a code.
const PUBLIC = new Set(["/", "/login", "/logout", "/healthz", "/favicon.ico", "/favicon.svg", "/language", "/quick-exit", "/weather", "/join"]);

/** Who may use a route: the app's access rules, written out independently of its code. */
function mayReach(actor: ActorName, route: AppRoute, method: Method): boolean {
  const p = route.pattern;
  if (PUBLIC.has(p)) return true;
  if (actor === "anonymous") return false;
  // A youth's joined phone's own pages (decision 081): no session of this matrix opens them.
  if (p === "/j" || p.startsWith("/j/")) return false;
  if (p.startsWith("/plans/:planId")) {
    const rest = p.slice("/plans/:planId".length);
    if (rest === "/concern") return actor === "supervisor";
    if (rest === "/team") return actor === "provider" || actor === "supervisor";
    const editPage = rest === "/review" || rest === "/follow-up" || rest.startsWith("/sections/") || rest.startsWith("/together");
    if (method === "GET" && !editPage) return actor === "provider" || actor === "supervisor";
    return actor === "provider";
  }
  // The export file opens only with a single-use ticket from the export form's POST, which the walk has not.
  if (p === "/youth/:youthId/export/file") return false;
  if (p.startsWith("/youth/:youthId")) {
    if (p === "/youth/:youthId/audit" && method === "GET") return actor === "admin" || actor === "supervisor";
    return actor === "admin";
  }
  if (p.startsWith("/admin/users/:userId")) return actor === "admin";
  if (p.startsWith("/admin")) return actor === "admin" || actor === "outsiderAdmin";
  if (p === "/review") return actor === "supervisor" || actor === "outsiderSupervisor";
  if (p === "/youth/new") return !actor.toLowerCase().includes("admin");
  // A due list in full: for those who hold youth (what it lists is scoped by the models).
  if (p === "/follow-ups/:bucket") return method === "GET" && !actor.toLowerCase().includes("admin");
  // Any other page without a record in its URL (dashboard, log-out, keep-alive, later additions)
  // is for everyone signed in; what it shows is scoped by the models.
  return true;
}

let handle: (request: Request) => Promise<Response>;
let routes: AppRoute[];
let ids: Record<string, string>;
const actors = {} as Record<Exclude<ActorName, "anonymous">, Actor>;
const cookies = {} as Record<ActorName, string | undefined>;

beforeAll(async () => {
  handle = await appHandler();
  routes = await appRoutes();
  const people = await makeAgencies();
  const [outsiderSupervisor, outsiderAdmin] = await Promise.all(
    (["supervisor", "admin"] as const).map((role) =>
      createUser({ orgId: people.otherOrgId, email: `outsider-${role}@test.local`, displayName: `outsider ${role}`, role, password: TEST_PASSWORD }),
    ),
  );
  const { provider, colleague, supervisor, admin, outsider } = people;
  Object.assign(actors, { provider, colleague, supervisor, admin, outsider, outsiderSupervisor, outsiderAdmin });
  const record = makeRecord(people.provider);
  ids = { planId: record.planId, youthId: record.youthId, userId: people.colleague.id, sectionId: "people", number: "1", bucket: "overdue" };
  for (const name of Object.keys(actors) as (keyof typeof actors)[]) cookies[name] = await cookieFor(actors[name]);
});

const deniedCount = (actor: Actor) =>
  db.select({ n: count() }).from(schema.auditEvents).where(and(eq(schema.auditEvents.action, "access_denied"), eq(schema.auditEvents.userId, actor.id))).get()!.n;

/** Every table but the audit trail and session bookkeeping. */
function contentSnapshot(): string {
  const tables = db.$client.prepare("select name from sqlite_master where type = 'table' and name not in ('audit_events', 'audit_head', 'sqlite_sequence', 'sessions') order by name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => db.$client.prepare(`select * from "${name}"`).all()));
}

function request(route: AppRoute, method: Method, cookie: string | undefined): Request {
  const path = fillParams(route.pattern, ids, ids.planId!) + (route.pattern.endsWith("/pdf") ? "?copy=provider" : "");
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  if (method === "GET") return new Request(url(path), { headers });
  const body = new URLSearchParams({ revision: "1", intent: "disable", userId: ids.userId!, note: "n", confirm: "DELETE", chosenName: "M", preferredLanguage: "en", password: TEST_PASSWORD });
  return new Request(url(path), { method, headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, body });
}

describe("access matrix", () => {
  it("refuses every actor every route they may not reach, audits each refusal and changes nothing", async () => {
    const successes: string[] = [];
    const unaudited: string[] = [];
    let refused = 0;
    let walked = 0;
    for (const route of routes) {
      for (const method of ["GET", "POST"] as const) {
        for (const name of ["anonymous", ...Object.keys(actors)] as ActorName[]) {
          if (mayReach(name, route, method)) continue;
          walked++;
          const actor = name === "anonymous" ? undefined : actors[name];
          const before = contentSnapshot();
          const deniedBefore = actor ? deniedCount(actor) : 0;
          const response = await handle(request(route, method, cookies[name]));
          await response.arrayBuffer();
          const cell = `${method} ${route.pattern} as ${name}: ${response.status}`;
          // A record's page sends to a plain /login (its address names no plan or youth); others say where to come back.
          const location = response.headers.get("Location") ?? "";
          const toLogin = response.status === 302 && (location === "/login" || location.startsWith("/login?"));
          // Remix answers 405 (or 400 for a GET) where a route has no handler for the method.
          const noSuchMethod = (method === "GET" ? !route.hasLoader : !route.hasAction) && (response.status === 405 || response.status === 400);
          const refusal = response.status === 404 || response.status === 403 || noSuchMethod || (name === "anonymous" && toLogin);
          if (!refusal || contentSnapshot() !== before) successes.push(cell);
          else refused++;
          if (actor && (response.status === 404 || response.status === 403) && deniedCount(actor) !== deniedBefore + 1) unaudited.push(cell);
        }
      }
    }
    expect(successes).toEqual([]);
    expect(unaudited).toEqual([]);
    expect(refused).toBe(walked);
    expect(walked).toBeGreaterThan(routes.length * 4);
  }, 60_000);

  it("lets each actor reach the pages the rules allow (the walk above is not refusing everything)", async () => {
    const refusedAllowed: string[] = [];
    for (const route of routes.filter((r) => r.hasLoader)) {
      for (const name of Object.keys(actors) as (keyof typeof actors)[]) {
        if (!mayReach(name, route, "GET") || PUBLIC.has(route.pattern)) continue;
        const response = await handle(request(route, "GET", cookies[name]));
        await response.arrayBuffer();
        const fine = response.status === 200 || (response.status === 302 && !response.headers.get("Location")?.startsWith("/login"));
        if (!fine) refusedAllowed.push(`GET ${route.pattern} as ${name}: ${response.status}`);
      }
    }
    expect(refusedAllowed).toEqual([]);
  }, 60_000);
});
