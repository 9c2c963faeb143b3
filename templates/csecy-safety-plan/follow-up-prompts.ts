import { templateText } from "./index";
import type { PlanContent } from "./schema";
import type { Language } from "./structure";

/*
 * The toolkit's follow-up prompts ("Follow up! Follow up! Follow up! ... How did things go? Did
 * you use any of the strategies/ideas you came up with?"), made from one version of a plan.
 * The ONE source of these prompts: the youth copy's follow-up page prints them, and the follow-up
 * flow asks them. Wording lives here per language, so Spanish is data only.
 */

export type FollowUpPromptKind = "open" | "coping" | "safer-working" | "person" | "safe-place" | "avoid-place" | "go-bag";

export interface FollowUpPrompt {
  /** Stable within a version: the kind and the item's id (or the suggestion id, or `own-<index>`). */
  key: string;
  kind: FollowUpPromptKind;
  /** What the prompt is about, as the plan names it ("Deep breathing", "Dee", "Library on 5th"). */
  subject: string;
  question: string;
}

interface PromptWording {
  open: string;
  strategy: (strategy: string) => string;
  person: (person: string) => string;
  safePlace: (place: string) => string;
  avoidPlace: (place: string) => string;
  goBag: string;
  somePerson: string;
  somePlace: string;
}

const WORDING: Record<Language, PromptWording> = {
  en: {
    open: "How did things go since we made this plan?",
    strategy: (s) => `How did things go? Did you use \u201c${s}\u201d? Did it help?`,
    person: (p) => `Is ${p} still someone you can count on?`,
    safePlace: (p) => `Is ${p} still safe?`,
    avoidPlace: (p) => `Is ${p} still a place to stay away from?`,
    goBag: "Are the things you would take if you leave still ready?",
    somePerson: "this person",
    somePlace: "this place",
  },
  es: {
    open: "¿Cómo te ha ido desde que hicimos este plan?",
    strategy: (s) => `¿Cómo te fue? ¿Usaste \u201c${s}\u201d? ¿Te ayudó?`,
    person: (p) => `¿${p} sigue siendo alguien con quien puedes contar?`,
    safePlace: (p) => `¿${p} sigue siendo un lugar seguro?`,
    avoidPlace: (p) => `¿${p} sigue siendo un lugar que evitar?`,
    goBag: "¿Siguen listas las cosas que llevarías si te vas?",
    somePerson: "esta persona",
    somePlace: "este lugar",
  },
};

export interface FollowUpPromptOptions {
  /**
   * Only what may appear on a youth-facing print: leaves out people and places the youth kept off
   * the printed copy, and every person marked as maybe linked to the person exploiting them.
   */
  printableOnly?: boolean;
}

/** The prompts for one version of a plan, in plan order: open question, strategies, people, places, go-bag. */
export function followUpPrompts(content: PlanContent, language: Language, options: FollowUpPromptOptions = {}): FollowUpPrompt[] {
  const w = WORDING[language];
  const text = templateText(language);
  const printable = options.printableOnly ?? false;
  const prompts: FollowUpPrompt[] = [{ key: "open", kind: "open", subject: "", question: w.open }];

  const strategies = (kind: "coping" | "safer-working", labels: Record<string, string>) => {
    const section = content[kind];
    section.chosen.forEach((id) => {
      const subject = labels[id] ?? id;
      prompts.push({ key: `${kind}:${id}`, kind, subject, question: w.strategy(subject) });
    });
    section.own.forEach((own, index) => {
      if (!own.trim()) return;
      prompts.push({ key: `${kind}:own-${index}`, kind, subject: own, question: w.strategy(own) });
    });
  };
  strategies("coping", text.coping);
  if (content["safer-working"].wanted) strategies("safer-working", text.saferWorking);

  for (const person of content.people.items) {
    if (printable && (person.keepOffPrint || person.mightBeLinked)) continue;
    const subject = person.nickname || person.relationship || w.somePerson;
    prompts.push({ key: `person:${person.id}`, kind: "person", subject, question: w.person(subject) });
  }
  for (const place of content.places.safe) {
    if (printable && place.keepOffPrint) continue;
    const subject = place.name || w.somePlace;
    prompts.push({ key: `safe-place:${place.id}`, kind: "safe-place", subject, question: w.safePlace(subject) });
  }
  for (const place of content.places.avoid) {
    if (printable && place.keepOffPrint) continue;
    const subject = place.name || w.somePlace;
    prompts.push({ key: `avoid-place:${place.id}`, kind: "avoid-place", subject, question: w.avoidPlace(subject) });
  }
  const goBag = content["go-bag"];
  if (goBag.chosen.length || goBag.own.some((o) => o.trim())) {
    prompts.push({ key: "go-bag", kind: "go-bag", subject: "", question: w.goBag });
  }
  return prompts;
}
