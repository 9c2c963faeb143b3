import type { PlanContent } from "../csecy-safety-plan/schema";
import { QUESTION_IDS } from "../csecy-safety-plan/structure";
import { mapStrings } from "./clean-text";
import { redactDenied } from "./deny-list";
import { DISCREET_QUESTION_IDS } from "./text";

export const PDF_COPIES = ["youth", "discreet", "card", "provider"] as const;
export type PdfCopy = (typeof PDF_COPIES)[number];

/** Copies a youth may carry: never provider notes, never what the youth kept off print. */
export const YOUTH_FACING: ReadonlySet<PdfCopy> = new Set(["youth", "discreet", "card"]);
/** Copies meant to pass unnoticed: neutral wording, and the deny-list applies to the youth's words too. */
export const INCONSPICUOUS: ReadonlySet<PdfCopy> = new Set(["discreet", "card"]);

/** Keys whose values are ids or choices, never words a person typed. */
const NOT_TEXT = new Set(["id", "chosen", "kind", "status", "numberKept", "language", "date", "nextMeeting"]);

/**
 * What a youth-facing copy may show: every item the youth marked "Leave this off my printed copy"
 * goes, every person marked as maybe linked to the person exploiting them goes, safer strategies
 * go unless the youth wanted them, and the provider section is emptied.
 */
export function youthPrintable(content: PlanContent): PlanContent {
  const questions = Object.fromEntries(
    QUESTION_IDS.map((id) => {
      const answer = content.questions[id];
      return [id, answer.keepOffPrint ? { text: "", keepOffPrint: true } : answer];
    }),
  ) as PlanContent["questions"];
  const safer = content["safer-working"];
  return {
    ...content,
    questions,
    people: { items: content.people.items.filter((p) => !p.keepOffPrint && !p.mightBeLinked) },
    places: {
      safe: content.places.safe.filter((p) => !p.keepOffPrint),
      avoid: content.places.avoid.filter((p) => !p.keepOffPrint),
    },
    "safer-working": safer.wanted ? safer : { wanted: false, chosen: [], own: [] },
    situations: { items: content.situations.items.filter((s) => !s.keepOffPrint) },
    refusal: { items: content.refusal.items.filter((r) => !r.keepOffPrint) },
    provider: { notes: "", concern: false },
  };
}

/**
 * The discreet copy and the card additionally drop the questions about work, all safer
 * strategies (their very names tell what the paper is about), people's details beyond a nickname
 * and a way to reach them, and the descriptions of places; and the youth's own words go through
 * the deny-list, each listed word printed as "…".
 */
export function inconspicuous(content: PlanContent): PlanContent {
  const printable = youthPrintable(content);
  const keep = new Set<string>(DISCREET_QUESTION_IDS);
  const questions = Object.fromEntries(
    QUESTION_IDS.map((id) => [id, keep.has(id) ? printable.questions[id] : { text: "", keepOffPrint: true }]),
  ) as PlanContent["questions"];
  const reduced: PlanContent = {
    ...printable,
    about: { ...printable.about, nameOnPlan: "", present: "", status: "" },
    questions,
    people: {
      items: printable.people.items.map((p) => ({
        ...p,
        relationship: "",
        knowsSituation: false,
        codeWordMeaning: "",
        codeWordAction: "",
      })),
    },
    places: {
      safe: printable.places.safe.map((p) => ({ ...p, why: "" })),
      avoid: printable.places.avoid.map((p) => ({ ...p, why: "" })),
    },
    "safer-working": { wanted: false, chosen: [], own: [] },
    resources: { ...printable.resources, own: printable.resources.own.map((r) => ({ ...r, notes: "" })) },
    "follow-up": { ...printable["follow-up"], checkOn: "" },
  };
  return mapStrings(reduced, redactDenied, NOT_TEXT);
}

/** The content a copy prints, from a validated plan whose strings are already cleaned. */
export function contentForCopy(content: PlanContent, copy: PdfCopy): PlanContent {
  if (copy === "provider") return content;
  if (INCONSPICUOUS.has(copy)) return inconspicuous(content);
  return youthPrintable(content);
}
