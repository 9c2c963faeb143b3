import type {
  COPING_IDS,
  GO_BAG_IDS,
  NUMBER_KEPT_IDS,
  QuestionId,
  SAFER_WORKING_IDS,
  SectionId,
  SITUATION_KINDS,
  STATUS_IDS,
} from "./structure";

type Labels<T extends readonly string[]> = Record<T[number], string>;

export interface SectionText {
  title: string;
  /** One plain sentence under the title: what this part is for. */
  intro: string;
  /** The toolkit's conversation tips for the provider. Never shown to the youth. */
  tips: string[];
}

/** Every text of the template in one language. The types make a missing text a compile error. */
export interface TemplateText {
  name: string;
  privacyLine: string;
  firstChoicePrompt: string;
  concernPrompt: string;
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
  situations: Record<(typeof SITUATION_KINDS)[number], { title: string; prompt: string }>;
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
}
