import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/models/actor";
import { listFlaggedPlans } from "../../app/models/concern-review.server";
import { listFollowUps, pageFollowUps, pageFollowUpsDue, startFollowUp } from "../../app/models/follow-up.server";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { auditHistory, findRecordsByName, listRecords } from "../../app/models/records.server";
import { pageVersions } from "../../app/models/version.server";
import { findYouthByName, listYouth } from "../../app/models/youth.server";
import { db } from "../../app/models/db.server";
import { addDays } from "../../app/utils/calendar";
import { todayInLosAngeles } from "../../app/utils/format";
import { pageFrom } from "../../app/utils/pagination";
import { registerNameFolding } from "../../db/name-search";
import { makeAgencies, makeRecord } from "../setup/fixtures";

/*
 * The hot queries of issue 13, run through the real model functions against a real SQLite file:
 * every statement they prepare is recorded with its parameters and explained with EXPLAIN QUERY
 * PLAN. A full scan of a table that grows with the county (youth, plans, versions, follow-ups,
 * audit, care teams, accounts, sessions) or an automatic index built per query fails, so the
 * query shapes that cost 100× at 10,000 youth cannot come back unnoticed. The file has no
 * sqlite_stat1 (the app never runs ANALYZE), so the planner decides as it does in production.
 */

const GROWING = ["youth", "plans", "plan_versions", "follow_ups", "audit_events", "care_team", "users", "sessions", "concern_reviews", "agency_due_days"];

type Statement = Database.Statement & { source: string };
const recorded: { sql: string; params: unknown[] }[] = [];
const proto = Object.getPrototypeOf(db.$client.prepare("select 1")) as Record<"all" | "get" | "run" | "iterate", (...args: unknown[]) => unknown>;
const originals = { all: proto.all, get: proto.get, run: proto.run, iterate: proto.iterate };
let recording = false;

beforeAll(() => {
  for (const method of ["all", "get", "run", "iterate"] as const) {
    const original = originals[method];
    proto[method] = function (this: Statement, ...params: unknown[]) {
      if (recording) recorded.push({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  return () => Object.assign(proto, originals);
});

afterEach(() => {
  recording = false;
  recorded.length = 0;
});

/** The query-plan lines of every read statement `work` ran that scan a growing table or build an automatic index. */
/**
 * The audit chain's head: `order by id desc limit 1` on an INTEGER PRIMARY KEY (the rowid) walks
 * the table's b-tree from its last page and stops at one row, though EXPLAIN calls it a SCAN.
 */
const READS_ONE_ROW_FROM_THE_END = /^select id, hash from audit_events order by id desc limit 1$/i;

interface PlanLine {
  id: number;
  parent: number;
  detail: string;
}

/** Every read statement `work` runs (awaited: a model may audit before it reads) with its query-plan lines. */
async function explainedReads(work: () => unknown): Promise<{ sql: string; details: string[]; plan: PlanLine[] }[]> {
  recorded.length = 0;
  recording = true;
  try {
    await work();
  } finally {
    recording = false;
  }
  const explain = new Database(process.env.DATABASE_PATH!, { readonly: true });
  registerNameFolding(explain);
  try {
    expect(recorded.length).toBeGreaterThan(0);
    return recorded
      .filter(({ sql }) => /^\s*select/i.test(sql) && !READS_ONE_ROW_FROM_THE_END.test(sql))
      .map(({ sql, params }) => {
        const plan = explain.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as unknown[])) as PlanLine[];
        return { sql, details: plan.map((l) => l.detail), plan };
      });
  } finally {
    explain.close();
  }
}

/** The query-plan lines of the reads `work` runs that scan a growing table or build an automatic index. */
async function badPlans(work: () => unknown): Promise<string[]> {
  const problems: string[] = [];
  for (const { sql, details } of await explainedReads(work)) {
    for (const detail of details) {
      // "SEARCH t" with no index named reads the whole table as surely as "SCAN t".
      const scanned = /^SCAN (\w+)/.exec(detail)?.[1] ?? /^SEARCH (\w+)$/.exec(detail)?.[1];
      if ((scanned && GROWING.includes(scanned)) || /AUTOMATIC/.test(detail)) problems.push(`${detail}  ←  ${sql.slice(0, 160)}`);
    }
  }
  return problems;
}

describe("query plans of the hot queries (issue 13)", () => {
  let people: Awaited<ReturnType<typeof makeAgencies>>;
  let record: { youthId: string; planId: string };
  const page = pageFrom(new URL("http://localhost/dashboard"));

  beforeAll(async () => {
    people = await makeAgencies();
    record = makeRecord(people.provider, "Robin");
    for (let i = 0; i < 5; i++) {
      const owner = i % 2 ? people.colleague : people.provider;
      // Next meetings in each due list: last month, this week, next month.
      const meeting = addDays(todayInLosAngeles(), [-30, 2, 30][i % 3]!);
      saveSection(owner, makeRecord(owner, `Youth ${i}`).planId, "follow-up", { nextMeeting: meeting, checkOn: "" }, 1);
    }
    makeRecord(people.outsider, "Elsewhere");
  });

  const actors = (): [string, Actor][] => [
    ["provider", people.provider],
    ["supervisor", people.supervisor],
  ];

  const dueLists = (actor: Actor) => pageFollowUpsDue(actor, { overdue: page, "this-week": page, later: page });

  it("the follow-ups due behind every dashboard, for a provider and a supervisor", async () => {
    for (const [, actor] of actors()) expect(await badPlans(() => dueLists(actor))).toEqual([]);
  });

  it("a supervisor's due lists are counted from the agency's due days and paged from the due-date index, in its order", async () => {
    const reads = await explainedReads(() => dueLists(people.supervisor));
    const details = reads.flatMap((r) => r.details);
    const onPlans = details.filter((d) => / plans /.test(` ${d} `));
    expect(onPlans.length).toBe(3); // three pages
    for (const detail of onPlans) expect(detail).toMatch(/^SEARCH plans USING INDEX plans_org_follow_up_due_idx \(org_id=\? AND follow_up_due_on[<>=]/);
    // A page is read in the index's own order (no sort of the agency's plans).
    expect(details.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
    // Each count sums the agency's days in its range: a few hundred rows at most, never its plans.
    const counts = details.filter((d) => /agency_due_days/.test(d));
    expect(counts.length).toBe(3);
    for (const detail of counts) expect(detail).toMatch(/^SEARCH agency_due_days USING INDEX sqlite_autoindex_agency_due_days_1 \(org_id=\? AND due_on>\? AND due_on<\?\)$/);
  });

  it("a supervisor's number of youth and an admin's number of records are one row of agency_counts", async () => {
    for (const [actor, work] of [
      [people.supervisor, () => listYouth(people.supervisor, page)],
      [people.admin, () => listRecords(people.admin, page)],
    ] as const) {
      const details = (await explainedReads(work)).flatMap((r) => r.details);
      expect(details.filter((d) => /agency_counts/.test(d)), actor.role).toEqual(["SEARCH agency_counts USING INDEX sqlite_autoindex_agency_counts_1 (org_id=?)"]);
      expect(details.filter((d) => /^(SCAN|SEARCH) (plans|youth) USING COVERING INDEX/.test(d)), actor.role).toEqual([]);
    }
  });

  it("the dashboard's page of youth", async () => {
    for (const [, actor] of actors()) expect(await badPlans(() => listYouth(actor, page))).toEqual([]);
  });

  it("the plan overview's reads and a plan's follow-ups and versions", async () => {
    for (const [, actor] of actors()) {
      expect(await badPlans(() => getPlan(actor, record.planId))).toEqual([]);
      expect(await badPlans(() => listFollowUps(actor, record.planId))).toEqual([]);
      expect(await badPlans(() => pageVersions(actor, record.planId, page))).toEqual([]);
    }
  });

  it("the flagged queue, the admin's records and the audit history", async () => {
    expect(await badPlans(() => listFlaggedPlans(people.supervisor, page))).toEqual([]);
    expect(await badPlans(() => listRecords(people.admin, page))).toEqual([]);
    expect(await badPlans(() => auditHistory(people.supervisor, record.youthId, page))).toEqual([]);
  });

  it("finding a youth by name reads the names the actor may list, never the county's", async () => {
    for (const [, actor] of actors()) expect(await badPlans(() => findYouthByName(actor, "you"))).toEqual([]);
    expect(await badPlans(() => findRecordsByName(people.admin, "you"))).toEqual([]);
    const supervisor = (await explainedReads(() => findYouthByName(people.supervisor, "you"))).flatMap((r) => r.details);
    expect(supervisor.some((d) => /^SEARCH plans USING (COVERING )?INDEX \w+ \(org_id=\?\)$/.test(d) || /^SEARCH youth USING (COVERING )?INDEX \w+ \(org_id=\?\)$/.test(d)), supervisor.join("; ")).toBe(true);
  });

  it("a record's audit history reads its page from the end of an index without the page's own views, without sorting the record's history", async () => {
    const details = (await explainedReads(() => auditHistory(people.supervisor, record.youthId, page))).flatMap((r) => r.details);
    expect(details.filter((d) => /^SEARCH audit_events/.test(d)).length).toBeGreaterThanOrEqual(2);
    expect(details.filter((d) => /^SEARCH audit_events/.test(d)).every((d) => /audit_history_idx \(subject_type=\? AND subject_id=\? AND org_id=\?\)/.test(d))).toBe(true);
    // The count reads the partial index alone: the page's own views, one per visit, are not in it.
    // The page and its count (a subject at a time: an OR of both made SQLite collect and sort
    // every row id of the history) never meet the page's own views, one per visit.
    expect(details.filter((d) => /^MULTI-INDEX OR/.test(d))).toEqual([]);
    expect(details.filter((d) => /^SEARCH audit_events/.test(d)).length).toBe(4);
    expect(details.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
  });

  it("what-helped reads its page of follow-ups from the end of the plan's index, without sorting the plan's follow-ups", async () => {
    // One plan of the scale file has 999 follow-ups: sorting them all read every revisited version's content (4.9 ms a page).
    expect(startFollowUp(people.provider, record.planId).status).toBe("started");
    for (const [, actor] of actors()) {
      const details = (await explainedReads(() => pageFollowUps(actor, record.planId, pageFrom(new URL("http://localhost/"), "page", 12)))).flatMap((r) => r.details);
      const onFollowUps = details.filter((d) => /^SEARCH follow_ups /.test(d));
      expect(onFollowUps.length).toBeGreaterThanOrEqual(2); // the page and its count
      for (const detail of onFollowUps) expect(detail).toMatch(/follow_ups_plan_created_idx \(plan_id=\?\)/);
      expect(details.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
      expect(await badPlans(() => pageFollowUps(actor, record.planId, page))).toEqual([]);
    }
  });

  it("a page of youth, of a due list or of the flagged queue reads youth names for its own rows only, after the rows it skips", async () => {
    // As a join, every row a deep page skipped read its youth first: page 150 of the overdue list
    // read 3,700 youth rows to show 25 (12.6 ms); as a result column, after the offset (0.4 ms).
    const deep = pageFrom(new URL("http://localhost/?page=3"));
    for (const [, actor] of actors()) {
      const reads = await explainedReads(() => {
        listYouth(actor, deep);
        // A due page is read only when the offset is inside the list: page 1 of each.
        pageFollowUpsDue(actor, { overdue: page, "this-week": page, later: page });
        if (actor.role === "supervisor") listFlaggedPlans(actor, deep);
      });
      const pages = reads.filter((r) => /\boffset\b/i.test(r.sql) && / from "plans"/.test(r.sql));
      expect(pages.length).toBe(actor.role === "supervisor" ? 5 : 4);
      for (const { plan, sql } of pages) {
        const youthLookups = plan.filter((l) => /^SEARCH youth /.test(l.detail));
        expect(youthLookups.length, sql).toBe(1);
        const parent = plan.find((l) => l.id === youthLookups[0]!.parent);
        expect(parent?.detail, sql).toMatch(/^CORRELATED SCALAR SUBQUERY/);
      }
    }
  });

  it("catches a full scan when one is there (the check itself works)", async () => {
    expect(await badPlans(() => db.$client.prepare("select count(*) from audit_events where detail = ?").get("x"))).not.toEqual([]);
  });
});
