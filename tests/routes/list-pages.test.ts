import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, schema } from "../../app/models/db.server";
import { saveSection } from "../../app/models/plan.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { addDays } from "../../app/utils/calendar";
import { todayInLosAngeles } from "../../app/utils/format";
import { newId } from "../../app/utils/ids.server";
import { makeAgencies } from "../setup/fixtures";
import { appHandler, cookieFor, get, html } from "../setup/handler";

/*
 * Every list is 25 rows a page (decision 025: one size, about two screens; each row costs the page
 * to render and send), through the real handler: the admin's records and accounts, a record's
 * audit history, a plan's versions, the flagged queue, the dashboard's youth and a due list in
 * full. And a deep page shows the right youth: names are read for the page's own rows.
 */

const ROWS = 27;

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;
const cookie: Record<"provider" | "supervisor" | "admin", string> = { provider: "", supervisor: "", admin: "" };
let longPlan: { planId: string; youthId: string };

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
  const lastWeek = addDays(todayInLosAngeles(), -7);
  // ROWS youth, each flagged and overdue; the first also holds ROWS versions (and so a long audit history).
  for (let i = 0; i < ROWS; i++) {
    const name = `Youth ${String(i).padStart(2, "0")}`;
    const { planId, youthId } = createYouthWithPlan(people.provider, { chosenName: name, preferredLanguage: "en" });
    const flagged = saveSection(people.provider, planId, "provider", { notes: "", concern: true }, 0);
    if (flagged.status !== "saved") throw new Error("not flagged");
    const due = saveSection(people.provider, planId, "follow-up", { nextMeeting: lastWeek, checkOn: "" }, flagged.revision);
    if (due.status !== "saved") throw new Error("meeting not saved");
    if (i === 0) longPlan = { planId, youthId };
  }
  let revision = db.select({ revision: schema.plans.revision }).from(schema.plans).where(eq(schema.plans.id, longPlan.planId)).get()!.revision;
  for (let n = 1; n <= ROWS; n++) {
    const saved = saveSection(people.provider, longPlan.planId, "provider", { notes: `Version ${n}`, concern: true }, revision);
    if (saved.status !== "saved") throw new Error("notes not saved");
    revision = saved.revision;
    if (saveVersion(people.provider, longPlan.planId, "", revision).status !== "saved") throw new Error("version not saved");
  }
  // The agency's accounts beyond the fixture's four, written as rows (a password hash each would take minutes).
  const admin = db.select().from(schema.users).where(eq(schema.users.id, people.admin.id)).get()!;
  for (let i = 0; i < ROWS; i++)
    db.insert(schema.users).values({ ...admin, id: newId(), email: `staff-${i}@list-pages.test`, displayName: `Staff ${String(i).padStart(2, "0")}`, role: "provider" }).run();
  for (const role of ["provider", "supervisor", "admin"] as const) cookie[role] = await cookieFor(people[role]);
});

async function page(path: string, who: keyof typeof cookie): Promise<string> {
  const response = await handle(get(path, cookie[who]));
  expect(response.status, path).toBe(200);
  return html(response);
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const pager = (text: string) => [...text.matchAll(/<a rel="(prev|next)"[^>]*href="([^"]*)"/g)].map((m) => [m[1], m[2]!.replace(/&amp;/g, "&")]);

describe("every list is 25 rows a page, with plain links between pages (decision 025)", () => {
  const lists: [string, string, keyof typeof cookie, RegExp, () => number][] = [
    ["the admin's records", "/admin/records", "admin", /\/audit"/g, () => ROWS],
    ["the admin's accounts", "/admin", "admin", /href="\/admin\/users\//g, () => ROWS + 4],
    ["a plan's versions", "", "provider", /<td><a [^>]*href="\/plans\/[^"]+\/versions\/\d+"/g, () => ROWS],
    ["the flagged queue", "/review", "supervisor", /\/concern"/g, () => ROWS],
    ["the dashboard's youth", "/dashboard", "provider", /<td><a [^>]*href="\/plans\/[A-Za-z0-9_-]{16}"/g, () => ROWS],
    ["the overdue list in full", "/follow-ups/overdue", "supervisor", /<td><a [^>]*href="\/plans\/[A-Za-z0-9_-]{16}"/g, () => ROWS],
  ];

  for (const [name, path, who, row, total] of lists) {
    it(name, async () => {
      const at = path || `/plans/${longPlan.planId}/versions`;
      const listOnly = (text: string) => (at === "/dashboard" ? text.slice(text.indexOf('id="all-youth"')) : text);
      const first = listOnly(await page(at, who));
      expect(count(first, row)).toBe(25);
      expect(pager(first)).toEqual([["next", `${at}?page=2`]]);
      const second = listOnly(await page(`${at}?page=2`, who));
      expect(count(second, row)).toBe(total() - 25);
      expect(pager(second)).toEqual([["prev", at]]);
    });
  }

  it("a record's audit history", async () => {
    const rows = (text: string) => count(text, /<tr>/g) - 1;
    const first = await page(`/youth/${longPlan.youthId}/audit`, "supervisor");
    expect(rows(first)).toBe(25);
    expect(pager(first)[0]).toEqual(["next", `/youth/${longPlan.youthId}/audit?page=2`]);
    expect(rows(await page(`/youth/${longPlan.youthId}/audit?page=2`, "supervisor"))).toBeGreaterThan(0);
  });
});

it("the dashboard shows the soonest 5 of each due list, with the list's total and a link to all of it (decision 025)", async () => {
  for (const who of ["provider", "supervisor"] as const) {
    const dashboard = await page("/dashboard", who);
    const overdue = dashboard.slice(dashboard.indexOf('id="due-overdue"'), dashboard.indexOf('id="due-this-week"'));
    expect(overdue).toContain(`(${ROWS})`);
    expect(count(overdue, /<td><a [^>]*href="\/plans\/[A-Za-z0-9_-]{16}"/g)).toBe(5);
    expect(overdue).toMatch(new RegExp(`<a [^>]*href="/follow-ups/overdue">See all ${ROWS} overdue follow-ups</a>`));
  }
});

describe("a deep page names its own youth (names are read for the page's rows, after the rows it skips)", () => {
  /** Each row's plan link and the name shown with it. */
  const linked = (text: string, suffix = "") =>
    [...text.matchAll(new RegExp(`href="/plans/([A-Za-z0-9_-]{16})${suffix}"[^>]*>([^<]+)</a>`, "g"))].map((m) => ({ planId: m[1]!, name: m[2]! }));
  const nameOfPlan = (planId: string) =>
    db.select({ name: schema.youth.chosenName }).from(schema.plans).innerJoin(schema.youth, eq(schema.youth.id, schema.plans.youthId)).where(eq(schema.plans.id, planId)).get()?.name;

  const cases: [string, string, keyof typeof cookie, string][] = [
    ["the overdue list in full", "/follow-ups/overdue", "supervisor", ""],
    ["the dashboard's youth", "/dashboard", "provider", ""],
    ["the flagged queue", "/review", "supervisor", "/concern"],
  ];
  for (const [name, path, who, suffix] of cases) {
    it(name, async () => {
      const rowsOf = async (at: string) => {
        const text = await page(at, who);
        return linked(path === "/dashboard" ? text.slice(text.indexOf('id="all-youth"')) : text, suffix);
      };
      const rows = [...(await rowsOf(path)), ...(await rowsOf(`${path}?page=2`))];
      // Every youth once over the two pages, each row's name the one of its own plan.
      expect(rows).toHaveLength(ROWS);
      expect(new Set(rows.map((r) => r.name)).size).toBe(ROWS);
      for (const row of rows) expect(row.name).toBe(nameOfPlan(row.planId));
    });
  }
});
