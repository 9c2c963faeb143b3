import { beforeAll, describe, expect, it } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { emptyPlanContent } from "../../templates/csecy-safety-plan/schema";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { createYouthWithPlan, listYouth, NotAllowedError } from "../../app/models/youth.server";
import { pageFrom } from "../../app/utils/pagination";
import { db, schema } from "../../app/models/db.server";
import { makeAgencies } from "../setup/fixtures";

let people: Awaited<ReturnType<typeof makeAgencies>>;
let planId: string;

beforeAll(async () => {
  people = await makeAgencies();
  ({ planId } = createYouthWithPlan(people.provider, { chosenName: "River", preferredLanguage: "en" }));
});

describe("youth and plans are scoped by agency and care team", () => {
  it("lists a youth for the care team and the agency's supervisor only", () => {
    const names = (actor: typeof people.provider) => listYouth(actor, pageFrom(new URL("http://x/"))).rows.map((y) => y.chosenName);
    expect(names(people.provider)).toEqual(["River"]);
    expect(names(people.supervisor)).toEqual(["River"]);
    expect(names(people.colleague)).toEqual([]);
    expect(names(people.outsider)).toEqual([]);
    expect(names(people.admin)).toEqual([]);
  });

  it("opens the plan for the care team, read-only for the supervisor, and not at all for others", () => {
    expect(getPlan(people.provider, planId)?.canEdit).toBe(true);
    expect(getPlan(people.supervisor, planId)?.canEdit).toBe(false);
    expect(getPlan(people.colleague, planId)).toBeUndefined();
    expect(getPlan(people.outsider, planId)).toBeUndefined();
    expect(getPlan(people.admin, planId)).toBeUndefined();
  });

  it("refuses admins a youth record", () => {
    expect(() => createYouthWithPlan(people.admin, { chosenName: "X", preferredLanguage: "en" })).toThrow(NotAllowedError);
  });

  it("starts the draft with the chosen name and language", () => {
    const plan = getPlan(people.provider, planId)!;
    expect(plan.draft.about.nameOnPlan).toBe("River");
    expect(plan.draft.about.language).toBe("en");
    expect(plan.draft.about.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plan.revision).toBe(0);
    expect(plan.versionCount).toBe(0);
  });
});

describe("saving a section into the draft", () => {
  it("saves, bumps the revision and keeps the other sections", () => {
    const { planId: id } = createYouthWithPlan(people.provider, { chosenName: "Lake", preferredLanguage: "en" });
    expect(saveSection(people.provider, id, "coping", demoPlanContent.coping, 0)).toEqual({ status: "saved", revision: 1 });
    expect(saveSection(people.provider, id, "people", demoPlanContent.people, 1)).toEqual({ status: "saved", revision: 2 });
    const plan = getPlan(people.provider, id)!;
    expect(plan.draft.coping).toEqual(demoPlanContent.coping);
    expect(plan.draft.people.items.map((p) => p.nickname)).toEqual(["Dee", "Jordan", "T"]);
    expect(plan.draft.about.nameOnPlan).toBe("Lake");
  });

  it("refuses a stale write as a conflict and leaves the draft as it was", () => {
    const { planId: id } = createYouthWithPlan(people.provider, { chosenName: "Stone", preferredLanguage: "en" });
    saveSection(people.provider, id, "coping", { chosen: ["journaling"], own: [] }, 0);
    const result = saveSection(people.provider, id, "coping", { chosen: ["movement"], own: [] }, 0);
    expect(result).toEqual({ status: "conflict", revision: 1 });
    expect(getPlan(people.provider, id)!.draft.coping.chosen).toEqual(["journaling"]);
  });

  it("gives new list items a stable id and keeps existing ones", () => {
    const { planId: id } = createYouthWithPlan(people.provider, { chosenName: "Fern", preferredLanguage: "en" });
    const items = [
      { ...demoPlanContent.refusal.items[0]!, id: "" },
      { ...demoPlanContent.refusal.items[0]!, id: "kept-id" },
    ];
    saveSection(people.provider, id, "refusal", { items }, 0);
    const saved = getPlan(people.provider, id)!.draft.refusal.items;
    expect(saved[0]!.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(saved[1]!.id).toBe("kept-id");
  });

  it("is refused for anyone who may not edit, without a change", () => {
    for (const actor of [people.colleague, people.outsider, people.supervisor, people.admin]) {
      expect(saveSection(actor, planId, "coping", { chosen: ["journaling"], own: [] }, 0)).toEqual({ status: "not-found" });
    }
    expect(getPlan(people.provider, planId)!.draft.coping).toEqual(emptyPlanContent().coping);
  });

  it("mirrors the concern flag and next meeting on the plan row for dashboards", () => {
    const { planId: id } = createYouthWithPlan(people.provider, { chosenName: "Ash", preferredLanguage: "en" });
    saveSection(people.provider, id, "provider", { notes: "", concern: true }, 0);
    saveSection(people.provider, id, "follow-up", { nextMeeting: "2026-12-10", checkOn: "" }, 1);
    const row = db.select().from(schema.plans).all().find((p) => p.id === id)!;
    expect(row.concernFlag).toBe(true);
    expect(row.nextFollowUp).toBe("2026-12-10");
  });

  it("rejects content outside the schema instead of storing it", () => {
    const { planId: id } = createYouthWithPlan(people.provider, { chosenName: "Oak", preferredLanguage: "en" });
    expect(() =>
      saveSection(people.provider, id, "coping", { chosen: ["not-a-strategy" as "journaling"], own: [] }, 0),
    ).toThrow();
    expect(getPlan(people.provider, id)!.revision).toBe(0);
  });
});
