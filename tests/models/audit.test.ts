import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { commitWithoutWaitingForDisk } from "../../db/client";
import { recordAudit } from "../../app/models/audit.server";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db, schema } from "../../app/utils/db.server";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { makeAgencies } from "../setup/fixtures";

let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  people = await makeAgencies();
});

const FULL = 2;
const synchronous = () => db.$client.pragma("synchronous", { simple: true });
const auditRows = (planId: string, action: "section_save" | "version_save" | "plan_view") =>
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

describe("audit rows of reads do not wait for the disk", () => {
  it("records a plan view and leaves the connection at synchronous=FULL", () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Wren", preferredLanguage: "en" });
    recordAudit({ orgId: people.provider.orgId, userId: people.provider.id, action: "plan_view", subjectType: "plan", subjectId: planId });
    expect(auditRows(planId, "plan_view")).toHaveLength(1);
    expect(synchronous()).toBe(FULL);
  });

  it("restores synchronous=FULL when the write fails", () => {
    breakAuditTable();
    expect(() =>
      recordAudit({ orgId: people.provider.orgId, userId: people.provider.id, action: "plan_view", subjectType: "plan", subjectId: "x" }),
    ).toThrow(/audit down/);
    expect(synchronous()).toBe(FULL);
  });

  it("relaxes only its own commit, not an enclosing transaction's", () => {
    db.transaction(() => {
      commitWithoutWaitingForDisk(db.$client, () => expect(synchronous()).toBe(FULL));
    });
    commitWithoutWaitingForDisk(db.$client, () => expect(synchronous()).toBe(1));
    expect(synchronous()).toBe(FULL);
  });
});
