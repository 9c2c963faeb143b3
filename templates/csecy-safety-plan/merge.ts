/*
 * A three-way merge of one section, field by field: the values the form was opened with (base),
 * what this page submits (mine) and what was saved meanwhile (theirs). A field only one side
 * changed takes that side's value; a field both changed the same way keeps it; a field both
 * changed differently waits for the person to choose, with what they typed kept in the form.
 * A field is a top-level key of the section: a text, a flag, one question, or a whole list.
 */

export type MergeOutcome =
  /** Changed only in the other save: its value replaces this page's (which was the base). */
  | "theirs"
  /** Changed only on this page: what was typed is kept. */
  | "mine"
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
    if (base && sameValue(mine[field], base[field])) outcome = "theirs";
    else if (base && sameValue(theirs[field], base[field])) outcome = "mine";
    if (outcome === "theirs") values[field] = theirs[field];
    fields.push({ field, outcome, mine: mine[field], theirs: theirs[field] });
  }
  return { values, fields };
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
