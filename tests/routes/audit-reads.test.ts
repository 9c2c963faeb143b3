import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/models/actor";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { saveVersion } from "../../app/models/version.server";
import { db, schema } from "../../app/models/db.server";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, get, post } from "../setup/handler";
import { appRoutes, fillParams, type AppRoute } from "../setup/route-manifest";

/*
 * Every GET of a page that shows a plan's content (from the built app's route manifest, so a page
 * added later is walked too) leaves exactly one audit row for the person reading, naming the plan
 * or record by id and the page by a label: never a word of the plan.
 */

/** Pages under a record's URL that show no plan content: the deletion and export forms name the youth only, as the admin's record list does. */
const NOT_PLAN_CONTENT = new Set(["/youth/:youthId/delete", "/youth/:youthId/export"]);
const SECRET_WORDS = ["Robin", "Zanzibar-notes", "Zanzibar-contact"];

let handle: (request: Request) => Promise<Response>;
let planContentRoutes: AppRoute[];
let ids: Record<string, string>;
let readers: Actor[];
const cookies = new Map<string, string>();

beforeAll(async () => {
  handle = await appHandler();
  planContentRoutes = (await appRoutes()).filter(
    (r) => r.hasLoader && (r.pattern.startsWith("/plans/:planId") || r.pattern.startsWith("/youth/:youthId")) && !NOT_PLAN_CONTENT.has(r.pattern),
  );
  const people = await makeAgencies();
  const { planId, youthId } = makeRecord(people.provider, "Robin");
  const revision = getPlan(people.provider, planId)!.revision;
  const saved = saveSection(people.provider, planId, "provider", { notes: "Zanzibar-notes", concern: true }, revision);
  if (saved.status !== "saved") throw new Error("notes not saved");
  const version = saveVersion(people.provider, planId, "Zanzibar-contact", saved.revision);
  if (version.status !== "saved") throw new Error("version 2 not saved");
  ids = { planId, youthId, sectionId: "people", number: "2" };
  readers = [people.provider, people.supervisor, people.admin];
  for (const actor of readers) cookies.set(actor.id, await cookieFor(actor));
});

/** A route's URL; the export file's comes with the ticket its form's POST gives (to the admin only). */
async function pathFor(route: AppRoute, actor: Actor): Promise<string> {
  const path = fillParams(route.pattern, ids, ids.planId!);
  if (route.pattern.endsWith("/pdf")) return `${path}?copy=youth`;
  if (route.pattern.endsWith("/export/file")) {
    const authorised = await handle(post(`/youth/${ids.youthId}/export`, { reason: "Transfer to another agency", password: TEST_PASSWORD }, cookies.get(actor.id)));
    await authorised.arrayBuffer();
    return authorised.headers.get("Location") ?? path;
  }
  return path;
}

const lastAuditId = () => db.$client.prepare("select coalesce(max(id), 0) as id from audit_events").get() as { id: number };

describe("every read of plan content is audited once", () => {
  it("walks plan-content pages from the route manifest", () => {
    expect(planContentRoutes.map((r) => r.pattern)).toEqual(
      expect.arrayContaining(["/plans/:planId/sections/:sectionId", "/plans/:planId/review", "/plans/:planId/together", "/plans/:planId/what-helped", "/plans/:planId/concern"]),
    );
  });

  it("each plan-content GET leaves exactly one audit row, with ids and labels only", async () => {
    const unaudited: string[] = [];
    for (const route of planContentRoutes) {
      let reached = false;
      for (const actor of readers) {
        const path = await pathFor(route, actor);
        const before = lastAuditId().id;
        const response = await handle(get(path, cookies.get(actor.id)));
        await response.arrayBuffer();
        if (response.status !== 200) continue;
        reached = true;
        const rows = db.select().from(schema.auditEvents).where(gt(schema.auditEvents.id, before)).all();
        if (rows.length !== 1) {
          unaudited.push(`${route.pattern} as ${actor.role}: ${rows.length} rows`);
          continue;
        }
        const [row] = rows;
        expect(row!.userId).toBe(actor.id);
        expect([ids.planId, ids.youthId]).toContain(row!.subjectId);
        for (const word of SECRET_WORDS) expect(JSON.stringify(row)).not.toContain(word);
        expect(row!.detail ?? "").toMatch(row!.action === "export" ? /^Transfer to another agency$/ : /^[a-z0-9 :>-]*$/);
      }
      expect(reached, `${route.pattern} answered 200 to nobody`).toBe(true);
    }
    expect(unaudited).toEqual([]);
  });
});

describe("one path for every audit row", () => {
  it("only db/audit-chain.ts inserts audit rows, and only app/models/audit.server.ts calls it; everything else calls its recordAudit", () => {
    const sources = (folder: string) =>
      (readdirSync(folder, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => join(folder, f));
    const all = [...sources("app"), ...sources("db"), ...sources("templates")];
    const inserters = all.filter((f) => /insert\(schema\.auditEvents\)|into\s+"?audit_events/i.test(readFileSync(f, "utf8")));
    expect(inserters).toEqual([join("db", "audit-chain.ts")]);
    const callers = all.filter((f) => /\bappendAuditEvent\b/.test(readFileSync(f, "utf8")) && f !== join("db", "audit-chain.ts"));
    expect(callers).toEqual([join("app", "models", "audit.server.ts")]);
  });
});
