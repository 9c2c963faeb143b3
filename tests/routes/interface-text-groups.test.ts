import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { Secret, TOTP } from "otpauth";
import { beforeAll, describe, expect, it } from "vitest";
import { uiTexts } from "../../app/i18n/ui";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, get, html, LANGUAGE_COOKIE, post } from "../setup/handler";
import { appRoutes, fillParams, type AppRoute } from "../setup/route-manifest";

/*
 * The interface texts come in groups (app/i18n/ui.ts); a page's routes declare the groups it shows
 * (`handle = usesUi(…)`), and the browser loads only those before it hydrates. A component showing
 * a group its page does not declare fails the render on the server as in the browser, so this walk
 * of every page of the built app, in English and in Spanish, fails on a group missing from a route's
 * handle (a 500, and the console error fails the test too). Each page names its declared groups on
 * <body data-ui-groups>, which is what the browser loads.
 */

type Language = "en" | "es";

let handle: (request: Request) => Promise<Response>;
let pages: AppRoute[];
let declared: Map<string, string[]>;
/** How each page is opened: the session that may see it (a cookie), the params of its address. */
let sessions: Record<"anonymous" | "provider" | "supervisor" | "admin" | "handedOver" | "pendingCode" | "phone", string>;
let ids: Record<string, string>;

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");

/** A provider who enrolled an authenticator app, half-way through a login: the page asking for the code. */
async function pendingCodeSession(email: string): Promise<string> {
  const login = () => handle(post("/login", { email, password: TEST_PASSWORD }));
  const enrolling = cookieOf(await login());
  const key = /data-testid="totp-key">([A-Z2-7 ]+)</.exec(await html(await handle(get("/account/two-factor", enrolling))))![1]!;
  const code = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(key.replace(/\s/g, "")) }).generate();
  expect((await handle(post("/account/two-factor", { code }, enrolling))).status).toBe(200);
  const second = await login();
  expect(second.headers.get("Location")).toMatch(/^\/login\/code/);
  return cookieOf(second);
}

/** A youth's phone joined to the plan's together view with a code the provider made. */
async function phoneSession(planId: string, provider: string): Promise<string> {
  const invited = await html(await handle(post(`/plans/${planId}/together`, { intent: "invite" }, provider)));
  const code = /data-testid="join-code">([A-Z0-9 ]+)</.exec(invited)![1]!;
  const joined = await handle(post("/join", { checked: "1", code }));
  expect(joined.headers.get("Location")).toBe("/j");
  return cookieOf(joined);
}

beforeAll(async () => {
  handle = await appHandler();
  pages = (await appRoutes()).filter((route) => route.hasPage);
  const build = (await import(pathToFileURL(resolve("build/index.js")).href)) as ServerBuild;
  declared = new Map(pages.map((route) => [route.id, [...((build.routes[route.id]!.module.handle as { uiGroups?: string[] } | undefined)?.uiGroups ?? [])].sort()]));
  const people = await makeAgencies();
  const record = makeRecord(people.provider);
  const handedOverPlan = makeRecord(people.provider, "Kit").planId;
  ids = { planId: record.planId, youthId: record.youthId, userId: people.colleague.id, sectionId: "people", number: "1", bucket: "overdue" };
  const provider = await cookieFor(people.provider);
  const handedOver = await cookieFor(people.provider);
  expect((await handle(post(`/plans/${handedOverPlan}/together`, { intent: "hand-over" }, handedOver))).status).toBe(302);
  sessions = {
    anonymous: "",
    provider,
    supervisor: await cookieFor(people.supervisor),
    admin: await cookieFor(people.admin),
    handedOver,
    pendingCode: await pendingCodeSession(people.colleague.email),
    phone: await phoneSession(record.planId, provider),
  };
});

/** Who opens each page: written out, so a page added later fails here until it is given one. */
function sessionFor(pattern: string): keyof typeof sessions {
  if (["/login", "/join", "/weather"].includes(pattern)) return "anonymous";
  if (pattern === "/login/code") return "pendingCode";
  if (pattern === "/unlock") return "handedOver";
  if (pattern === "/j" || pattern.startsWith("/j/")) return "phone";
  if (pattern === "/review" || pattern === "/plans/:planId/concern") return "supervisor";
  if (pattern.startsWith("/admin") || pattern.startsWith("/youth/:youthId")) return "admin";
  if (pattern.startsWith("/plans/:planId") || ["/dashboard", "/youth/new", "/follow-ups/:bucket", "/account/password", "/account/two-factor"].includes(pattern)) {
    return "provider";
  }
  throw new Error(`no session for ${pattern}: say in interface-text-groups.test.ts who opens it`);
}

const withLanguage = (cookie: string, language: Language) => [cookie, LANGUAGE_COOKIE[language]].filter(Boolean).join("; ");

describe("interface-text groups", () => {
  it("a group a page's routes do not declare is refused, wherever it is asked for", () => {
    expect(() => uiTexts("en", [], "admin")).toThrow(/admin .*usesUi/);
    expect(() => uiTexts("es", ["copies"], "copies", "plan")).toThrow(/plan /);
    expect(uiTexts("es", ["copies"], "copies").copies.title).toBeTruthy();
    expect(uiTexts("en", []).shell.logOut).toBe("Log out");
  });

  for (const language of ["en", "es"] as const) {
    it(`renders every page in ${language} with the groups its routes declare, and names them for the browser`, async () => {
      expect(pages.length).toBeGreaterThan(30);
      const wrong: string[] = [];
      for (const route of pages) {
        const path = fillParams(route.pattern, ids, ids.planId!);
        const response = await handle(get(path, withLanguage(sessions[sessionFor(route.pattern)], language)));
        const page = await html(response);
        const groups = /<body[^>]*data-ui-groups="([^"]*)"/.exec(page)?.[1]?.split(" ").sort() ?? [];
        const lang = /<html lang="([a-z]+)"/.exec(page)?.[1];
        if (response.status !== 200 || lang !== language || groups.join(" ") !== declared.get(route.id)!.join(" ")) {
          wrong.push(`${path}: ${response.status}, lang ${lang}, groups [${groups.join(" ")}], declared [${declared.get(route.id)!.join(" ")}]`);
        }
      }
      expect(wrong).toEqual([]);
    }, 60_000);
  }

  it("the not-found page needs no group, in both languages", async () => {
    for (const language of ["en", "es"] as const) {
      const response = await handle(get("/no-such-page", withLanguage(sessions.provider, language)));
      expect(response.status).toBe(404);
      const page = await html(response);
      expect(page).toContain(uiTexts(language, []).errors.notFoundTitle.replaceAll("'", "&#x27;"));
      expect(page).not.toContain("data-ui-groups");
    }
  });
});
