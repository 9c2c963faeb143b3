import { beforeAll, describe, expect, it } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { getVersion, listVersions, restoreVersion, saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { recordAudit } from "../../app/models/audit.server";
import { db } from "../../app/models/db.server";
import { makeAgencies } from "../setup/fixtures";

let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  people = await makeAgencies();
});

function newPlan() {
  return createYouthWithPlan(people.provider, { chosenName: "Robin", preferredLanguage: "en" }).planId;
}

describe("saving versions", () => {
  it("numbers versions 1..n and snapshots the draft as it was", async () => {
    const planId = newPlan();
    saveSection(people.provider, planId, "coping", { chosen: ["journaling"], own: [] }, 0);
    expect(saveVersion(people.provider, planId, "first", 1)).toEqual({ status: "saved", number: 1 });
    saveSection(people.provider, planId, "coping", { chosen: ["movement"], own: ["Drawing"] }, 1);
    expect(saveVersion(people.provider, planId, "second", 2)).toEqual({ status: "saved", number: 2 });
    // Nothing changed since version 2 and no follow-up to record: no identical version 3.
    expect(saveVersion(people.provider, planId, "", 2)).toEqual({ status: "unchanged", latest: 2 });

    expect((await getVersion(people.provider, planId, 1))!.content.coping).toEqual({ chosen: ["journaling"], own: [] });
    expect((await getVersion(people.provider, planId, 2))!.content.coping).toEqual({ chosen: ["movement"], own: ["Drawing"] });
    expect(listVersions(people.provider, planId).map((v) => [v.number, v.note])).toEqual([
      [1, "first"],
      [2, "second"],
    ]);
  });

  it("refuses to save a draft that changed since it was reviewed", async () => {
    const planId = newPlan();
    saveSection(people.provider, planId, "coping", { chosen: ["journaling"], own: [] }, 0);
    expect(saveVersion(people.provider, planId, "", 0)).toEqual({ status: "conflict" });
    expect(listVersions(people.provider, planId)).toEqual([]);
  });

  it("is scoped: others neither save, list nor read versions", async () => {
    const planId = newPlan();
    saveVersion(people.provider, planId, "", 0);
    for (const actor of [people.colleague, people.outsider, people.admin, people.supervisor]) {
      expect(saveVersion(actor, planId, "", 0)).toEqual({ status: "not-found" });
    }
    for (const actor of [people.colleague, people.outsider, people.admin]) {
      expect(listVersions(actor, planId)).toEqual([]);
      expect(await getVersion(actor, planId, 1)).toBeUndefined();
    }
    expect((await getVersion(people.supervisor, planId, 1))?.number).toBe(1);
  });

  it("starting again from version k adds version n+1 with k's content and resets the draft", async () => {
    const planId = newPlan();
    saveSection(people.provider, planId, "people", demoPlanContent.people, 0);
    saveVersion(people.provider, planId, "", 1);
    saveSection(people.provider, planId, "people", { items: [] }, 1);
    saveVersion(people.provider, planId, "", 2);

    expect(restoreVersion(people.provider, planId, 1, 2)).toEqual({ status: "saved", number: 3 });
    const v3 = (await getVersion(people.provider, planId, 3))!;
    expect(v3.restoredFrom).toBe(1);
    expect(v3.content.people).toEqual(demoPlanContent.people);
    expect((await getVersion(people.provider, planId, 2))!.content.people.items).toEqual([]);
    expect(getPlan(people.provider, planId)!.draft.people).toEqual(demoPlanContent.people);
    expect(restoreVersion(people.provider, planId, 9, 3)).toEqual({ status: "not-found" });
    expect(restoreVersion(people.provider, planId, 1, 0)).toEqual({ status: "conflict" });
  });
});

describe("the database itself protects versions and the audit trail", () => {
  it("refuses UPDATE and DELETE of a version through raw SQL", async () => {
    const planId = newPlan();
    saveVersion(people.provider, planId, "", 0);
    const raw = (statement: string) => db.$client.prepare(statement).run(planId);
    expect(() => raw("update plan_versions set content = '{}' where plan_id = ?")).toThrow(/immutable/);
    expect(() => raw("update plan_versions set number = 7 where plan_id = ?")).toThrow(/immutable/);
    expect(() => raw("delete from plan_versions where plan_id = ?")).toThrow(/immutable/);
    expect((await getVersion(people.provider, planId, 1))!.number).toBe(1);
  });

  it("refuses a version number that leaves a gap or repeats", async () => {
    const planId = newPlan();
    saveVersion(people.provider, planId, "", 0);
    const insert = (number: number) =>
      db.$client
        .prepare(
          `insert into plan_versions (id, plan_id, number, content, template_id, template_version, author_id)
           values (?, ?, ?, '{}', 't', 1, ?)`,
        )
        .run(`x${number}${planId}`, planId, number, people.provider.id);
    expect(() => insert(3)).toThrow(/without gaps/);
    expect(() => insert(1)).toThrow(/without gaps/);
  });

  it("refuses UPDATE and DELETE of audit events", async () => {
    recordAudit({ orgId: people.orgId, userId: people.provider.id, action: "login" });
    expect(() => db.$client.exec("update audit_events set action = 'login'")).toThrow(/append-only/);
    expect(() => db.$client.exec("delete from audit_events")).toThrow(/append-only/);
  });
});
