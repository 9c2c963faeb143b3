import { describe, expect, it } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { followUpDocumentSchema, followUpFormSchema } from "../../templates/csecy-safety-plan/follow-up-answers";
import { answeredCount, followUpPrompts } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { whatHelped } from "../../templates/csecy-safety-plan/what-helped";
import { addDays, DUE_BUCKETS, dueRanges } from "../../app/utils/calendar";

const prompts = followUpPrompts(demoPlanContent, templateText("en"));

describe("follow-up answer choices", () => {
  it("offers each prompt its own answers, plus rather not say and skip", () => {
    const choices = (key: string) => prompts.find((p) => p.key === key)!.choices;
    expect(choices("coping:deep-breathing")).toEqual(["used-helped", "used-not-helped", "not-used", "rather-not-say", "skipped"]);
    expect(choices("person:demo-person-dee")).toEqual(["still-true", "changed", "rather-not-say", "skipped"]);
    expect(choices("go-bag")).toEqual(["ready", "not-ready", "rather-not-say", "skipped"]);
    expect(choices("open")).toEqual(["rather-not-say", "skipped"]);
  });

  it("refuses an answer that does not fit its prompt, and takes every prompt left empty", () => {
    const schema = followUpFormSchema(prompts);
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ "person:demo-person-dee": { choice: "used-helped" } }).success).toBe(false);
    expect(schema.safeParse({ "coping:deep-breathing": { choice: "used-helped", note: "x".repeat(501) } }).success).toBe(false);
    expect(schema.parse({ "coping:deep-breathing": { choice: "not-used" } })["coping:deep-breathing"]).toEqual({ choice: "not-used", note: "" });
  });

  it("validates the stored document and counts what was answered", () => {
    expect(followUpDocumentSchema.safeParse({ revision: 1, answers: { "bad key!": { choice: "" } } }).success).toBe(false);
    expect(followUpDocumentSchema.safeParse({ revision: -1, answers: {} }).success).toBe(false);
    const doc = followUpDocumentSchema.parse({
      revision: 2,
      answers: { open: { note: "Better." }, "coping:deep-breathing": { choice: "skipped" }, "go-bag": { choice: "" } },
    });
    expect(answeredCount(prompts, doc.answers)).toBe(2);
  });
});

describe("what helped, over time", () => {
  it("gives each strategy a row across follow-ups, null where it was not in the plan", () => {
    const later = {
      ...demoPlanContent,
      coping: { chosen: ["deep-breathing" as const, "journaling" as const], own: ["Music with headphones"] },
      "safer-working": { ...demoPlanContent["safer-working"], wanted: false },
    };
    const rows = whatHelped(
      [
        { content: demoPlanContent, answers: { "coping:deep-breathing": { choice: "used-helped", note: "" }, "coping:own-0": { choice: "not-used", note: "" } } },
        { content: later, answers: { "coping:deep-breathing": { choice: "used-not-helped", note: "" }, "coping:own-0": { choice: "used-helped", note: "" } } },
      ],
      templateText("en"),
    );
    const row = (subject: string) => rows.find((r) => r.subject === subject)?.outcomes;
    expect(row("Deep breathing")).toEqual(["used-helped", "used-not-helped"]);
    expect(row("Counting backwards")).toEqual(["", null]);
    expect(row("Writing in a journal")).toEqual([null, ""]);
    expect(row("Music with headphones")).toEqual(["not-used", "used-helped"]);
    expect(row("Working in pairs")).toEqual(["", null]);
    expect(rows.every((r) => r.kind === "coping" || r.kind === "safer-working")).toBe(true);
  });
});

describe("due dates on the calendar", () => {
  it("counts days on the calendar date itself, across months and a daylight-saving change", () => {
    expect(addDays("2026-10-29", 6)).toBe("2026-11-04");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
  });

  it("is overdue before today, due this week through six days on, later after", () => {
    const ranges = dueRanges("2026-11-28");
    const bucketOf = (meeting: string) => DUE_BUCKETS.filter((b) => meeting >= ranges[b].from && meeting < ranges[b].to);
    expect(bucketOf("0001-01-01")).toEqual(["overdue"]);
    expect(bucketOf("2026-11-27")).toEqual(["overdue"]);
    expect(bucketOf("2026-11-28")).toEqual(["this-week"]);
    expect(bucketOf("2026-12-04")).toEqual(["this-week"]);
    expect(bucketOf("2026-12-05")).toEqual(["later"]);
    expect(bucketOf("9999-12-31")).toEqual(["later"]);
  });
});
