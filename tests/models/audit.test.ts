import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { durableAuditStats, recordAudit } from "../../app/models/audit.server";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { auditHistory } from "../../app/models/records.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db, schema } from "../../app/models/db.server";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { makeAgencies } from "../setup/fixtures";

let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  people = await makeAgencies();
});

const auditRows = (planId: string, action: "section_save" | "version_save") =>
  db
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.subjectId, planId), eq(schema.auditEvents.action, action)))
    .all();

// A temporary trigger makes every audit insert fail, as a full disk or a broken table would.
const breakAuditTable = () =>
  db.$client.exec("CREATE TEMP TRIGGER audit_down BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'audit down'); END");
afterEach(() => db.$client.exec("DROP TRIGGER IF EXISTS temp.audit_down"));

describe("audit rows of changes commit with the change", () => {
  it("writes one row for a saved section and none for a refused one", () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Fern", preferredLanguage: "en" });
    expect(saveSection(people.provider, planId, "coping", demoPlanContent.coping, 0).status).toBe("saved");
    expect(saveSection(people.provider, planId, "coping", demoPlanContent.coping, 0).status).toBe("conflict");
    expect(auditRows(planId, "section_save").map((row) => row.detail)).toEqual(["coping"]);
  });

  it("does not keep a section save whose audit row cannot be written", () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Moss", preferredLanguage: "en" });
    breakAuditTable();
    expect(() => saveSection(people.provider, planId, "coping", demoPlanContent.coping, 0)).toThrow(/audit down/);
    const plan = getPlan(people.provider, planId)!;
    expect(plan.revision).toBe(0);
    expect(plan.draft.coping.chosen).toEqual([]);
  });

  it("does not keep a version whose audit row cannot be written", () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Reed", preferredLanguage: "en" });
    breakAuditTable();
    expect(() => saveVersion(people.provider, planId, "first", 0)).toThrow(/audit down/);
    expect(getPlan(people.provider, planId)!.versionCount).toBe(0);
  });
});

const printRows = (detail: string) =>
  db.$client.prepare("select count(*) as n from audit_events where action = 'print' and detail = ?").get(detail) as { n: number };

describe("recordAudit (outside a transaction: on disk before the answer, without holding the event loop)", () => {
  it("writes the row and leaves the connection at synchronous=FULL", async () => {
    await recordAudit({ orgId: null, userId: null, action: "print", subjectType: "plan", subjectId: "p1", detail: "v1 youth en" });
    expect(printRows("v1 youth en").n).toBe(1);
    expect(db.$client.pragma("synchronous", { simple: true })).toBe(2);
  });

  it("lets requests auditing at the same time share the disk flushes", async () => {
    const before = durableAuditStats.flushes;
    await Promise.all(
      Array.from({ length: 20 }, () => recordAudit({ orgId: null, userId: null, action: "print", detail: "v2 card en" })),
    );
    expect(printRows("v2 card en").n).toBe(20);
    expect(durableAuditStats.flushes - before).toBeLessThanOrEqual(2);
  });

  it("keeps the row when the process is killed right after the call, before the flush completes", () => {
    const file = `${process.env.DATABASE_PATH!}.kill.db`;
    const script = `
      const { recordAudit } = await import(${JSON.stringify(resolve("app/models/audit.server.ts"))});
      void recordAudit({ orgId: null, userId: null, action: "print", detail: "killed" });
      process.kill(process.pid, "SIGKILL");
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, DATABASE_PATH: file, SEED_DEMO: "0" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.signal).toBe("SIGKILL");
    const after = new Database(file);
    try {
      expect(after.prepare("select count(*) as n from audit_events where detail = 'killed'").get()).toEqual({ n: 1 });
    } finally {
      after.close();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    }
  });
});

describe("a record's audit history", () => {
  it("lists the youth's and the plan's rows together, newest first, page by page, without its own views or another agency's rows", async () => {
    const { youthId, planId } = createYouthWithPlan(people.provider, { chosenName: "Paged", preferredLanguage: "en" });
    for (let i = 0; i < 4; i++) {
      await recordAudit({ orgId: people.provider.orgId, userId: people.provider.id, action: "plan_view", subjectType: "plan", subjectId: planId, detail: `p${i}` });
      await recordAudit({ orgId: people.provider.orgId, userId: people.provider.id, action: "care_team_add", subjectType: "youth", subjectId: youthId, detail: `y${i}` });
    }
    // Same subject, another agency: not this record's.
    await recordAudit({ orgId: people.outsider.orgId, userId: people.outsider.id, action: "plan_view", subjectType: "plan", subjectId: planId, detail: "elsewhere" });
    const pageOf = (n: number) => auditHistory(people.supervisor, youthId, { page: n, size: 3, offset: (n - 1) * 3 });
    const first = (await pageOf(1))!.events;
    const ids = [first, (await pageOf(2))!.events, (await pageOf(3))!.events, (await pageOf(4))!.events].flatMap((p) => p.rows.map((e) => e.id));
    const expected = db
      .select({ id: schema.auditEvents.id })
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.orgId, people.provider.orgId), inArray(schema.auditEvents.subjectId, [youthId, planId]), ne(schema.auditEvents.action, "audit_view")))
      .orderBy(desc(schema.auditEvents.id))
      .all()
      .map((r) => r.id);
    expect(expected.length).toBe(9); // the creation, four plan views, four care-team rows
    expect(ids).toEqual(expected);
    expect(first.total).toBe(9);
    expect(first.rows.map((e) => e.detail)).toEqual(["y3", "p3", "y2"]);
  });
});
