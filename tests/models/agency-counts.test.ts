import { spawnSync } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agencyCountProblems } from "../../db/agency-counts";
import { openDatabase } from "../../db/client";
import type { Actor } from "../../app/models/actor";
import { db, schema } from "../../app/models/db.server";
import { pageFollowUpsDue, startFollowUp } from "../../app/models/follow-up.server";
import { saveSection } from "../../app/models/plan.server";
import { deleteRecord, listRecords } from "../../app/models/records.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan, listYouth } from "../../app/models/youth.server";
import { addDays, dueRanges, DUE_BUCKETS } from "../../app/utils/calendar";
import { todayInLosAngeles } from "../../app/utils/format";
import { firstPage } from "../../app/utils/pagination";
import { makeAgencies } from "../setup/fixtures";
import { databaseBefore } from "../setup/database-before";
import { scratchDirectory } from "../setup/scratch";

/*
 * A supervisor's totals (youth, and each due list) and an admin's number of records are read
 * from counters that triggers keep (migration 0015). Through every write the app makes to youth
 * and plans, they must equal a count of the rows.
 */

const scratch = scratchDirectory("agency-counts");
const page = firstPage(5);

let people: Awaited<ReturnType<typeof makeAgencies>>;
beforeAll(async () => {
  people = await makeAgencies();
});

/** What the pages show, against what a count of the agency's rows says. */
function totals(orgId: string, supervisor: Actor, admin: Actor) {
  const due = pageFollowUpsDue(supervisor, { overdue: page, "this-week": page, later: page });
  const ranges = dueRanges(todayInLosAngeles());
  const countDue = db.$client.prepare("select count(*) from plans where org_id = ? and follow_up_due_on >= ? and follow_up_due_on < ?").pluck();
  return {
    shown: {
      youth: listYouth(supervisor, page).total,
      records: listRecords(admin, page)!.total,
      ...Object.fromEntries(DUE_BUCKETS.map((bucket) => [bucket, due[bucket].total])),
    },
    counted: {
      youth: db.$client.prepare("select count(*) from plans where org_id = ?").pluck().get(orgId),
      records: db.$client.prepare("select count(*) from youth where org_id = ?").pluck().get(orgId),
      ...Object.fromEntries(DUE_BUCKETS.map((bucket) => [bucket, countDue.get(orgId, ranges[bucket].from, ranges[bucket].to)])),
    },
  };
}

describe("the agencies' counts", () => {
  it("equal a count of the rows through adds, new meeting dates, follow-ups held and deletions", () => {
    const today = todayInLosAngeles();
    const expectAgree = (expected: Record<string, number>) => {
      const { shown, counted } = totals(people.orgId, people.supervisor, people.admin);
      expect(shown).toEqual(counted);
      expect(shown).toEqual(expected);
      expect(agencyCountProblems(db.$client)).toEqual([]);
    };
    expectAgree({ youth: 0, records: 0, overdue: 0, "this-week": 0, later: 0 });

    const meet = (actor: Actor, name: string, date: string) => {
      const { youthId, planId } = createYouthWithPlan(actor, { chosenName: name, preferredLanguage: "en" });
      const saved = saveSection(actor, planId, "follow-up", { nextMeeting: date, checkOn: "" }, 0);
      if (saved.status !== "saved") throw new Error("meeting date not saved");
      return { youthId, planId, revision: saved.revision };
    };
    const late = meet(people.provider, "Late", addDays(today, -3));
    const soon = meet(people.colleague, "Soon", addDays(today, 2));
    meet(people.provider, "Later", addDays(today, 40));
    const sameDay = meet(people.provider, "Same day", addDays(today, 40));
    createYouthWithPlan(people.provider, { chosenName: "No date", preferredLanguage: "en" });
    meet(people.outsider, "Other agency", addDays(today, -3));
    expectAgree({ youth: 5, records: 5, overdue: 1, "this-week": 1, later: 2 });

    // A new meeting date moves the plan from one list to another; two plans shared a day.
    saveSection(people.provider, sameDay.planId, "follow-up", { nextMeeting: addDays(today, 1), checkOn: "" }, sameDay.revision);
    expectAgree({ youth: 5, records: 5, overdue: 1, "this-week": 2, later: 1 });

    // A follow-up held today for a meeting already past: the plan is no longer due.
    expect(saveVersion(people.provider, late.planId, "", late.revision)).toMatchObject({ status: "saved" });
    expect(startFollowUp(people.provider, late.planId)).toMatchObject({ status: "started" });
    expect(saveVersion(people.provider, late.planId, "", late.revision)).toMatchObject({ status: "saved" });
    expectAgree({ youth: 5, records: 5, overdue: 0, "this-week": 2, later: 1 });

    // An admin deletes a record for good (its versions, follow-ups and plan with it).
    expect(deleteRecord(people.admin, late.youthId)).toBe(late.planId);
    expect(deleteRecord(people.admin, soon.youthId)).toBe(soon.planId);
    expectAgree({ youth: 3, records: 3, overdue: 0, "this-week": 1, later: 1 });

    // A youth removed by a statement of its own: its plan goes by cascade, and is counted out too.
    const cascaded = meet(people.provider, "Cascaded", addDays(today, 3));
    db.delete(schema.careTeam).where(eq(schema.careTeam.youthId, cascaded.youthId)).run();
    db.delete(schema.youth).where(eq(schema.youth.id, cascaded.youthId)).run();
    expectAgree({ youth: 3, records: 3, overdue: 0, "this-week": 1, later: 1 });

    // The other agency's counts are its own.
    const other = db.select().from(schema.agencyCounts).where(eq(schema.agencyCounts.orgId, people.otherOrgId)).get();
    expect(other).toEqual({ orgId: people.otherOrgId, youth: 1, plans: 1 });
  });

  it("are counted for the rows already there when migration 0015 runs", () => {
    const { file, sqlite: old } = databaseBefore(scratch, "0015", "before-0015.db");
    old.exec(`
      insert into organizations (id, name, created_at) values ('a', 'A', 0), ('b', 'B', 0);
      insert into users (id, org_id, email, display_name, role, password_hash, disabled, created_at) values ('u', 'a', 'u@a', 'U', 'provider', 'x', 0, 0);
      insert into youth (id, org_id, chosen_name, preferred_language, created_by, created_at)
        values ('y1', 'a', 'Y', 'en', 'u', 0), ('y2', 'a', 'Y', 'en', 'u', 0), ('y3', 'a', 'Y', 'en', 'u', 0), ('y4', 'b', 'Y', 'en', 'u', 0);
      insert into plans (id, org_id, youth_id, template_id, template_version, draft, revision, follow_up_due_on, created_at, updated_at, updated_by)
        values ('p1', 'a', 'y1', 't', 1, '{}', 1, '2026-12-01', 0, 0, 'u'), ('p2', 'a', 'y2', 't', 1, '{}', 1, '2026-12-01', 0, 0, 'u'),
               ('p3', 'a', 'y3', 't', 1, '{}', 1, null, 0, 0, 'u'), ('p4', 'b', 'y4', 't', 1, '{}', 1, '2026-11-02', 0, 0, 'u');
    `);
    old.close();

    const upgraded = openDatabase(file).$client;
    const counts = upgraded.prepare("select org_id, youth, plans from agency_counts order by org_id").all();
    const days = upgraded.prepare("select org_id, due_on, plans from agency_due_days order by org_id, due_on").all();
    const problems = agencyCountProblems(upgraded);
    upgraded.close();
    expect(counts).toEqual([
      { org_id: "a", youth: 3, plans: 3 },
      { org_id: "b", youth: 1, plans: 1 },
    ]);
    expect(days).toEqual([
      { org_id: "a", due_on: "2026-12-01", plans: 2 },
      { org_id: "b", due_on: "2026-11-02", plans: 1 },
    ]);
    expect(problems).toEqual([]);
  });

  it("db:check names an agency whose counts were changed behind the triggers, and --recount mends them", () => {
    const file = join(scratch, "drifted.db");
    const sqlite = openDatabase(file).$client;
    sqlite.exec(`
      insert into organizations (id, name, created_at) values ('a', 'A', 0);
      insert into users (id, org_id, email, display_name, role, password_hash, disabled, created_at) values ('u', 'a', 'u@a', 'U', 'provider', 'x', 0, 0);
      insert into youth (id, org_id, chosen_name, preferred_language, created_by, created_at) values ('y1', 'a', 'Y', 'en', 'u', 0);
      insert into plans (id, org_id, youth_id, template_id, template_version, draft, revision, follow_up_due_on, created_at, updated_at, updated_by)
        values ('p1', 'a', 'y1', 't', 1, '{}', 1, '2026-12-01', 0, 0, 'u');
      update agency_counts set plans = 7;
      delete from agency_due_days;
    `);
    sqlite.close();
    const check = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "app/cli/check-database.ts", ...args], { env: { ...process.env, DATABASE_PATH: file }, encoding: "utf8" });

    const drifted = check();
    expect(drifted.status).toBe(1);
    expect(drifted.stderr).toContain("agency a: agency_counts differs from its youth and plans");
    expect(drifted.stderr).toContain("agency a: agency_due_days differs from its plans' meeting dates");
    expect(drifted.stderr).toContain("npm run db:check -- --recount");

    const mended = check("--recount");
    expect(mended.stderr).toBe("");
    expect(mended.status).toBe(0);
    expect(check().status).toBe(0);
    const after = new Database(file, { readonly: true });
    expect(after.prepare("select org_id, youth, plans from agency_counts").all()).toEqual([{ org_id: "a", youth: 1, plans: 1 }]);
    expect(after.prepare("select org_id, due_on, plans from agency_due_days").all()).toEqual([{ org_id: "a", due_on: "2026-12-01", plans: 1 }]);
    after.close();
  });
});
