import { describe, expect, it } from "vitest";
import { applyChoices, mergeSection, sectionSchemas } from "../../templates/csecy-safety-plan";

const followUp = (nextMeeting: string, checkOn: string) => ({ nextMeeting, checkOn });

describe("mergeSection, three-way against the values the form was opened with", () => {
  const base = followUp("", "");

  it("takes the other save's value for a field only it changed", () => {
    expect(mergeSection(base, followUp("", "mine"), followUp("2026-12-10", ""))).toEqual({
      values: followUp("2026-12-10", "mine"),
      fields: [
        { field: "nextMeeting", outcome: "theirs", mine: "", theirs: "2026-12-10" },
        { field: "checkOn", outcome: "mine", mine: "mine", theirs: "" },
      ],
    });
  });

  it("leaves out a field both sides changed the same way", () => {
    expect(mergeSection(base, followUp("2026-12-10", "x"), followUp("2026-12-10", ""))).toEqual({
      values: followUp("2026-12-10", "x"),
      fields: [{ field: "checkOn", outcome: "mine", mine: "x", theirs: "" }],
    });
  });

  it("asks for a choice where both changed a field differently, keeping what this page typed in the form", () => {
    const merged = mergeSection(base, followUp("", "mine"), followUp("", "theirs"));
    expect(merged.values).toEqual(followUp("", "mine"));
    expect(merged.fields).toEqual([{ field: "checkOn", outcome: "choose", mine: "mine", theirs: "theirs" }]);
  });

  it("makes every difference a choice without a base", () => {
    const merged = mergeSection(undefined, followUp("", "mine"), followUp("2026-12-10", ""));
    expect(merged.fields.map((f) => [f.field, f.outcome])).toEqual([
      ["nextMeeting", "choose"],
      ["checkOn", "choose"],
    ]);
  });

  it("compares lists and question answers as whole values", () => {
    const schema = sectionSchemas.coping;
    const opened = schema.parse({ chosen: ["talking"], own: [] });
    const theirs = schema.parse({ chosen: ["talking", "journaling"], own: [] });
    const mine = schema.parse({ chosen: ["talking"], own: ["Walk the dog"] });
    expect(mergeSection(opened, mine, theirs).values).toEqual({ chosen: ["talking", "journaling"], own: ["Walk the dog"] });

    const q = sectionSchemas.questions;
    const qBase = q.parse({});
    const qTheirs = q.parse({ q1: { text: "", keepOffPrint: true } });
    const qMine = q.parse({ q1: { text: "My answer", keepOffPrint: false } });
    expect(mergeSection(qBase, qMine, qTheirs).fields).toEqual([
      { field: "q1", outcome: "choose", mine: { text: "My answer", keepOffPrint: false }, theirs: { text: "", keepOffPrint: true } },
    ]);
  });
});

describe("applyChoices", () => {
  it("puts the other save's value (now the form's base) back where the person chose it, and nowhere else", () => {
    const base = followUp("2026-12-10", "theirs");
    expect(applyChoices(followUp("2026-12-11", "mine"), base, { checkOn: "theirs", nextMeeting: "mine" })).toEqual(followUp("2026-12-11", "theirs"));
    expect(applyChoices(followUp("2026-12-11", "mine"), base, {})).toEqual(followUp("2026-12-11", "mine"));
  });
});
