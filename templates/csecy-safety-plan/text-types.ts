import type {
  COPING_IDS,
  Language,
  GO_BAG_IDS,
  NUMBER_KEPT_IDS,
  QuestionId,
  SAFER_WORKING_IDS,
  SectionId,
  SITUATION_KINDS,
  STATUS_IDS,
} from "./structure";

type Labels<T extends readonly string[]> = Record<T[number], string>;

/**
 * A conversation tip for the provider, marked by where it comes from: "toolkit" is the LA County
 * CSECY toolkit's own words (in English verbatim, tested against the toolkit's file; in Spanish a
 * faithful translation), "ours" is this product's own advice and is shown as such.
 */
export interface Tip {
  text: string;
  source: "toolkit" | "ours";
}

export const toolkitTip = (text: string): Tip => ({ text, source: "toolkit" });
export const ourTip = (text: string): Tip => ({ text, source: "ours" });

export interface SectionText {
  title: string;
  /** One plain sentence under the title: what this part is for. */
  intro: string;
  /** Conversation tips for the provider, each marked as the toolkit's or ours. Never shown to the youth. */
  tips: Tip[];
}

/** Every text of the template in one language. The types make a missing text a compile error. */
export interface TemplateText {
  language: Language;
  name: string;
  privacyLine: string;
  firstChoicePrompt: string;
  concernPrompt: string;
  /** The toolkit's three aims of safety planning, as guidance for the provider (toolkit's words). */
  aims: { lead: string; items: [string, string, string] };
  sections: Record<SectionId, SectionText>;
  /** The toolkit's nine questions. English is the toolkit's text, verbatim; other languages translate it faithfully. */
  questions: Record<QuestionId, string>;
  /**
   * The same nine questions as the together view asks them: plain words a youth reads alone,
   * kept as close to the toolkit's meaning as plain words allow.
   */
  youthQuestions: Record<QuestionId, string>;
  statuses: Labels<typeof STATUS_IDS>;
  numberKept: Labels<typeof NUMBER_KEPT_IDS>;
  coping: Labels<typeof COPING_IDS>;
  saferWorking: Labels<typeof SAFER_WORKING_IDS>;
  goBag: Labels<typeof GO_BAG_IDS>;
  /**
   * Situation kinds. `title` is what the youth reads (together view, youth copies): it never names
   * the youth as exploited. `providerTitle`, where given, is the precise term for the provider's
   * form and copy (read both through situationTitle()).
   */
  situations: Record<(typeof SITUATION_KINDS)[number], { title: string; prompt: string; providerTitle?: string }>;
  fields: {
    about: { nameOnPlan: string; date: string; present: string; language: string; status: string; safetyMeans: string };
    questions: { answer: string };
    people: {
      item: string;
      nickname: string;
      relationship: string;
      contact: string;
      numberKept: string;
      knowsSituation: string;
      mightBeLinked: string;
      codeWord: string;
      codeWordMeaning: string;
      codeWordAction: string;
    };
    places: { safe: string; avoid: string; safeItem: string; avoidItem: string; name: string; whySafe: string; whyAvoid: string };
    suggestions: { chosen: string; own: string; ownItem: string };
    saferWorking: { wanted: string };
    situations: { item: string; kind: string; title: string; warningSigns: string; steps: string; whoToCall: string };
    refusal: { item: string; situation: string; whatIllSay: string };
    resources: { always: string; chosen: string; own: string; ownItem: string; name: string; phone: string; notes: string };
    followUp: { nextMeeting: string; checkOn: string };
    provider: { notes: string; concern: string };
    keepOffPrint: string;
  };
  /** Buttons that add an item to a list. */
  add: {
    person: string;
    safePlace: string;
    avoidPlace: string;
    ownIdea: string;
    situation: string;
    refusalLine: string;
    place: string;
  };
  hints: {
    nickname: string;
    upTo: (max: number) => string;
    saferWorkingOff: string;
    noChoice: string;
  };
  /** How a directory entry reads in a list: "call 911", "text 233733". */
  resourceCall: (phone: string) => string;
  resourceText: (number: string) => string;
  /** Heads what can happen when you call a resource. */
  resourceWhenYouCall: string;
  /**
   * The provider's view only: where an entry's number comes from (resources/directory.ts
   * `numberFrom`), and that its words are ours and to be confirmed with the service.
   */
  resourceSource: { toolkit: string; publicListing: string; confirmed: (date: string) => string };
}
