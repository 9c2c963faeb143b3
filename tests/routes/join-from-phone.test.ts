import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { uiEn } from "../../app/i18n/ui.en";
import { uiEs } from "../../app/i18n/ui.es";
import { createJoinCode, JOIN_CODE_TTL_MS } from "../../app/models/join-code.server";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { liveSessionFor, startSession, startYouthDeviceSession } from "../../app/models/session.server";
import { db, schema } from "../../app/models/db.server";
import { JOIN_CODE_OVERALL_LIMIT, LOGIN_FAILURE_LIMIT } from "../../app/web/login-throttle.server";
import { YOUTH_DEVICE_IDLE_MS } from "../../app/utils/session-rules";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { cookieFor, get, html, post } from "../setup/handler";
import { appRoutes, fillParams, type AppRoute } from "../setup/route-manifest";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { TOGETHER_SECTIONS } from "../../app/utils/together-addresses";

/*
 * "Join from your phone": the provider makes a code in the together view; the youth's phone joins
 * with it at the neutral /join and reaches the together pages of that one plan, nothing else.
 */

type Handle = (request: Request, address?: string) => Promise<Response>;
let handle: Handle;
let routes: AppRoute[];
let people: Awaited<ReturnType<typeof makeAgencies>>;
let joined: { planId: string; youthId: string };
let other: { planId: string; youthId: string };
let provider: string;

/** The phone's neutral addresses (/j…): its own pages, which no other session opens. */
const isDevicePage = (pattern: string) => /^\/j(\/|$)/.test(pattern);
/** "Who can help": its number in the together view's list, the phone's address for it. */
const PEOPLE = TOGETHER_SECTIONS.indexOf("people") + 1;

beforeAll(async () => {
  const build = resolve("build/index.js");
  if (!existsSync(build)) throw new Error("No build/index.js: run `npm run build`.");
  const remix = createRequestHandler((await import(pathToFileURL(build).href)) as ServerBuild, "production");
  // The server passes the connection's address; the guess limit per address reads it.
  handle = (request, address) => remix(request, address ? { clientAddress: address } : {});
  routes = await appRoutes();
  people = await makeAgencies();
  joined = makeRecord(people.provider, "Robin");
  other = makeRecord(people.provider, "Kit");
  const notes = saveSection(people.provider, joined.planId, "provider", { notes: "PRIVATE-NOTE-FOR-PROVIDER", concern: true }, getPlan(people.provider, joined.planId)!.revision);
  expect(notes.status).toBe("saved");
  provider = await cookieFor(people.provider);
});

const auditRows = (action: "youth_device_invite" | "youth_device_join" | "youth_device_join_refused" | "youth_device_leave" | "section_save" | "access_denied") =>
  db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, action)).all();

/** The code as the together view shows it after "Make a code for the phone". */
async function inviteFromTogetherView(planId = joined.planId): Promise<string> {
  const response = await handle(post(`/plans/${planId}/together`, { intent: "invite" }, provider));
  expect(response.status).toBe(200);
  const page = await html(response);
  const code = /data-testid="join-code">([A-Z0-9 ]+)</.exec(page)?.[1];
  if (!code) throw new Error("no code on the page");
  return code;
}

async function join(code: string, address?: string): Promise<string> {
  const response = await handle(post("/join", { checked: "1", code }), address);
  expect(response.status, await response.clone().text()).toBe(302);
  // The phone's addresses name no plan: its session says which plan it joined.
  expect(response.headers.get("Location")).toBe("/j");
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

/** Every table but the audit trail and session bookkeeping. */
function contentSnapshot(): string {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not in ('audit_events', 'audit_head', 'sqlite_sequence', 'sessions', 'join_codes', 'storage_probe') order by name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => db.$client.prepare(`select * from "${name}"`).all()));
}

describe("the phone check before joining", () => {
  const check = (answers: Record<string, string>, language = "en") =>
    handle(new Request("http://127.0.0.1:3000/join", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": language },
      body: new URLSearchParams({ intent: "check", ...answers }).toString(),
    }));

  it("asks first, in plain words, before any code field", async () => {
    const page = await html(await handle(get("/join")));
    for (const text of [uiEn.join.check.shared, uiEn.join.check.looked, uiEn.join.check.location]) expect(page).toContain(text);
    expect(page).not.toContain(`name="checked"`);
    const es = await html(await handle(new Request("http://127.0.0.1:3000/join", { headers: { "Accept-Language": "es" } })));
    for (const text of [uiEs.join.check.shared, uiEs.join.check.looked, uiEs.join.check.location]) expect(es).toContain(text);
  });

  it("lets a phone that is not shared, looked through or tracked go on to the code", async () => {
    const page = await html(await check({ shared: "no", looked: "no", location: "no" }));
    expect(page).toContain(uiEn.join.check.fine);
    expect(page).toContain(`name="checked"`);
    expect(page).not.toContain(uiEn.join.check.mayNotBeSafe);
  });

  it("says kindly when the phone may not be safe, suggests a safer device or their screen, and leaves the choice to the youth (en and es)", async () => {
    for (const [answers, language, text] of [
      [{ shared: "yes", looked: "no", location: "no" }, "en", uiEn],
      [{ shared: "no", looked: "no", location: "unsure" }, "en", uiEn],
      [{ shared: "no", looked: "yes", location: "no" }, "es", uiEs],
    ] as const) {
      const page = (await html(await check(answers, language))).replaceAll("&#x27;", "'");
      expect(page).toContain(text.join.check.mayNotBeSafe);
      expect(page).toContain(text.join.check.saferChoices);
      expect(page).toContain(text.join.check.stay);
      expect(page).toContain(text.join.check.joinAnyway);
      expect(page).toContain(`name="checked"`);
    }
    expect(await html(await handle(get("/join?stay")))).toContain(uiEn.join.check.stayed);
  });

  it("asks again for an unanswered question, at that question, and joins nobody without the check", async () => {
    const response = await check({ shared: "no" });
    expect(response.status).toBe(400);
    // The message shows at each unanswered question, not at the answered one.
    const questions = (await html(response)).split("<legend>").slice(1);
    expect(questions.map((q) => q.slice(0, q.indexOf("</fieldset>")).includes(uiEn.join.check.choose))).toEqual([false, true, true]);
    const code = await inviteFromTogetherView();
    const skipped = await handle(post("/join", { code }));
    expect(skipped.status).toBe(400);
    expect(await html(skipped)).toContain(uiEn.join.check.shared);
    // The code was not used up by the refused attempt.
    await join(code);
  });
});

describe("the phone's neutral addresses", () => {
  /** Every address a page links, posts or streams to: hrefs, form actions and every path among its data's strings. */
  const addressesIn = (page: string) =>
    [...page.matchAll(/(?:href|action)="(\/[^"]*)"|\\"(\/[^"\\]*)\\"/g)]
      .map((m) => (m[1] ?? m[2])!.replaceAll("&amp;", "&"))
      .filter((address) => !address.startsWith("/build/") && !address.startsWith("/favicon"));
  // Besides its own pages: Leave (/join), Quick exit and the neutral page Quick exit goes to.
  const NEUTRAL = /^\/j(\/([1-9][0-9]?|c|e))?(\?saved=[1-9][0-9]?)?$|^\/join$|^\/quick-exit$|^\/weather$/;

  it("links, posts, streams and redirects only to addresses that name no plan, section or purpose", async () => {
    const phone = await join(await inviteFromTogetherView());
    const pages = ["/j", ...TOGETHER_SECTIONS.map((_, i) => `/j/${i + 1}`), "/j/c"];
    const seen = new Set<string>();
    for (const path of pages) {
      const response = await handle(get(path, phone));
      expect(response.status, path).toBe(200);
      const page = await html(response);
      expect(page, path).toContain(`<title>${uiEn.join.deviceTitle}</title>`);
      // Nothing in the page's data or markup points at the provider's addresses.
      expect(page, path).not.toContain("/plans/");
      expect(page, path).not.toContain("/together");
      for (const address of addressesIn(page)) seen.add(address);
    }
    expect([...seen].filter((address) => !NEUTRAL.test(address))).toEqual([]);
    // Every section, the copies page, the live stream and the way back are among them.
    for (const address of [...pages, "/j/e"]) expect(seen).toContain(address);

    // After a save: the start page, saying what was saved by the section's number, never its name.
    const { revision } = getPlan(people.provider, joined.planId)!;
    const copies = await handle(post("/j/c", { revision: String(revision), "coping:discreet": "on" }, phone));
    expect(copies.headers.get("Location")).toBe("/j/c?saved=1");
    const showLatest = await handle(post(`/j/${PEOPLE}`, [["revision", "0"], ["show-latest", "1"]], phone));
    expect(showLatest.status).toBe(200);
  });

  it("shows nothing to a provider, a handed-over screen or a signed-out browser", async () => {
    const paths = ["/j", `/j/${PEOPLE}`, "/j/c", "/j/e"];
    const before = auditRows("access_denied").length;
    for (const path of paths) {
      expect((await handle(get(path, provider))).status, path).toBe(404);
      // The start page and the stream take no posts at all (405, before anything is read).
      expect((await handle(post(path, { revision: "0" }, provider))).status, path).toBe(["/j", "/j/e"].includes(path) ? 405 : 404);
      // Signed out: the plain login, carrying no address back.
      const signedOut = await handle(get(path));
      expect(signedOut.status).toBe(302);
      expect(signedOut.headers.get("Location")).toBe("/login");
    }
    expect(auditRows("access_denied").length - before).toBeGreaterThanOrEqual(paths.length);
    const handedOver = await cookieFor(people.colleague);
    const colleaguePlan = makeRecord(people.colleague, "Sam");
    expect((await handle(post(`/plans/${colleaguePlan.planId}/together`, { intent: "hand-over" }, handedOver))).status).toBe(302);
    expect((await handle(get(`/plans/${colleaguePlan.planId}/together`, handedOver))).status).toBe(200);
    for (const path of paths) expect((await handle(get(path, handedOver))).status, path).toBe(404);
    // A phone whose session ended goes to the neutral join page, as from any other page.
    const phone = await join(await inviteFromTogetherView());
    await handle(post("/join", { intent: "leave" }, phone));
    const marker = phone.split("; ").find((c) => c.startsWith("spb_joined="))!;
    expect((await handle(get(`/j/${PEOPLE}`, marker))).headers.get("Location")).toBe("/join?left");
  });

  it("refuses the phone its plan's old together addresses, as any provider page, audited", async () => {
    const phone = await join(await inviteFromTogetherView());
    for (const path of ["", "/people", "/copies", "/events"].map((tail) => `/plans/${joined.planId}/together${tail}`)) {
      const before = auditRows("access_denied").length;
      expect((await handle(get(path, phone))).status, path).toBe(404);
      expect(auditRows("access_denied").slice(before)).toEqual([expect.objectContaining({ subjectType: "page", subjectId: path, detail: "youth's device" })]);
    }
    // Refused, not ended: the phone's own pages still open.
    expect((await handle(get("/j", phone))).status).toBe(200);
  });
});

describe("the join code out of the address", () => {
  const cookieOf = (response: Response, name: string) => response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));

  it("moves the QR code's ?c= into a short-lived cookie for /join alone, and the page still has the code", async () => {
    const code = await inviteFromTogetherView();
    const scanned = await handle(get(`/join?c=${code.replace(" ", "")}`));
    expect(scanned.status).toBe(303);
    expect(scanned.headers.get("Location")).toBe("/join");
    expect(scanned.headers.get("Cache-Control")).toBe("no-store");
    const held = cookieOf(scanned, "spb_join_code")!;
    expect(held.split("; ").slice(1).sort()).toEqual(["HttpOnly", "Max-Age=600", "Path=/join", "SameSite=Lax"]);
    const heldCookie = held.split(";")[0]!;
    expect(heldCookie).not.toContain(code.replace(" ", ""));

    // The page at /join has it, through the phone check, to the code field (no JavaScript needed).
    const page = await html(await handle(get("/join", heldCookie)));
    expect(page).toContain(`name="code" value="${code.replace(" ", "")}"`);
    const checked = await html(await handle(post("/join", { intent: "check", shared: "no", looked: "no", location: "no", code: code.replace(" ", "") }, heldCookie)));
    expect(checked).toMatch(new RegExp(`name="code"[^>]*value="${code.replace(" ", "")}"`));

    // Joining clears it.
    const joinedResponse = await handle(post("/join", { checked: "1", code }, heldCookie));
    expect(joinedResponse.headers.get("Location")).toBe("/j");
    expect(cookieOf(joinedResponse, "spb_join_code")).toBe("spb_join_code=; Max-Age=0; Path=/join; HttpOnly; SameSite=Lax");
    // Without the cookie, /join has no code; over HTTPS the cookie is Secure.
    expect(await html(await handle(get("/join")))).toContain(`name="code" value=""`);
    const overHttps = await handle(new Request("https://app.example/join?c=ACDE2345"));
    expect(cookieOf(overHttps, "__Secure-spb_join_code")).toMatch(/^__Secure-spb_join_code=[^;]+; Max-Age=600; Path=\/join; HttpOnly; Secure; SameSite=Lax$/);
  });

  it("clears a held code when the phone leaves or exits quickly", async () => {
    for (const leave of [() => post("/join", { intent: "leave" }), () => post("/quick-exit", {})]) {
      const phone = await join(await inviteFromTogetherView());
      const request = leave();
      request.headers.set("Cookie", phone);
      const left = await handle(request);
      expect(cookieOf(left, "spb_join_code")).toMatch(/^spb_join_code=; Max-Age=0; Path=\/join;/);
    }
  });
});

describe("joining from a phone", () => {
  it("shows a code and a QR code on the provider's together view, and the join page is neutral", async () => {
    const response = await handle(post(`/plans/${joined.planId}/together`, { intent: "invite" }, provider));
    const page = await html(response);
    expect(page).toMatch(/data-testid="join-code">[A-Z0-9]{4} [A-Z0-9]{4}</);
    expect(page).toContain("<svg");
    expect(page).toContain("http://127.0.0.1:3000/join");
    expect(auditRows("youth_device_invite").at(-1)).toMatchObject({ userId: people.provider.id, subjectId: joined.planId });

    const joinPage = await html(await handle(get("/join")));
    expect(joinPage).toContain("<title>Join</title>");
    expect(joinPage).not.toMatch(/plan|safety|Robin/i);
  });

  it("joins with the code (typed in small letters, any spacing) and opens only that plan's together pages, without provider fields", async () => {
    const code = await inviteFromTogetherView();
    const phone = await join(code.toLowerCase().replace(" ", " - "));
    const start = await html(await handle(get("/j", phone)));
    expect(start).toContain("Robin");
    expect(start).toContain(`<title>${uiEn.join.deviceTitle}</title>`);
    expect(start).not.toContain(uiEn.together.providerView);
    expect(start).not.toContain(uiEn.invite.heading);
    const people_ = await html(await handle(get(`/j/${PEOPLE}`, phone)));
    expect(people_).toContain(`<title>${uiEn.join.deviceTitle}</title>`);
    for (const page of [start, people_]) {
      expect(page).not.toContain("PRIVATE-NOTE-FOR-PROVIDER");
      expect(page).not.toContain(people.provider.email);
    }
    // Past the last section there is nothing; the provider-only section has no number at all.
    expect((await handle(get(`/j/${TOGETHER_SECTIONS.length + 1}`, phone))).status).toBe(404);
    expect((await handle(get("/j/0", phone))).status).toBe(404);
    expect(auditRows("youth_device_join").at(-1)).toMatchObject({ userId: people.provider.id, subjectId: joined.planId, detail: "youth's device" });
  });

  it("records a save from the phone as the youth's, through the inviting provider", async () => {
    const phone = await join(await inviteFromTogetherView());
    const { revision } = getPlan(people.provider, joined.planId)!;
    const saved = await handle(post(`/j/${PEOPLE}`, [["revision", String(revision)], ["items[0].nickname", "Aunt May"]], phone));
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/j?saved=${PEOPLE}`);
    expect(await html(await handle(get(saved.headers.get("Location")!, phone)))).toContain(uiEn.together.saved(templateText("en").sections.people.title));
    expect(getPlan(people.provider, joined.planId)!.draft.people.items.map((p) => p.nickname)).toEqual(["Aunt May"]);
    expect(auditRows("section_save").at(-1)).toMatchObject({ userId: people.provider.id, subjectId: joined.planId, detail: "youth's device: people" });
  });

  it("refuses every other route of the app to the phone, GET and POST, its own plan's provider together addresses included, and changes nothing", async () => {
    const phone = await join(await inviteFromTogetherView());
    // Routes that end the phone's own session are tested on their own below; its own pages (/j…) after the probe.
    const endsTheSession = ["/quick-exit", "/logout", "/join"];
    const devicePages = routes.filter((r) => isDevicePage(r.pattern));
    expect(devicePages.map((r) => r.pattern).sort()).toEqual(["/j", "/j/:number", "/j/c", "/j/e"]);
    const opened: string[] = [];
    const answerOf = (response: Response) => `${response.status} ${response.headers.get("Location") ?? ""}`;
    const anonymousAnswer = async (request: () => Request) => answerOf(await handle(request()));
    for (const route of routes.filter((r) => !endsTheSession.includes(r.pattern) && !isDevicePage(r.pattern))) {
      for (const planId of [joined.planId, other.planId]) {
        const path = fillParams(route.pattern, { planId, youthId: planId === joined.planId ? joined.youthId : other.youthId, sectionId: "people", number: "1", userId: people.colleague.id }, planId);
        const query = route.pattern.endsWith("/pdf") ? "?copy=youth" : "";
        const fields = { revision: "9", intent: "hand-over", note: "n", confirm: "DELETE", password: TEST_PASSWORD, code: "x" };
        for (const method of ["GET", "POST"] as const) {
          const request = (cookie?: string) => (method === "GET" ? get(path + query, cookie) : post(path + query, fields, cookie));
          const before = contentSnapshot();
          const response = await handle(request(phone));
          const body = await response.text();
          // Refused: not found (audited), or exactly what a browser with no session gets (a public page: the weather, the login form).
          // A redirect counts as refused when where it leads is refused (/ sends a signed-in browser to /dashboard).
          const location = response.headers.get("Location");
          const leadsToRefusal = location?.startsWith("/") && (await handle(get(location, phone))).status === 404;
          const refused = response.status === 404 || leadsToRefusal || answerOf(response) === (await anonymousAnswer(() => request()));
          const leaked = ["Robin", "Kit", "PRIVATE-NOTE-FOR-PROVIDER", people.provider.email, people.provider.displayName].some((word) => body.includes(word));
          if (!refused || leaked || contentSnapshot() !== before) opened.push(`${method} ${path}: ${response.status}`);
        }
      }
    }
    expect(opened).toEqual([]);
    // Still joined: being refused did not end the phone's session, nor unlock anything; each of its
    // own pages answers, on its plan, with nothing of the provider's.
    for (const route of devicePages) {
      const response = await handle(get(fillParams(route.pattern, { number: "1" }, "x"), phone));
      const body = await response.text();
      expect(response.status, route.pattern).toBe(200);
      // The page's data is its session's plan's (the stream's body is only its opening).
      if (route.pattern !== "/j/e") expect(body).toContain(joined.planId);
      for (const word of [other.planId, "Kit", "PRIVATE-NOTE-FOR-PROVIDER", people.provider.email]) expect(body).not.toContain(word);
    }
    expect((await handle(get("/dashboard", phone))).status).toBe(404);
  }, 120_000);

  it("never unlocks on the phone, even with the provider's password", async () => {
    const phone = await join(await inviteFromTogetherView());
    expect((await handle(get("/unlock", phone))).status).toBe(404);
    expect((await handle(post("/unlock", { password: TEST_PASSWORD, redirectTo: "/dashboard" }, phone))).status).toBe(404);
    expect((await handle(get(`/plans/${joined.planId}`, phone))).status).toBe(404);
  });

  it("refuses a used code, an expired code and a made-up code, with the same message, each audited", async () => {
    const code = await inviteFromTogetherView();
    await join(code);
    const reused = await handle(post("/join", { checked: "1", code }));
    expect(reused.status).toBe(401);
    expect(await html(reused)).toContain(uiEn.join.refused);
    expect(auditRows("youth_device_join_refused").at(-1)).toMatchObject({ detail: "used", subjectId: joined.planId });

    const expired = await createJoinCode(people.provider, joined.planId, Date.now() - JOIN_CODE_TTL_MS - 1);
    const late = await handle(post("/join", { checked: "1", code: expired.code }));
    expect(late.status).toBe(401);
    expect(await html(late)).toContain(uiEn.join.refused);
    expect(auditRows("youth_device_join_refused").at(-1)).toMatchObject({ detail: "expired", subjectId: joined.planId });

    const guessed = await handle(post("/join", { checked: "1", code: "ACDE 2345" }));
    expect(guessed.status).toBe(401);
    expect(await html(guessed)).toContain(uiEn.join.refused);
    expect(auditRows("youth_device_join_refused").at(-1)).toMatchObject({ detail: "unknown", orgId: null, userId: null });
  });

  it("a new code replaces the provider's unused one for the plan", async () => {
    const first = await inviteFromTogetherView();
    await inviteFromTogetherView();
    expect((await handle(post("/join", { checked: "1", code: first }))).status).toBe(401);
  });

  it("is reached by neither another provider's code flow nor a handed-over screen: only a provider who may edit the plan makes codes", async () => {
    const outsider = await cookieFor(people.outsider);
    expect((await handle(post(`/plans/${joined.planId}/together`, { intent: "invite" }, outsider))).status).toBe(404);
    const phone = await join(await inviteFromTogetherView());
    expect((await handle(post(`/plans/${joined.planId}/together`, { intent: "invite" }, phone))).status).toBe(404);
    expect((await handle(post(`/plans/${joined.planId}/together`, { intent: "end-device" }, phone))).status).toBe(404);
  });

  it("ends when the provider ends it, audited, and the provider's own session goes on", async () => {
    const phone = await join(await inviteFromTogetherView());
    expect(await html(await handle(get(`/plans/${joined.planId}/together`, provider)))).toContain(uiEn.invite.joined);
    const ended = await handle(post(`/plans/${joined.planId}/together`, { intent: "end-device" }, provider));
    expect(ended.status).toBe(302);
    // The phone's next page is the neutral join page, not the app's login.
    expect((await handle(get("/j", phone))).headers.get("Location")).toBe("/join?left");
    expect(auditRows("youth_device_leave").at(-1)).toMatchObject({ userId: people.provider.id, detail: "youth's device: ended by the provider" });
    expect((await handle(get(`/plans/${joined.planId}`, provider))).status).toBe(200);
  });

  it("Quick exit on the phone ends only the phone's session, leaves nothing cached, and is audited as the youth leaving", async () => {
    const phone = await join(await inviteFromTogetherView());
    const exit = await handle(post("/quick-exit", {}, phone));
    expect(exit.status).toBe(302);
    expect(exit.headers.get("Clear-Site-Data")).toBe('"cache", "storage"');
    expect(exit.headers.get("Cache-Control")).toBe("no-store");
    expect(exit.headers.getSetCookie().map((c) => c.split(";")[0])).toEqual(["spb_session=", "spb_joined=", "spb_join_code="]);
    expect((await handle(get("/j", phone))).status).toBe(302);
    expect((await handle(get(`/plans/${joined.planId}`, provider))).status).toBe(200);
    expect(auditRows("youth_device_leave").at(-1)).toMatchObject({ userId: people.provider.id, subjectId: joined.planId, detail: "youth's device: quick exit" });
  });

  it("Leave on the phone ends its session and goes back to the neutral join page", async () => {
    const phone = await join(await inviteFromTogetherView());
    const left = await handle(post("/join", { intent: "leave" }, phone));
    expect(left.headers.get("Location")).toBe("/join?left");
    expect(left.headers.get("Clear-Site-Data")).toBe('"cache", "storage"');
    expect((await handle(get("/j", phone))).status).toBe(302);
    expect(auditRows("youth_device_leave").at(-1)).toMatchObject({ detail: "youth's device: left" });
  });

  it("ends after 15 idle minutes (a provider's session lasts 30), and a provider's logins never end it", () => {
    const now = Date.now();
    const phoneToken = startYouthDeviceSession(people.colleague.id, joined.planId, now);
    const laptopToken = startSession(people.colleague.id, now);
    expect(liveSessionFor(phoneToken, now + YOUTH_DEVICE_IDLE_MS - 1000)?.actor.youthDevice).toBe(true);
    for (let i = 0; i < 12; i++) startSession(people.colleague.id, now + YOUTH_DEVICE_IDLE_MS - 500);
    expect(liveSessionFor(phoneToken, now + YOUTH_DEVICE_IDLE_MS - 100)).toBeDefined();
    expect(liveSessionFor(phoneToken, now + 2 * YOUTH_DEVICE_IDLE_MS + 1)).toBeUndefined();
    expect(liveSessionFor(laptopToken, now + YOUTH_DEVICE_IDLE_MS + 1)?.actor.youthDevice).toBeUndefined();
    expect(db.select().from(schema.sessions).where(and(eq(schema.sessions.userId, people.colleague.id), eq(schema.sessions.youthDevice, true))).all()).toEqual([]);
  });

  it("limits guesses per address: the 11th within a minute gets 429, even with a right code", async () => {
    const address = "203.0.113.7";
    const guesses = await Promise.all(Array.from({ length: LOGIN_FAILURE_LIMIT + 3 }, (_, i) => handle(post("/join", { checked: "1", code: `ACDE ${2345 + i}` }), address)));
    expect(guesses.map((r) => r.status).sort()).toEqual([...Array(LOGIN_FAILURE_LIMIT).fill(401), ...Array(3).fill(429)]);
    const code = await inviteFromTogetherView();
    const right = await handle(post("/join", { checked: "1", code }), address);
    expect(right.status).toBe(429);
    expect(await html(right)).toContain(uiEn.join.tooMany);
    expect(auditRows("youth_device_join_refused").at(-1)).toMatchObject({ detail: "rate limited" });
    // Another address is not held back by this one.
    await join(code, "203.0.113.8");
  });

  it("limits guesses overall, however many addresses they come from", async () => {
    const guesses: Response[] = [];
    for (let i = 0; i < JOIN_CODE_OVERALL_LIMIT + 2; i++) guesses.push(await handle(post("/join", { checked: "1", code: "ACDE 2345" }), `198.51.100.${i % 250}`));
    expect(guesses.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(2);
    const right = await handle(post("/join", { checked: "1", code: await inviteFromTogetherView() }), "192.0.2.1");
    expect(right.status).toBe(429);
  });
});
