/**
 * The language-independent shape of the CSECY safety-plan template: ids only. Texts for each
 * language live in text.<lang>.ts and are checked against these ids by their types.
 */
export const TEMPLATE_ID = "csecy-safety-plan";
export const TEMPLATE_VERSION = 1;

export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export const SECTION_IDS = [
  "about",
  "questions",
  "people",
  "places",
  "coping",
  "safer-working",
  "situations",
  "go-bag",
  "refusal",
  "resources",
  "follow-up",
  "provider",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Sections never shown to the youth nor printed on a youth-facing copy. */
export const PROVIDER_ONLY_SECTIONS: readonly SectionId[] = ["provider"];

export const QUESTION_IDS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const STATUS_IDS = ["in-it", "thinking-about-leaving", "leaving", "out", "not-sure", "prefer-not-to-say"] as const;

export const NUMBER_KEPT_IDS = ["memorised", "on-paper", "both"] as const;

export const COPING_IDS = [
  "deep-breathing",
  "visualization",
  "journaling",
  "talking",
  "counting-backwards",
  "senses",
  "affirmations",
  "movement",
  "muscle-relaxation",
] as const;

export const SAFER_WORKING_IDS = [
  "condoms",
  "screening",
  "familiar-places",
  "pairs",
  "checking-in",
] as const;

export const GO_BAG_IDS = [
  "id-documents",
  "phone-charger",
  "money",
  "medication",
  "numbers-on-paper",
  "clothes",
  "keys",
  "hygiene",
  "comfort-item",
] as const;

export const SITUATION_KINDS = [
  "relationship-changes",
  "family-instability",
  "leaving-the-life",
  "exploiter-contact",
  "other",
] as const;
