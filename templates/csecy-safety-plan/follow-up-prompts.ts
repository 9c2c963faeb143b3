import type { FollowUpDocument } from "./follow-up-answers";
import type { PlanContent } from "./schema";
import type { Language } from "./structure";
import type { TemplateText } from "./text-types";

/*
 * The toolkit's follow-up prompts ("Follow up! Follow up! Follow up! ... How did things go? Did
 * you use any of the strategies/ideas you came up with?"), made from one version of a plan.
 * The ONE source of these prompts: the youth copy's follow-up page prints them, and the follow-up
 * flow asks them. Wording lives here per language, so Spanish is data only.
 */

export type FollowUpPromptKind =
  | "open"
  | "coping"
  | "safer-working"
  | "person"
  | "linked-person"
  | "safe-place"
  | "avoid-place"
  | "go-bag";

export interface FollowUpPrompt {
  /** Stable within a version: the kind and the item's id (or the suggestion id, or `own-<index>`). */
  key: string;
  kind: FollowUpPromptKind;
  /** What the prompt is about, as the plan names it ("Deep breathing", "Dee", "Library on 5th"). */
  subject: string;
  question: string;
  /** The answers the follow-up flow offers (the open question is answered in words only). */
  choices: readonly FollowUpChoice[];
}

/**
 * How a prompt can be answered in the follow-up flow. Besides these, every prompt can be left
 * unanswered, skipped, or answered "rather not say" (FOLLOW_UP_ANY_CHOICES).
 */
export const FOLLOW_UP_CHOICES = {
  strategy: ["used-helped", "used-not-helped", "not-used"],
  stillTrue: ["still-true", "changed"],
  goBag: ["ready", "not-ready"],
  anythingChanged: ["nothing-changed", "something-changed"],
} as const;
export const FOLLOW_UP_ANY_CHOICES = ["rather-not-say", "skipped"] as const;
export const FOLLOW_UP_CHOICE_IDS = [
  ...FOLLOW_UP_CHOICES.strategy,
  ...FOLLOW_UP_CHOICES.stillTrue,
  ...FOLLOW_UP_CHOICES.goBag,
  ...FOLLOW_UP_CHOICES.anythingChanged,
  ...FOLLOW_UP_ANY_CHOICES,
] as const;
export type FollowUpChoice = (typeof FOLLOW_UP_CHOICE_IDS)[number];

const CHOICES_BY_KIND: Record<FollowUpPromptKind, readonly FollowUpChoice[]> = {
  open: FOLLOW_UP_ANY_CHOICES,
  coping: [...FOLLOW_UP_CHOICES.strategy, ...FOLLOW_UP_ANY_CHOICES],
  "safer-working": [...FOLLOW_UP_CHOICES.strategy, ...FOLLOW_UP_ANY_CHOICES],
  person: [...FOLLOW_UP_CHOICES.stillTrue, ...FOLLOW_UP_ANY_CHOICES],
  "linked-person": [...FOLLOW_UP_CHOICES.anythingChanged, ...FOLLOW_UP_ANY_CHOICES],
  "safe-place": [...FOLLOW_UP_CHOICES.stillTrue, ...FOLLOW_UP_ANY_CHOICES],
  "avoid-place": [...FOLLOW_UP_CHOICES.stillTrue, ...FOLLOW_UP_ANY_CHOICES],
  "go-bag": [...FOLLOW_UP_CHOICES.goBag, ...FOLLOW_UP_ANY_CHOICES],
};

/**
 * The follow-up in conversation-sized parts, one at a time on screen and one block each on the
 * printed page: how things went, then strategies, people, places and the go-bag.
 */
export const FOLLOW_UP_GROUP_IDS = ["overall", "coping", "safer-working", "people", "places", "go-bag"] as const;
export type FollowUpGroupId = (typeof FOLLOW_UP_GROUP_IDS)[number];
const GROUP_OF_KIND: Record<FollowUpPromptKind, FollowUpGroupId> = {
  open: "overall",
  coping: "coping",
  "safer-working": "safer-working",
  person: "people",
  "linked-person": "people",
  "safe-place": "places",
  "avoid-place": "places",
  "go-bag": "go-bag",
};

export interface FollowUpGroup {
  id: FollowUpGroupId;
  title: string;
  prompts: FollowUpPrompt[];
}

interface PromptWording {
  groups: Record<FollowUpGroupId, string>;
  /** The question a printed tick grid asks of every row of one kind (the row names the subject). */
  gridQuestions: Record<Exclude<FollowUpPromptKind, "open">, string>;
  open: string;
  strategy: (strategy: string) => string;
  person: (person: string) => string;
  /** The provider's neutral check on a person who might be linked to the exploiter: never "count on". */
  linkedPerson: (person: string) => string;
  safePlace: (place: string) => string;
  avoidPlace: (place: string) => string;
  goBag: string;
  somePerson: string;
  somePlace: string;
  choices: Record<FollowUpChoice, string>;
  /** Short forms for the "What helped, over time" table. */
  shortChoices: Record<FollowUpChoice, string>;
}

const WORDING: Record<Language, PromptWording> = {
  en: {
    groups: {
      overall: "How things went",
      coping: "Coping strategies",
      "safer-working": "Safer strategies",
      people: "People",
      places: "Places",
      "go-bag": "Things to take",
    },
    gridQuestions: {
      coping: "Did you use it? Did it help?",
      "safer-working": "Did you use it? Did it help?",
      person: "Still someone you can count on?",
      "linked-person": "Has anything changed? (for the provider only)",
      "safe-place": "Still safe?",
      "avoid-place": "Still a place to stay away from?",
      "go-bag": "Are the things you would take if you leave still ready?",
    },
    open: "How did things go since we made this plan?",
    strategy: (s) => `How did things go? Did you use \u201c${s}\u201d? Did it help?`,
    person: (p) => `Is ${p} still someone you can count on?`,
    linkedPerson: (p) => `Has anything changed with ${p}?`,
    safePlace: (p) => `Is ${p} still safe?`,
    avoidPlace: (p) => `Is ${p} still a place to stay away from?`,
    goBag: "Are the things you would take if you leave still ready?",
    somePerson: "this person",
    somePlace: "this place",
    choices: {
      "used-helped": "Used it, and it helped",
      "used-not-helped": "Used it, but it didn\u2019t help",
      "not-used": "Didn\u2019t use it",
      "still-true": "Yes, still true",
      changed: "No, this has changed",
      ready: "Yes, still ready",
      "not-ready": "Not ready right now",
      "nothing-changed": "Nothing has changed",
      "something-changed": "Something has changed",
      "rather-not-say": "Rather not say",
      skipped: "Skip this one",
    },
    shortChoices: {
      "used-helped": "Helped",
      "used-not-helped": "Used, didn\u2019t help",
      "not-used": "Not used",
      "still-true": "Still true",
      changed: "Changed",
      ready: "Ready",
      "not-ready": "Not ready",
      "nothing-changed": "No change",
      "something-changed": "Changed",
      "rather-not-say": "Rather not say",
      skipped: "Skipped",
    },
  },
  es: {
    groups: {
      overall: "Cómo te ha ido",
      coping: "Maneras de calmarte",
      "safer-working": "Estrategias más seguras",
      people: "Personas",
      places: "Lugares",
      "go-bag": "Cosas para llevar",
    },
    gridQuestions: {
      coping: "¿Lo usaste? ¿Te ayudó?",
      "safer-working": "¿Lo usaste? ¿Te ayudó?",
      person: "¿Sigue siendo alguien con quien puedes contar?",
      "linked-person": "¿Ha cambiado algo? (solo para la persona profesional)",
      "safe-place": "¿Sigue siendo seguro?",
      "avoid-place": "¿Sigue siendo un lugar que evitar?",
      "go-bag": "¿Siguen listas las cosas que llevarías si te vas?",
    },
    open: "¿Cómo te ha ido desde que hicimos este plan?",
    strategy: (s) => `¿Cómo te fue? ¿Usaste \u201c${s}\u201d? ¿Te ayudó?`,
    person: (p) => `¿${p} sigue siendo alguien con quien puedes contar?`,
    linkedPerson: (p) => `¿Ha cambiado algo con ${p}?`,
    safePlace: (p) => `¿${p} sigue siendo un lugar seguro?`,
    avoidPlace: (p) => `¿${p} sigue siendo un lugar que evitar?`,
    goBag: "¿Siguen listas las cosas que llevarías si te vas?",
    somePerson: "esta persona",
    somePlace: "este lugar",
    choices: {
      "used-helped": "Lo usé y me ayudó",
      "used-not-helped": "Lo usé, pero no me ayudó",
      "not-used": "No lo usé",
      "still-true": "Sí, sigue igual",
      changed: "No, esto cambió",
      ready: "Sí, siguen listas",
      "not-ready": "Ahora no están listas",
      "nothing-changed": "No ha cambiado nada",
      "something-changed": "Algo ha cambiado",
      "rather-not-say": "Prefiero no decir",
      skipped: "Saltar esta",
    },
    shortChoices: {
      "used-helped": "Ayudó",
      "used-not-helped": "Lo usé, no ayudó",
      "not-used": "No lo usé",
      "still-true": "Sigue igual",
      changed: "Cambió",
      ready: "Listas",
      "not-ready": "No listas",
      "nothing-changed": "Sin cambios",
      "something-changed": "Cambió",
      "rather-not-say": "Prefiero no decir",
      skipped: "Saltada",
    },
  },
};

export interface FollowUpPromptOptions {
  /**
   * Only what may appear on a youth-facing print: leaves out people and places the youth kept off
   * the printed copy, and every person marked as maybe linked to the person exploiting them.
   */
  printableOnly?: boolean;
}

/** The wording of each answer choice, full ("Used it, and it helped") or short ("Helped"). */
export function followUpChoiceLabels(language: Language, form: "full" | "short" = "full"): Record<FollowUpChoice, string> {
  return form === "full" ? WORDING[language].choices : WORDING[language].shortChoices;
}

/** The parts of a plan its strategies' prompts come from: what-helped reads only these of each version. */
export type StrategyParts = Pick<PlanContent, "coping" | "safer-working">;

export type StrategyPrompt = FollowUpPrompt & { kind: "coping" | "safer-working" };

/** The prompts about the plan's strategies, in plan order: coping, then safer working when the youth chose to talk about it. */
export function strategyPrompts(content: StrategyParts, text: TemplateText): StrategyPrompt[] {
  const w = WORDING[text.language];
  const prompts: StrategyPrompt[] = [];
  const strategies = (kind: "coping" | "safer-working", labels: Record<string, string>) => {
    const section = content[kind];
    section.chosen.forEach((id) => {
      const subject = labels[id] ?? id;
      prompts.push({ key: `${kind}:${id}`, kind, subject, question: w.strategy(subject), choices: CHOICES_BY_KIND[kind] });
    });
    section.own.forEach((own, index) => {
      if (!own.trim()) return;
      prompts.push({ key: `${kind}:own-${index}`, kind, subject: own, question: w.strategy(own), choices: CHOICES_BY_KIND[kind] });
    });
  };
  strategies("coping", text.coping);
  if (content["safer-working"].wanted) strategies("safer-working", text.saferWorking);
  return prompts;
}

/**
 * The prompts for one version of a plan, in plan order: open question, strategies, people, places,
 * go-bag; in the language of `text`, the template's texts (the strategies' names come from there).
 */
export function followUpPrompts(content: PlanContent, text: TemplateText, options: FollowUpPromptOptions = {}): FollowUpPrompt[] {
  const w = WORDING[text.language];
  const printable = options.printableOnly ?? false;
  const prompts: FollowUpPrompt[] = [];
  const add = (prompt: Omit<FollowUpPrompt, "choices">) => prompts.push({ ...prompt, choices: CHOICES_BY_KIND[prompt.kind] });
  add({ key: "open", kind: "open", subject: "", question: w.open });
  prompts.push(...strategyPrompts(content, text));

  for (const person of content.people.items) {
    if (printable && (person.keepOffPrint || person.mightBeLinked)) continue;
    const subject = person.nickname || person.relationship || w.somePerson;
    // Never "someone you can count on" about a person who might be linked to the exploiter.
    if (person.mightBeLinked) {
      add({ key: `person:${person.id}`, kind: "linked-person", subject, question: w.linkedPerson(subject) });
    } else {
      add({ key: `person:${person.id}`, kind: "person", subject, question: w.person(subject) });
    }
  }
  for (const place of content.places.safe) {
    if (printable && place.keepOffPrint) continue;
    const subject = place.name || w.somePlace;
    add({ key: `safe-place:${place.id}`, kind: "safe-place", subject, question: w.safePlace(subject) });
  }
  for (const place of content.places.avoid) {
    if (printable && place.keepOffPrint) continue;
    const subject = place.name || w.somePlace;
    add({ key: `avoid-place:${place.id}`, kind: "avoid-place", subject, question: w.avoidPlace(subject) });
  }
  const goBag = content["go-bag"];
  if (goBag.chosen.length || goBag.own.some((o) => o.trim())) {
    add({ key: "go-bag", kind: "go-bag", subject: "", question: w.goBag });
  }
  return prompts;
}

/** The prompts in their parts, in order, leaving out parts with nothing to ask. */
export function followUpGroups(prompts: readonly FollowUpPrompt[], language: Language): FollowUpGroup[] {
  const titles = WORDING[language].groups;
  return FOLLOW_UP_GROUP_IDS.map((id) => ({ id, title: titles[id], prompts: prompts.filter((p) => GROUP_OF_KIND[p.kind] === id) })).filter(
    (group) => group.prompts.length > 0,
  );
}

/** The printed grid's question for a kind of prompt. */
export function followUpGridQuestion(kind: Exclude<FollowUpPromptKind, "open">, language: Language): string {
  return WORDING[language].gridQuestions[kind];
}

/** How many prompts have an answer of any kind (a choice, or words). */
export function answeredCount(prompts: readonly FollowUpPrompt[], answers: FollowUpDocument["answers"]): number {
  return prompts.filter((p) => {
    const a = answers[p.key];
    return Boolean(a && (a.choice || a.note));
  }).length;
}
