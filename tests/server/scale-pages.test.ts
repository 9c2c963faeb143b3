import { request as httpRequest } from "node:http";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveSection } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db } from "../../app/models/db.server";
import { addDays } from "../../app/utils/calendar";
import { todayInLosAngeles } from "../../app/utils/format";
import { DUE_PREVIEW_SIZE, PAGE_SIZE } from "../../app/utils/pagination";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { freePort } from "../setup/free-port";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";

/*
 * Issue 13 through the real server: lists come a page at a time with plain links (no JavaScript
 * needed), the audit page does not list its own views, and pages and assets are compressed.
 */

let server: ServerProcess;
let people: Awaited<ReturnType<typeof makeAgencies>>;
let record: ReturnType<typeof makeRecord>;
const cookies: Record<"provider" | "supervisor" | "admin", string> = { provider: "", supervisor: "", admin: "" };
/** Youth enough for three pages of any list. */
const EXTRA_YOUTH = 2 * PAGE_SIZE + 5;
/** Youth whose next meeting was three days ago: more than the dashboard shows of the list and more than a page of the whole list. */
const OVERDUE = PAGE_SIZE + 5;

beforeAll(async () => {
  people = await makeAgencies();
  record = makeRecord(people.provider, "Robin");
  const threeDaysAgo = addDays(todayInLosAngeles(), -3);
  for (let i = 0; i < EXTRA_YOUTH; i++) {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: `Youth ${String(i).padStart(2, "0")}`, preferredLanguage: "en" });
    if (i < OVERDUE) expect(saveSection(people.provider, planId, "follow-up", { nextMeeting: threeDaysAgo, checkOn: "" }, 0).status).toBe("saved");
  }
  server = await startServer(await freePort());
  for (const role of ["provider", "supervisor", "admin"] as const) cookies[role] = await logIn(server.baseUrl, people[role].email, TEST_PASSWORD);
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server);
});

/** A GET with the given Accept-Encoding; the raw body as it came over the wire. */
function get(path: string, cookie: string, acceptEncoding: string): Promise<{ status: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = httpRequest(`${server.baseUrl}${path}`, { headers: { Cookie: cookie, "Accept-Encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end();
  });
}

const page = async (path: string, cookie: string) => (await get(path, cookie, "identity")).body.toString("utf8");
const planLinks = (html: string) => html.match(/href="\/plans\/[A-Za-z0-9_-]{16}"/g) ?? [];
const pagerLinks = (html: string) => [...html.matchAll(/<a rel="(prev|next)"[^>]*href="([^"]*)"/g)].map((m) => [m[1], m[2]!.replace(/&amp;/g, "&")]);

describe("paged lists (issue 13)", () => {
  it("the dashboard shows 25 youth a page with plain links between pages, and the pages hold every youth once", async () => {
    const youthTable = (html: string) => html.slice(html.indexOf('id="all-youth"'));
    const first = youthTable(await page("/dashboard", cookies.provider));
    expect(planLinks(first)).toHaveLength(PAGE_SIZE);
    expect(pagerLinks(first)).toEqual([["next", "/dashboard?page=2"]]);
    const second = youthTable(await page("/dashboard?page=2", cookies.provider));
    expect(pagerLinks(second)).toEqual([["prev", "/dashboard"], ["next", "/dashboard?page=3"]]);
    const last = youthTable(await page("/dashboard?page=3", cookies.provider));
    expect(pagerLinks(last)).toEqual([["prev", "/dashboard?page=2"]]);
    const seen = [first, second, last].flatMap(planLinks);
    expect(seen).toHaveLength(EXTRA_YOUTH + 1);
    expect(new Set(seen).size).toBe(EXTRA_YOUTH + 1);
  });

  it("a page number past the end or not a number answers an empty or first page, never an error", async () => {
    expect((await get("/dashboard?page=999", cookies.provider, "identity")).status).toBe(200);
    const junk = await page("/dashboard?page=-3x", cookies.provider);
    expect(planLinks(junk.slice(junk.indexOf('id="all-youth"')))).toHaveLength(PAGE_SIZE);
  });

  it("the dashboard shows the soonest 5 of a due list and links to the whole list, paged 25 at a time with plain links", async () => {
    for (const role of ["provider", "supervisor"] as const) {
      const dashboard = (await page("/dashboard", cookies[role])).replaceAll("<!-- -->", "");
      const overdue = dashboard.slice(dashboard.indexOf('id="due-overdue"'), dashboard.indexOf('id="due-this-week"'));
      expect(overdue).toContain(`Overdue (${OVERDUE})`);
      expect(planLinks(overdue)).toHaveLength(DUE_PREVIEW_SIZE);
      expect(overdue).toMatch(new RegExp(`<a [^>]*href="/follow-ups/overdue">See all ${OVERDUE} overdue follow-ups</a>`));
      // A list no longer than what the dashboard shows has no link to more.
      expect(dashboard).not.toContain('href="/follow-ups/this-week"');

      const first = (await page("/follow-ups/overdue", cookies[role])).replaceAll("<!-- -->", "");
      expect(first).toContain(`Overdue follow-ups (${OVERDUE})</h1>`);
      expect(planLinks(first)).toHaveLength(PAGE_SIZE);
      expect(pagerLinks(first)).toEqual([["next", "/follow-ups/overdue?page=2"]]);
      const second = await page("/follow-ups/overdue?page=2", cookies[role]);
      expect(pagerLinks(second)).toEqual([["prev", "/follow-ups/overdue"]]);
      const seen = [first, second].flatMap(planLinks);
      expect(new Set(seen).size).toBe(OVERDUE);
      // The dashboard's five are the start of the whole list, in its order.
      expect(planLinks(overdue)).toEqual(planLinks(first).slice(0, DUE_PREVIEW_SIZE));
      // A page past the end is an empty page that still says how long the list is.
      const past = (await page("/follow-ups/overdue?page=999", cookies[role])).replaceAll("<!-- -->", "");
      expect(planLinks(past)).toEqual([]);
      expect(past).toContain(`Overdue follow-ups (${OVERDUE})</h1>`);
    }
  });

  it("a due list that is not one of the three, or asked for by an admin, is not found", async () => {
    expect((await get("/follow-ups/someday", cookies.provider, "identity")).status).toBe(404);
    expect((await get("/follow-ups/overdue", cookies.admin, "identity")).status).toBe(404);
  });

  it("the admin's records come 25 a page, by name, with plain links between pages", async () => {
    const first = await page("/admin/records", cookies.admin);
    expect(first.match(/\/audit"/g)).toHaveLength(PAGE_SIZE);
    expect(pagerLinks(first)).toEqual([["next", "/admin/records?page=2"]]);
    const second = await page("/admin/records?page=2", cookies.admin);
    expect(second.match(/\/audit"/g)).toHaveLength(PAGE_SIZE);
    expect(pagerLinks(second)).toEqual([["prev", "/admin/records"], ["next", "/admin/records?page=3"]]);
    const last = await page("/admin/records?page=3", cookies.admin);
    expect(last.match(/\/audit"/g)).toHaveLength(EXTRA_YOUTH + 1 - 2 * PAGE_SIZE);
    expect(pagerLinks(last)).toEqual([["prev", "/admin/records?page=2"]]);
  });

  it("the audit history records each view but does not list views of itself, so looking does not lengthen it", async () => {
    const views = () => (db.$client.prepare("select count(*) as n from audit_events where action = 'audit_view' and subject_id = ?").get(record.youthId) as { n: number }).n;
    const before = views();
    const first = await page(`/youth/${record.youthId}/audit`, cookies.supervisor);
    const again = await page(`/youth/${record.youthId}/audit`, cookies.supervisor);
    expect(views()).toBe(before + 2);
    const rows = (html: string) => html.match(/<tr>/g)?.length;
    expect(rows(again)).toBe(rows(first));
  });
});

describe("compression (issue 13)", () => {
  it("sends a page in brotli or gzip as the browser asks, and as it is when it asks for neither", async () => {
    const plain = await get("/dashboard", cookies.provider, "identity");
    expect(plain.encoding).toBeUndefined();
    const br = await get("/dashboard", cookies.provider, "br, gzip");
    expect(br.encoding).toBe("br");
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toContain("</html>");
    const gzip = await get("/dashboard", cookies.provider, "gzip");
    expect(gzip.encoding).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toContain("</html>");
  });

  it("compresses the built JavaScript too", async () => {
    const dir = join(import.meta.dirname, "../../build/client");
    const largest = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".js"))
      .map((f) => ({ f, size: statSync(join(dir, f)).size }))
      .sort((a, b) => b.size - a.size)[0]!;
    const asset = await get(`/build/${largest.f}`, "", "br, gzip");
    expect(asset.status).toBe(200);
    expect(asset.encoding).toBe("br");
  });
});
