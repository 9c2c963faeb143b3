import { describe, expect, it } from "vitest";
import { applyChoices, mergeSection } from "../../templates/csecy-safety-plan";
import { sectionSchemas } from "../../templates/csecy-safety-plan/schema";

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

  it("compares question answers as whole values", () => {

    const q = sectionSchemas.questions;
    const qBase = q.parse({});
    const qTheirs = q.parse({ q1: { text: "", keepOffPrint: true } });
    const qMine = q.parse({ q1: { text: "My answer", keepOffPrint: false } });
    expect(mergeSection(qBase, qMine, qTheirs).fields).toEqual([
      { field: "q1", outcome: "choose", mine: { text: "My answer", keepOffPrint: false }, theirs: { text: "", keepOffPrint: true } },
    ]);
  });
});

describe("lists both sides changed", () => {
  const person = (id: string, nickname: string, contact = "") => sectionSchemas.people.parse({ items: [{ id, nickname, contact }] }).items[0]!;
  const people = (...items: ReturnType<typeof person>[]) => ({ items });
  const opened = people(person("p1", "Ana"), person("p2", "Bo"));

  it("keeps both sides' additions, the other side's order first", () => {
    const merged = mergeSection(opened, people(person("p1", "Ana"), person("p2", "Bo"), person("", "Mine")), people(person("p1", "Ana"), person("p2", "Bo"), person("p9", "Theirs")));
    expect(merged.values.items.map((p) => p.nickname)).toEqual(["Ana", "Bo", "Theirs", "Mine"]);
    expect(merged.fields.map((f) => f.outcome)).toEqual(["both"]);
  });

  it("keeps edits of different entries and removals of untouched ones", () => {
    const mine = people(person("p1", "Ana", "555-0101"), person("p2", "Bo"));
    const theirs = people(person("p2", "Bo", "555-0202"));
    // Edited here, removed there: a choice, with this page's list in the form.
    expect(mergeSection(opened, mine, theirs)).toMatchObject({ values: mine, fields: [{ outcome: "choose" }] });
    const theirsEditsOther = people(person("p1", "Ana"), person("p2", "Bo", "555-0202"));
    expect(mergeSection(opened, mine, theirsEditsOther).values).toEqual(people(person("p1", "Ana", "555-0101"), person("p2", "Bo", "555-0202")));
    const mineRemovesBo = people(person("p1", "Ana"));
    const theirsEditsAna = people(person("p1", "Ana", "555-0303"), person("p2", "Bo"));
    expect(mergeSection(opened, mineRemovesBo, theirsEditsAna).values).toEqual(people(person("p1", "Ana", "555-0303")));
  });

  it("asks when both edited one entry differently, or one side reordered", () => {
    expect(mergeSection(opened, people(person("p1", "Ana", "1"), person("p2", "Bo")), people(person("p1", "Ana", "2"), person("p2", "Bo"), person("p9", "New"))).fields[0]!.outcome).toBe("choose");
    expect(mergeSection(opened, people(person("p2", "Bo"), person("p1", "Ana"), person("", "New")), people(person("p1", "Ana"), person("p2", "Bo"), person("p9", "X"))).fields[0]!.outcome).toBe("choose");
  });

  it("merges chosen suggestions and own ideas by their words", () => {
    const schema = sectionSchemas.coping;
    const base = schema.parse({ chosen: ["talking"], own: ["Walk"] });
    const theirs = schema.parse({ chosen: ["talking", "journaling"], own: ["Walk", "Draw"] });
    const mine = schema.parse({ chosen: ["deep-breathing", "talking"], own: ["Music"] });
    const merged = mergeSection(base, mine, theirs);
    expect(merged.fields.map((f) => [f.field, f.outcome])).toEqual([
      ["chosen", "both"],
      ["own", "both"],
    ]);
    expect(merged.values).toEqual({ chosen: ["talking", "journaling", "deep-breathing"], own: ["Draw", "Music"] });
  });
});

describe("applyChoices", () => {
  it("puts the other save's value (now the form's base) back where the person chose it, and nowhere else", () => {
    const base = followUp("2026-12-10", "theirs");
    expect(applyChoices(followUp("2026-12-11", "mine"), base, { checkOn: "theirs", nextMeeting: "mine" })).toEqual(followUp("2026-12-11", "theirs"));
    expect(applyChoices(followUp("2026-12-11", "mine"), base, {})).toEqual(followUp("2026-12-11", "mine"));
  });
});
