/*
 * A three-way merge of one section, field by field: the values the form was opened with (base),
 * what this page submits (mine) and what was saved meanwhile (theirs). A field only one side
 * changed takes that side's value; a field both changed the same way keeps it; a field both
 * changed differently waits for the person to choose, with what they typed kept in the form.
 * A field is a top-level key of the section: a text, a flag, one question, or a list. A list both
 * sides changed is merged entry by entry where that is unambiguous (entries matched by their item
 * id, or a chosen suggestion or own idea by its words): each side's additions, removals and edits
 * of different entries are all kept. An entry both edited differently, one side edited and the
 * other removed, or a reordering, makes the whole list a choice.
 */

export type MergeOutcome =
  /** Changed only in the other save: its value replaces this page's (which was the base). */
  | "theirs"
  /** Changed only on this page: what was typed is kept. */
  | "mine"
  /** A list both sides changed in different entries: both sides' changes are kept. */
  | "both"
  /** Changed on both sides, differently: the person chooses. */
  | "choose";

export interface FieldMerge {
  field: string;
  outcome: MergeOutcome;
  mine: unknown;
  theirs: unknown;
}

export interface SectionMerge<T> {
  /** What the form shows after the merge: for "choose" fields, what this page had. */
  values: T;
  /** Every field where the other save and this page differ; fields they agree on are left out. */
  fields: FieldMerge[];
}

/** A field in the merge shown to the person; for one both changed, their choice once made. */
export type PendingChoice = FieldMerge & { chosen?: "mine" | "theirs" };

/** The merge shown above the form after a conflict: a message and every field the two sides disagree on. */
export interface MergeView {
  message: string;
  fields: PendingChoice[];
}

/** Values equal as data (parsed section values: the same schema gives the same key order). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges `mine` into `theirs` against `base`. Without a base (a form that carried none, or a
 * damaged one) nothing is known about who changed what: every field that differs is a choice.
 */
export function mergeSection<T extends Record<string, unknown>>(base: T | undefined, mine: T, theirs: T): SectionMerge<T> {
  const values = { ...mine };
  const fields: FieldMerge[] = [];
  for (const field of Object.keys(theirs) as (keyof T & string)[]) {
    if (sameValue(mine[field], theirs[field])) continue;
    let outcome: MergeOutcome = "choose";
    if (base && sameValue(mine[field], base[field])) {
      outcome = "theirs";
      values[field] = theirs[field];
    } else if (base && sameValue(theirs[field], base[field])) {
      outcome = "mine";
    } else if (base) {
      const together = mergeList(base[field], mine[field], theirs[field]);
      if (together) {
        outcome = "both";
        values[field] = together as T[keyof T & string];
      }
    }
    fields.push({ field, outcome, mine: mine[field], theirs: theirs[field] });
  }
  return { values, fields };
}

type Entry = string | { id?: unknown };

/** How an entry is matched across the three sides; undefined for an entry added on this page (no id yet). */
function entryKey(entry: Entry): string | undefined {
  if (typeof entry === "string") return `text:${entry}`;
  return typeof entry.id === "string" && entry.id !== "" ? `id:${entry.id}` : undefined;
}

function keyed(list: readonly Entry[]): Map<string, Entry> | undefined {
  const map = new Map<string, Entry>();
  for (const entry of list) {
    const key = entryKey(entry);
    if (key === undefined) continue;
    if (map.has(key)) return undefined; // the same words twice: entries cannot be told apart
    map.set(key, entry);
  }
  return map;
}

/**
 * Both sides' changes to one list, or undefined when they cannot be combined without a choice.
 * The result follows the other save's order, with this page's additions at the end.
 */
function mergeList(baseValue: unknown, mineValue: unknown, theirsValue: unknown): Entry[] | undefined {
  if (!Array.isArray(baseValue) || !Array.isArray(mineValue) || !Array.isArray(theirsValue)) return undefined;
  const [base, mine, theirs] = [baseValue as Entry[], mineValue as Entry[], theirsValue as Entry[]];
  const [b, m, t] = [keyed(base), keyed(mine), keyed(theirs)];
  if (!b || !m || !t) return undefined;
  if (base.some((e) => entryKey(e) === undefined) || theirs.some((e) => entryKey(e) === undefined)) return undefined;
  // A reordering on either side is a change of the whole list.
  const order = (list: Entry[], keep: Map<string, Entry>) => list.map(entryKey).filter((k): k is string => k !== undefined && keep.has(k));
  if (!sameValue(order(mine, b), order(base, m)) || !sameValue(order(theirs, b), order(base, t))) return undefined;

  const merged: Entry[] = [];
  for (const entry of theirs) {
    const key = entryKey(entry)!;
    const was = b.get(key);
    const ours = m.get(key);
    if (!was) {
      if (ours && !sameValue(ours, entry)) return undefined; // both added it, differently
      merged.push(entry);
    } else if (!ours) {
      if (!sameValue(entry, was)) return undefined; // edited there, removed here
    } else if (sameValue(ours, was) || sameValue(ours, entry)) {
      merged.push(entry);
    } else if (sameValue(entry, was)) {
      merged.push(ours);
    } else {
      return undefined; // both edited it, differently
    }
  }
  for (const entry of mine) {
    const key = entryKey(entry);
    if (key !== undefined && t.has(key)) continue;
    const was = key === undefined ? undefined : b.get(key);
    if (!was) merged.push(entry); // added here
    else if (!sameValue(entry, was)) return undefined; // edited here, removed there
  }
  return merged;
}

/**
 * Applies the person's choices for fields both sides changed, once the form carries the other
 * save's values as its base: "theirs" puts the base value back over what was typed.
 */
export function applyChoices<T extends Record<string, unknown>>(mine: T, base: T, choices: Partial<Record<string, "mine" | "theirs">>): T {
  const values = { ...mine };
  for (const [field, choice] of Object.entries(choices)) {
    if (choice === "theirs" && Object.hasOwn(base, field)) values[field as keyof T] = base[field as keyof T];
  }
  return values;
}
