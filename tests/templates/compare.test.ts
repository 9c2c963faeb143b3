import { describe, expect, it } from "vitest";
import { demoPlanContent, type PlanContent } from "../../templates/csecy-safety-plan";
import { comparePlanContents, type SectionComparison } from "../../templates/csecy-safety-plan/compare";

/** Version 2 of the demo plan, as a follow-up might leave it. */
function secondVersion(): PlanContent {
  const v1 = structuredClone(demoPlanContent);
  const [dee, jordan] = v1.people.items;
  return {
    ...v1,
    about: { ...v1.about, status: "leaving" },
    questions: { ...v1.questions, q4: { text: "Not any more.", keepOffPrint: false } },
    people: {
      items: [
        { ...dee!, contact: "Call, after 6" },
        jordan!,
        { ...jordan!, id: "new-person-r", nickname: "Ms. R", relationship: "Coach", contact: "At the gym" },
      ],
    },
    places: { safe: [v1.places.safe[0]!], avoid: v1.places.avoid },
    coping: { chosen: ["deep-breathing", "movement", "journaling"], own: ["Music with headphones", "Drawing"] },
    "go-bag": { chosen: v1["go-bag"].chosen, own: ["School binder"] },
    resources: { ...v1.resources, chosen: ["988", "runaway-safeline"] },
    "follow-up": { ...v1["follow-up"], nextMeeting: "2026-12-18" },
  };
}

const ids = (list: { id: string }[]) => list.map((i) => i.id);
const summary = (c: SectionComparison) => ({
  fields: c.fields.map((f) => [f.field, f.before, f.after]),
  lists: c.lists.map((l) => ({
    list: l.list,
    added: ids(l.added),
    removed: ids(l.removed),
    changed: l.changed.map((ch) => [ch.id, ch.fields.map((f) => [f.field, f.before, f.after])]),
  })),
});

describe("comparing two versions of a plan", () => {
  const result = comparePlanContents(demoPlanContent, secondVersion());
  const section = (id: SectionComparison["section"]) => result.find((c) => c.section === id)!;

  it("covers every section in template order and marks exactly the changed ones", () => {
    expect(result.map((c) => c.section)).toEqual([
      "about", "questions", "people", "places", "coping", "safer-working", "situations", "go-bag", "refusal", "resources", "follow-up", "provider",
    ]);
    expect(result.filter((c) => c.changed).map((c) => c.section)).toEqual([
      "about", "questions", "people", "places", "coping", "go-bag", "resources", "follow-up",
    ]);
  });

  it("lists people added, removed and changed by their stable ids, with the fields that changed", () => {
    expect(summary(section("people"))).toEqual({
      fields: [],
      lists: [
        {
          list: "items",
          added: ["new-person-r"],
          removed: ["demo-person-t"],
          changed: [["demo-person-dee", [["contact", "Text, any time", "Call, after 6"]]]],
        },
      ],
    });
  });

  it("lists a removed safe place, and nothing for the unchanged places to avoid", () => {
    expect(summary(section("places")).lists).toEqual([
      { list: "safe", added: [], removed: ["demo-safe-library"], changed: [] },
      { list: "avoid", added: [], removed: [], changed: [] },
    ]);
  });

  it("matches suggestion choices by id and the youth's own ideas by their words", () => {
    expect(summary(section("coping")).lists).toEqual([
      { list: "chosen", added: ["journaling"], removed: ["counting-backwards"], changed: [] },
      { list: "own", added: ["Drawing"], removed: [], changed: [] },
    ]);
    expect(summary(section("go-bag")).lists).toEqual([
      { list: "chosen", added: [], removed: [], changed: [] },
      { list: "own", added: ["School binder"], removed: ["My school binder"], changed: [] },
    ]);
    expect(summary(section("resources")).lists).toEqual([
      { list: "chosen", added: [], removed: ["211-la"], changed: [] },
      { list: "own", added: [], removed: [], changed: [] },
    ]);
  });

  it("lists plain fields that changed with their values before and after", () => {
    expect(summary(section("about")).fields).toEqual([["status", "thinking-about-leaving", "leaving"]]);
    expect(summary(section("questions")).fields).toEqual([["q4.text", "", "Not any more."]]);
    expect(summary(section("follow-up")).fields).toEqual([["nextMeeting", "2026-12-04", "2026-12-18"]]);
  });

  it("finds no change between a version and itself, and reverses cleanly", () => {
    expect(comparePlanContents(demoPlanContent, demoPlanContent).some((c) => c.changed)).toBe(false);
    const back = comparePlanContents(secondVersion(), demoPlanContent).find((c) => c.section === "people")!;
    expect(summary(back).lists[0]).toMatchObject({ added: ["demo-person-t"], removed: ["new-person-r"] });
  });
});
