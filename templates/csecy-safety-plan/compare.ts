import type { PlanContent } from "./schema";
import { QUESTION_IDS, SECTION_IDS, type SectionId } from "./structure";

/*
 * A structured comparison of two plan contents, section by section (not a text diff): plain
 * fields that changed, and for every list the items added, removed and changed, matched by
 * their stable item ids. Choices from a suggestion list are matched by their suggestion id;
 * the youth's own ideas have no id and are matched by their words, so editing one shows as
 * one removed and one added.
 */

export type Value = string | boolean;
export type Item = Record<string, Value>;

export interface FieldChange {
  field: string;
  before: Value;
  after: Value;
}

export interface ChangedItem {
  id: string;
  before: Item;
  after: Item;
  fields: FieldChange[];
}

export interface ListComparison {
  /** The list's name in its section: "items", "safe", "avoid", "chosen", "own". */
  list: string;
  added: { id: string; item: Item }[];
  removed: { id: string; item: Item }[];
  changed: ChangedItem[];
}

export interface SectionComparison {
  section: SectionId;
  fields: FieldChange[];
  lists: ListComparison[];
  changed: boolean;
}

/** The words and switches of a thing; its copy choices are shown on "What goes on each copy", not here. */
function asItem(thing: object): Item {
  return Object.fromEntries(
    Object.entries(thing).filter(([key, v]) => !key.startsWith("print") && (typeof v === "string" || typeof v === "boolean")),
  ) as Item;
}

function fieldChanges(beforeThing: object, afterThing: object, skip: readonly string[] = []): FieldChange[] {
  const before = asItem(beforeThing);
  const after = asItem(afterThing);
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((n) => !skip.includes(n));
  return names.filter((n) => before[n] !== after[n]).map((field) => ({ field, before: before[field] ?? "", after: after[field] ?? "" }));
}

function compareItems(list: string, beforeThings: readonly { id: string }[], afterThings: readonly { id: string }[]): ListComparison {
  const before = beforeThings.map((t) => ({ ...asItem(t), id: t.id }));
  const after = afterThings.map((t) => ({ ...asItem(t), id: t.id }));
  const beforeById = new Map(before.map((i) => [i.id, i]));
  const afterById = new Map(after.map((i) => [i.id, i]));
  return {
    list,
    added: after.filter((i) => !beforeById.has(i.id)).map((item) => ({ id: item.id, item })),
    removed: before.filter((i) => !afterById.has(i.id)).map((item) => ({ id: item.id, item })),
    changed: after.flatMap((item) => {
      const old = beforeById.get(item.id);
      if (!old) return [];
      const fields = fieldChanges(old, item, ["id"]);
      return fields.length ? [{ id: item.id, before: old, after: item, fields }] : [];
    }),
  };
}

/** Suggestion choices (by id) or own ideas (by their words) as id-only items. */
function compareSet(list: string, before: readonly string[], after: readonly string[]): ListComparison {
  const key = (s: string) => s.trim();
  const asItems = (values: readonly string[]) => [...new Set(values.map(key).filter(Boolean))].map((id) => ({ id }));
  return compareItems(list, asItems(before), asItems(after));
}

function compareSection(section: SectionId, a: PlanContent, b: PlanContent): Omit<SectionComparison, "section" | "changed"> {
  switch (section) {
    case "about":
    case "follow-up":
    case "provider":
      return { fields: fieldChanges(a[section], b[section]), lists: [] };
    case "questions":
      return {
        fields: QUESTION_IDS.flatMap((q) =>
          fieldChanges(a.questions[q], b.questions[q]).map((c) => ({ ...c, field: `${q}.${c.field}` })),
        ),
        lists: [],
      };
    case "people":
    case "situations":
    case "refusal":
      return { fields: [], lists: [compareItems("items", a[section].items, b[section].items)] };
    case "places":
      return {
        fields: [],
        lists: [compareItems("safe", a.places.safe, b.places.safe), compareItems("avoid", a.places.avoid, b.places.avoid)],
      };
    case "coping":
    case "go-bag":
      return { fields: [], lists: [compareSet("chosen", a[section].chosen, b[section].chosen), compareSet("own", a[section].own, b[section].own)] };
    case "safer-working":
      return {
        fields: fieldChanges({ wanted: a[section].wanted }, { wanted: b[section].wanted }),
        lists: [compareSet("chosen", a[section].chosen, b[section].chosen), compareSet("own", a[section].own, b[section].own)],
      };
    case "resources":
      return {
        fields: [],
        lists: [compareSet("chosen", a.resources.chosen, b.resources.chosen), compareItems("own", a.resources.own, b.resources.own)],
      };
  }
}

/** Every section of the template, in order, with what changed from `before` to `after`. */
export function comparePlanContents(before: PlanContent, after: PlanContent): SectionComparison[] {
  return SECTION_IDS.map((section) => {
    const { fields, lists } = compareSection(section, before, after);
    const changed = fields.length > 0 || lists.some((l) => l.added.length || l.removed.length || l.changed.length);
    return { section, fields, lists, changed };
  });
}
