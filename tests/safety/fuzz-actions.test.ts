import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECTION_IDS } from "../../templates/csecy-safety-plan";
import { uiEn } from "../../app/i18n/ui.en";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { saveVersion } from "../../app/models/version.server";
import { MAX_REQUEST_BODY_BYTES } from "../../app/server/request-body.server";
import { makeAgencies } from "../setup/fixtures";
import { encodeBody, fuzzCase, pathSegment, type Field, type FuzzCase } from "../setup/fuzz-requests";
import { cookieFor } from "../setup/handler";
import { startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { freePort } from "../setup/free-port";
import { fetchOnOwnConnection } from "../setup/own-connection";

/*
 * Every action of the app, found in the built server's route manifest (so routes added later are
 * fuzzed without editing this file), gets FUZZ_RUNS generated bad requests through the real
 * server: no 5xx, a message for the user where a form could have caused it, and the database
 * unchanged by every request that was refused.
 */
const PORT = await freePort();
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const databasePath = process.env.DATABASE_PATH!;

const build = (await import(pathToFileURL(resolve("build/index.js")).href)) as ServerBuild;

/** The URL pattern of a route: its own path after its parents'. */
function pattern(id: string): string {
  const route = build.routes[id]!;
  const parent = route.parentId ? pattern(route.parentId) : "";
  return [parent, route.path ?? ""].filter(Boolean).join("/");
}

const actionRoutes = Object.values(build.routes)
  .filter((r) => r.module.action)
  .map((r) => ({ id: r.id, pattern: `/${pattern(r.id)}`.replace(/\?/g, ""), hasLoader: Boolean(r.module.loader) }));

const paramNames = (p: string) => [...p.matchAll(/:(\w+)/g)].map((m) => m[1]!).concat(p.endsWith("*") ? ["*"] : []);
const fill = (p: string, params: Record<string, string>) =>
  p.replace(/:(\w+)/g, (_, name: string) => pathSegment(params[name]!)).replace(/\*$/, () => pathSegment(params["*"]!));

/** Tables whose content a refused request must not change (audit rows and session touches may). */
const GUARDED = {
  organizations: "*",
  users: "*",
  youth: "*",
  care_team: "*",
  plans: "*",
  plan_versions: "*",
  follow_ups: "*",
  sessions: "id, user_id, created_at",
} as const;

/** The server's resident memory may grow with its caches, never without bound. */
const MEMORY_CEILING_MB = 1024;
const residentMegabytes = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, "utf8"))![1]) / 1024;

let server: ServerProcess;
let reader: Database.Database;
let cookie: string;
let mintCookie: () => Promise<string>;
const valid: Record<string, string[]> = {};
const totals = { sent: 0, fiveHundreds: 0, byStatus: {} as Record<number, number> };

function contentHash(): string {
  const hash = createHash("sha256");
  for (const [table, columns] of Object.entries(GUARDED)) {
    const exists = reader.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table);
    if (exists) hash.update(table + JSON.stringify(reader.prepare(`select ${columns} from ${table} order by rowid`).raw().all()));
  }
  return hash.digest("hex");
}

/** The fields of the page's post forms, as a browser would submit them unchanged. */
function formFields(html: string): Field[] {
  const fields: Field[] = [];
  for (const m of html.matchAll(/<(input|textarea|select)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (!name) continue;
    const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
    if (type === "submit" || type === "button") continue;
    const value = /\bvalue="([^"]*)"/.exec(attrs)?.[1] ?? (type === "checkbox" ? "on" : "");
    fields.push([name, value.replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  }
  return fields;
}

beforeAll(async () => {
  const people = await makeAgencies();
  const { planId } = createYouthWithPlan(people.provider, { chosenName: "Fuzzy", preferredLanguage: "en" });
  saveVersion(people.provider, planId, "first", 0);
  Object.assign(valid, { planId: [planId], sectionId: [...SECTION_IDS], number: ["1"] });
  mintCookie = () => cookieFor(people.provider);
  cookie = await mintCookie();
  server = await startServer(PORT, databasePath);
  reader = new Database(databasePath, { readonly: true });
}, 60_000);

afterAll(async () => {
  reader?.close();
  if (server) await stopServer(server, "SIGKILL");
  console.log(`fuzz: ${totals.sent} requests to ${actionRoutes.length} actions, ${totals.fiveHundreds} with status 5xx; statuses ${JSON.stringify(totals.byStatus)}`);
});

async function send(path: string, c: FuzzCase): Promise<{ status: number; html: string; location: string; clearsCookie: boolean }> {
  const { body, contentType } = encodeBody(c.fields, c.body, MAX_REQUEST_BODY_BYTES);
  const headers: Record<string, string> = {};
  if (contentType) headers["Content-Type"] = contentType;
  if (c.cookie === "valid") headers.Cookie = cookie;
  if (c.cookie === "garbage") headers.Cookie = "spb_session=" + "A".repeat(300) + "; other=\u00ff".replace(/[^\x20-\x7e]/g, "x");
  // On its own connection: a pooled one the server closed as idle fails the POST whatever the server would answer.
  const response = await fetchOnOwnConnection(`${server.baseUrl}${path}`, { method: "POST", headers, body }).catch((error: Error) => {
    throw new Error(`${path}: ${error.message}; the server logged: ${server.stderr().slice(-2000)}`);
  });
  const html = await response.text();
  return {
    status: response.status,
    html,
    location: response.headers.get("Location") ?? "",
    clearsCookie: /Max-Age=0/i.test(response.headers.get("Set-Cookie") ?? ""),
  };
}

describe("fuzzing every action", () => {
  it("finds the actions in the route manifest", () => {
    expect(actionRoutes.map((r) => r.pattern)).toEqual(
      expect.arrayContaining(["/login", "/logout", "/youth/new", "/plans/:planId/sections/:sectionId", "/plans/:planId/review", "/plans/:planId/versions/:number"]),
    );
  });

  it("refuses at once a field with a list index no form has (it once cost gigabytes of memory)", async () => {
    const response = await fetch(`${server.baseUrl}/plans/${valid.planId![0]}/sections/people`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: "revision=1&items%5B1000000%5D.nickname=x",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(uiEn.refusals.tooManyEntries);
    expect(residentMegabytes()).toBeLessThan(MEMORY_CEILING_MB);
  });

  for (const route of actionRoutes) {
    it(`${route.pattern}: ${RUNS} bad requests, no 5xx, nothing changed by a refused one`, async () => {
      const names = paramNames(route.pattern);
      // The form as the page offers it, for every valid way to fill the URL.
      const baselines: Field[][] = [];
      const examples = names.reduce<Record<string, string>[]>((acc, n) => acc.flatMap((p) => (valid[n] ?? ["x"]).map((v) => ({ ...p, [n]: v }))), [{}]);
      for (const params of examples) {
        if (!route.hasLoader) break;
        const page = await fetch(`${server.baseUrl}${fill(route.pattern, params)}`, { headers: { Cookie: cookie } });
        baselines.push(formFields(await page.text()));
      }
      if (baselines.length === 0) baselines.push([]);
      const arbitrary = fc.nat({ max: baselines.length - 1 }).chain((i) => fuzzCase(names, valid, baselines[i]!));

      await fc.assert(
        fc.asyncProperty(arbitrary, async (c) => {
          const path = fill(route.pattern, c.params);
          const before = contentHash();
          const { status, html, location, clearsCookie } = await send(path, c);
          totals.sent += 1;
          totals.byStatus[status] = (totals.byStatus[status] ?? 0) + 1;
          if (status >= 500) totals.fiveHundreds += 1;
          expect(status, `${path} answered ${status} to a ${c.body} body; the server logged: ${server.stderr().slice(-400)}`).toBeLessThan(500);
          // A redirect is a save, except the one to the login page that requireActor answers a
          // request without a session with (plain /login for a record's page). Logging out also
          // lands on /login, and ends the session: that one is a change.
          const toLogin = location.startsWith("/login?") || (location === "/login" && c.cookie !== "valid");
          const saved = status >= 300 && status < 400 && !toLogin;
          if (!saved) expect(contentHash(), `${path} (${status}) changed the database`).toBe(before);
          // What a person on the page could send: their session, a form body, a real URL, and no
          // hand-made `__intent__` (the pages' list buttons send those, and get 200, not 400).
          const userCouldSend =
            c.cookie === "valid" &&
            (c.body === "urlencoded" || c.body === "multipart") &&
            names.every((n) => valid[n]?.includes(c.params[n]!)) &&
            !c.fields.some(([name]) => name === "__intent__");
          if (status === 400 && userCouldSend) {
            // Something on the page says what was wrong: an error at a field, or a message.
            expect(html, `${path} answered 400 without a message: ${/<main[\s\S]*<\/main>/.exec(html)?.[0].slice(-1500)}`).toMatch(/class="field-errors"[^>]*><ul><li>[^<]|role="alert"[^>]*>[^<]|role="alert" class="notice error">/);
          }
          if (clearsCookie) cookie = await mintCookie();
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      // No request may make the server hoard memory (see the list-index test above).
      expect(residentMegabytes()).toBeLessThan(MEMORY_CEILING_MB);
    }, 600_000);
  }
});
