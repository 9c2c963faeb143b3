import type { PlanContent } from "./schema";
import { QUESTION_IDS, type QuestionId, type SectionId } from "./structure";

/*
 * What each printed copy holds, chosen by the youth thing by thing (decision 060). A choice is
 * stored beside the thing it is about (`print`, or `printStatus` … for the About section), as part
 * of the plan's content, so a saved version records what its copies held. A thing without a stored
 * choice prints by the defaults below; one saved before choices existed with "Leave this off my
 * printed copy" (`keepOffPrint`) prints on no copy. Judged by one question: if the person the
 * youth fears found this paper, what would they learn?
 */

/** The copies a youth may carry or hand on; the provider copy holds everything and is not chosen. */
export const CHOSEN_COPIES = ["youth", "discreet", "card", "adult"] as const;
export type ChosenCopy = (typeof CHOSEN_COPIES)[number];
export type CopyChoice = Record<ChosenCopy, boolean>;

export type PrintableKind =
  | "status"
  | "safetyMeans"
  | "question"
  | "workQuestion"
  | "person"
  | "codeWord"
  | "safePlace"
  | "avoidPlace"
  | "coping"
  | "saferWorking"
  | "situation"
  | "goBag"
  | "refusal"
  | "resources"
  | "helpLine"
  | "nextMeeting";

interface Rule {
  /** The copies this kind of thing may go on at all. */
  offered: readonly ChosenCopy[];
  /** The copies it goes on until the youth chooses. */
  byDefault: readonly ChosenCopy[];
  /** The copies it is on whatever is chosen (shown as such in the choices table). */
  always?: readonly ChosenCopy[];
  /** What choosing it means, said beside it in the choices table. */
  caution?: Caution;
}

/**
 * A caution said beside a thing in the choices table: the help line's number can be looked up, and
 * so can the numbers of the places that can help (under neutral names on the notes).
 */
export type Caution = "lookedUp" | "numbersLookedUp";

export const PRINT_RULES: Record<PrintableKind, Rule> = {
  status: { offered: ["youth", "adult"], byDefault: [] },
  safetyMeans: { offered: ["youth", "discreet", "adult"], byDefault: ["youth"] },
  question: { offered: ["youth", "discreet", "adult"], byDefault: ["youth"] },
  workQuestion: { offered: ["youth", "adult"], byDefault: ["youth"] },
  person: { offered: ["youth", "discreet", "card", "adult"], byDefault: ["youth", "discreet", "card"] },
  codeWord: { offered: ["youth", "card", "adult"], byDefault: ["youth"] },
  safePlace: { offered: ["youth", "discreet", "adult"], byDefault: ["youth"] },
  avoidPlace: { offered: ["youth", "discreet", "adult"], byDefault: ["youth"] },
  coping: { offered: ["youth", "discreet", "adult"], byDefault: ["youth", "discreet", "adult"] },
  saferWorking: { offered: ["youth", "adult"], byDefault: ["youth"] },
  situation: { offered: ["youth", "discreet", "adult"], byDefault: ["youth"] },
  goBag: { offered: ["youth", "discreet", "adult"], byDefault: ["youth"] },
  refusal: { offered: ["youth", "discreet", "adult"], byDefault: ["youth"] },
  resources: { offered: ["youth", "discreet", "adult"], byDefault: ["youth", "adult"], caution: "numbersLookedUp" },
  // The hotline's number, under the neutral name "Help line" on the notes and the card: anyone who
  // looks the number up learns what line it is, so there it is the youth's to take off. The youth's
  // and the trusted adult's copies name it plainly, always (911 is on every copy and not a choice).
  helpLine: { offered: ["discreet", "card"], byDefault: ["discreet", "card"], always: ["youth", "adult"], caution: "lookedUp" },
  // The youth copy's follow-up page always has the date; on notes meant to pass unnoticed a date
  // tells whoever finds them when and where the youth will be, so it is there only if chosen.
  nextMeeting: { offered: ["discreet"], byDefault: [] },
};

/** The questions whose answers may go on the discreet copy; the others ask about work and buyers. */
export const NEUTRAL_QUESTION_IDS = ["q1", "q5", "q6", "q8", "q9"] as const satisfies readonly QuestionId[];

export const questionKind = (id: QuestionId): PrintableKind =>
  (NEUTRAL_QUESTION_IDS as readonly string[]).includes(id) ? "question" : "workQuestion";

/** The choice in force: the stored one (limited to the copies offered), else legacy "off", else the defaults. */
export function effectiveChoice(kind: PrintableKind, stored: Partial<CopyChoice> | undefined, legacyOff = false): CopyChoice {
  const rule = PRINT_RULES[kind];
  return Object.fromEntries(
    CHOSEN_COPIES.map((copy) => [
      copy,
      rule.offered.includes(copy) && (stored ? stored[copy] === true : !legacyOff && rule.byDefault.includes(copy)),
    ]),
  ) as CopyChoice;
}

/** One row of "What goes on each copy": a thing of the plan, the copies it may go on, and its choice in force. */
export interface ChoiceRow {
  key: string;
  sectionTitle: string;
  label: string;
  offered: readonly ChosenCopy[];
  /** Copies it is on whatever is chosen. */
  always: readonly ChosenCopy[];
  choice: CopyChoice;
  locked: boolean;
  caution?: Caution;
}

/** One thing in a plan that a copy may hold, with the key its choice is posted under. */
export interface PrintTarget {
  key: string;
  kind: PrintableKind;
  section: SectionId;
  choice: CopyChoice;
  /** A person the provider marked as maybe linked: on no youth-facing copy, whatever is stored. */
  locked?: boolean;
}

const filled = (s: string) => s.trim() !== "";

/** Every thing of the plan that holds something to print, in template order, with its choice in force. */
export function printTargets(content: PlanContent): PrintTarget[] {
  const targets: PrintTarget[] = [];
  const add = (key: string, kind: PrintableKind, section: SectionId, stored: Partial<CopyChoice> | undefined, legacyOff?: boolean, locked?: boolean) =>
    targets.push({ key, kind, section, choice: locked ? effectiveChoice(kind, {}) : effectiveChoice(kind, stored, legacyOff), ...(locked ? { locked } : {}) });
  const a = content.about;
  if (a.status) add("about.status", "status", "about", a.printStatus);
  if (filled(a.safetyMeans)) add("about.safetyMeans", "safetyMeans", "about", a.printSafetyMeans);
  // Answers about work and buyers print only where the youth put them, unless the youth chose to
  // talk about safer strategies (the same choice that opens those questions in the together view).
  const workQuestionsWanted = content["safer-working"].wanted;
  for (const id of QUESTION_IDS) {
    const answer = content.questions[id];
    const kind = questionKind(id);
    if (filled(answer.text)) add(`questions.${id}`, kind, "questions", answer.print, answer.keepOffPrint || (kind === "workQuestion" && !workQuestionsWanted));
  }
  for (const p of content.people.items) {
    add(`people.${p.id}`, "person", "people", p.print, p.keepOffPrint, p.mightBeLinked);
    if (filled(p.codeWord)) add(`people.${p.id}.codeWord`, "codeWord", "people", p.printCodeWord, p.keepOffPrint, p.mightBeLinked);
  }
  for (const p of content.places.safe) add(`places.safe.${p.id}`, "safePlace", "places", p.print, p.keepOffPrint);
  for (const p of content.places.avoid) add(`places.avoid.${p.id}`, "avoidPlace", "places", p.print, p.keepOffPrint);
  const listed = (s: { chosen: readonly string[]; own: readonly string[] }) => s.chosen.length > 0 || s.own.some(filled);
  if (listed(content.coping)) add("coping", "coping", "coping", content.coping.print);
  const safer = content["safer-working"];
  if (safer.wanted && listed(safer)) add("safer-working", "saferWorking", "safer-working", safer.print);
  for (const s of content.situations.items) add(`situations.${s.id}`, "situation", "situations", s.print, s.keepOffPrint);
  if (listed(content["go-bag"])) add("go-bag", "goBag", "go-bag", content["go-bag"].print);
  for (const r of content.refusal.items) add(`refusal.${r.id}`, "refusal", "refusal", r.print, r.keepOffPrint);
  add("resources.helpLine", "helpLine", "resources", content.resources.printHelpLine);
  add("resources", "resources", "resources", content.resources.print);
  if (content["follow-up"].nextMeeting) add("follow-up.nextMeeting", "nextMeeting", "follow-up", content["follow-up"].print);
  return targets;
}

/** Whether a thing goes on a copy: its choice in force, and never a maybe-linked person. */
export const onCopy = (target: PrintTarget | undefined, copy: ChosenCopy) => !!target && !target.locked && target.choice[copy];

/**
 * The content with the given choices stored on the things they are about (a draft only: a saved
 * version is never rewritten). Things without a posted choice keep theirs.
 */
export function withChoices(content: PlanContent, choices: ReadonlyMap<string, CopyChoice>): PlanContent {
  const pick = <T extends object>(key: string, item: T, field: "print" | "printCodeWord" | "printStatus" | "printSafetyMeans" | "printHelpLine" = "print"): T => {
    const choice = choices.get(key);
    if (!choice) return item;
    // A stored choice replaces the old "keep off" flag for good.
    return field === "print" ? { ...item, print: choice, keepOffPrint: undefined } : { ...item, [field]: choice };
  };
  const questions = Object.fromEntries(QUESTION_IDS.map((id) => [id, pick(`questions.${id}`, content.questions[id])])) as PlanContent["questions"];
  return {
    ...content,
    about: pick("about.safetyMeans", pick("about.status", content.about, "printStatus"), "printSafetyMeans"),
    questions,
    people: { items: content.people.items.map((p) => pick(`people.${p.id}.codeWord`, pick(`people.${p.id}`, p), "printCodeWord")) },
    places: {
      safe: content.places.safe.map((p) => pick(`places.safe.${p.id}`, p)),
      avoid: content.places.avoid.map((p) => pick(`places.avoid.${p.id}`, p)),
    },
    coping: pick("coping", content.coping),
    "safer-working": pick("safer-working", content["safer-working"]),
    situations: { items: content.situations.items.map((s) => pick(`situations.${s.id}`, s)) },
    "go-bag": pick("go-bag", content["go-bag"]),
    refusal: { items: content.refusal.items.map((r) => pick(`refusal.${r.id}`, r)) },
    resources: pick("resources.helpLine", pick("resources", content.resources), "printHelpLine"),
    "follow-up": pick("follow-up.nextMeeting", content["follow-up"]),
  };
}

const PRINT_KEYS = /^(print|keepOffPrint)/;

function keepKeys<T extends object>(submitted: T, stored: object | undefined): T {
  if (!stored) return submitted;
  const kept = Object.fromEntries(
    Object.entries(stored).filter(([key]) => PRINT_KEYS.test(key) && (submitted as Record<string, unknown>)[key] === undefined),
  );
  return { ...submitted, ...kept };
}

function keepInList<T extends { id: string }>(submitted: readonly T[], stored: readonly { id: string }[]): T[] {
  const byId = new Map(stored.map((s) => [s.id, s]));
  return submitted.map((item) => keepKeys(item, item.id ? byId.get(item.id) : undefined));
}

/**
 * A section form does not carry the copy choices (they are made on "What goes on each copy"): a
 * save keeps the draft's choices for each thing it still holds, matched by item id.
 */
export function keepPrintChoices<S extends SectionId>(section: S, submitted: PlanContent[S], draft: PlanContent): PlanContent[S] {
  const stored = draft[section];
  let next = keepKeys(submitted, stored) as PlanContent[SectionId];
  if (section === "questions") {
    const q = next as PlanContent["questions"];
    next = Object.fromEntries(QUESTION_IDS.map((id) => [id, keepKeys(q[id], draft.questions[id])])) as PlanContent["questions"];
  } else if (section === "people" || section === "situations" || section === "refusal") {
    const n = next as { items: { id: string }[] };
    next = { ...n, items: keepInList(n.items, (stored as { items: { id: string }[] }).items) } as PlanContent[SectionId];
  } else if (section === "places") {
    const n = next as PlanContent["places"];
    next = { safe: keepInList(n.safe, draft.places.safe), avoid: keepInList(n.avoid, draft.places.avoid) };
  }
  return next as PlanContent[S];
}
