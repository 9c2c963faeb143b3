import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  demoPlanContent,
  LIMITS,
  QUESTION_IDS,
  SECTION_IDS,
} from "../../templates/csecy-safety-plan";
import { emptyPlanContent, planContentSchema, sectionSchemas } from "../../templates/csecy-safety-plan/schema";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { RESOURCES } from "../../templates/resources/directory";

const text = templateText("en");

function firstIssue(section: keyof typeof sectionSchemas, value: unknown) {
  const result = sectionSchemas[section].safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return { path: issue.path.join("."), message: issue.message };
}

const BAD_INPUT = [
  ["people", { items: [{ nickname: "x".repeat(LIMITS.shortText + 1) }] }, "items.0.nickname", `at most ${LIMITS.shortText}`],
  ["questions", { q3: { text: "y".repeat(LIMITS.longText + 1) } }, "q3.text", `at most ${LIMITS.longText}`],
  ["about", { date: "next tuesday" }, "date", "like 2026-12-05"],
  ["about", { status: "fine" }, "status", "pick one"],
  ["coping", { chosen: ["shouting"] }, "chosen.0", "pick from the list"],
  ["people", { items: Array.from({ length: LIMITS.people + 1 }, () => ({})) }, "items", `up to ${LIMITS.people} people`],
  ["refusal", { items: Array.from({ length: LIMITS.refusalLines + 1 }, () => ({})) }, "items", `up to ${LIMITS.refusalLines}`],
  ["situations", { items: [{ kind: "bad-kind" }] }, "items.0.kind", "kind of situation"],
  ["resources", { chosen: ["emergency-911"] }, "chosen.0", "pick from the list"],
  ["people", { items: [{ id: "../../etc" }] }, "items.0.id", "damaged"],
  ["places", { avoid: [{ why: "w".repeat(LIMITS.mediumText + 1) }] }, "avoid.0.why", `at most ${LIMITS.mediumText}`],
  ["places", { safe: Array.from({ length: LIMITS.places + 1 }, () => ({})) }, "safe", `up to ${LIMITS.places} safe places`],
  ["safer-working", { own: Array.from({ length: LIMITS.ownEntries + 1 }, () => "x") }, "own", `up to ${LIMITS.ownEntries}`],
  ["go-bag", { chosen: ["passport-for-pet"] }, "chosen.0", "pick from the list"],
  ["follow-up", { nextMeeting: "2026-13-40" }, "nextMeeting", "like 2026-12-05"],
  ["provider", { notes: "n".repeat(LIMITS.longText + 1) }, "notes", `at most ${LIMITS.longText}`],
] as const;

describe("plan content schema", () => {
  it("accepts an empty plan: every field may be left empty", () => {
    const empty = emptyPlanContent();
    expect(empty.people.items).toEqual([]);
    expect(empty.questions.q1).toEqual({ text: "" });
    expect(empty.about.status).toBe("");
    expect(planContentSchema.parse(empty)).toEqual(empty);
  });

  it("accepts the demo plan unchanged", () => {
    expect(planContentSchema.parse(demoPlanContent)).toEqual(demoPlanContent);
  });

  it("has a refusal case for every section", () => {
    expect(new Set(BAD_INPUT.map(([section]) => section))).toEqual(new Set(SECTION_IDS));
  });

  it("has a schema, a title, an intro and tips for every section", () => {
    for (const id of SECTION_IDS) {
      expect(sectionSchemas[id]).toBeDefined();
      expect(text.sections[id].title).not.toBe("");
      expect(text.sections[id].intro).not.toBe("");
      expect(text.sections[id].tips.length).toBeGreaterThan(0);
    }
  });

  it.each(BAD_INPUT)("refuses bad %s input at the field that caused it (%#)", (section, value, path, message) => {
    const issue = firstIssue(section, value);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toContain(message);
  });


  it("accepts values exactly at the limits", () => {
    expect(firstIssue("people", { items: Array.from({ length: LIMITS.people }, () => ({ nickname: "x".repeat(LIMITS.shortText) })) })).toBeUndefined();
    expect(firstIssue("about", { date: "2026-02-28" })).toBeUndefined();
  });

  it("trims text so an answer of spaces counts as empty", () => {
    expect(sectionSchemas["follow-up"].parse({ checkOn: "   " }).checkOn).toBe("");
  });
});

describe("template text from the toolkit", () => {
  it("has the nine sample safety-planning questions verbatim", () => {
    const source = readFileSync(resolve("tests/templates/fixtures/toolkit-sample-questions.md"), "utf8");
    const questions = [...source.matchAll(/^\d\. (.+)$/gm)].map((m) => m[1]!.trim());
    expect(questions).toHaveLength(9);
    expect(QUESTION_IDS.map((id) => text.questions[id])).toEqual(questions);
  });

  it("lists the toolkit's coping and safer-working suggestions", () => {
    expect(Object.values(text.coping)).toHaveLength(9);
    expect(Object.values(text.saferWorking)).toEqual([
      "Always have condoms and use them",
      "Checking out buyers first",
      "Working in places I know",
      "Working in pairs",
      "Checking in with someone",
    ]);
  });
});

describe("resource directory", () => {
  it("always includes 911 and the National Human Trafficking Hotline", () => {
    const always = RESOURCES.filter((r) => r.always);
    expect(always.map((r) => [r.phone, r.text])).toEqual([
      ["911", null],
      ["1-888-373-7888", "233733"],
    ]);
  });

  it("gives every entry a purpose, hours, a source, and an agency confirmation only as a valid date", () => {
    for (const r of RESOURCES) {
      expect(r.purpose.en).not.toBe("");
      expect(r.hours.en).not.toBe("");
      expect(r.phone ?? r.text).toBeTruthy();
      expect(["toolkit", "public-listing"]).toContain(r.numberFrom);
      if (r.agencyConfirmed !== null) expect(new Date(r.agencyConfirmed).toISOString().slice(0, 10)).toBe(r.agencyConfirmed);
    }
  });
});
