import type { NEUTRAL_QUESTION_IDS } from "../csecy-safety-plan/copies";
import type { Language, SITUATION_KINDS } from "../csecy-safety-plan/structure";
import { pdfEn } from "./text.en";
import { pdfEs } from "./text.es";

/** The questions a discreet copy may carry, each with a neutral label of its own. */
export type DiscreetQuestionId = (typeof NEUTRAL_QUESTION_IDS)[number];

type SituationKind = (typeof SITUATION_KINDS)[number];

/**
 * Every text of the printed copies in one language, beside the template's own texts (section
 * titles, questions, labels), which the copies reuse. A missing text is a compile error.
 */
export interface PdfText {
  /** BCP 47 locale for dates. */
  locale: string;
  pageOf: (page: number, total: number) => string;
  versionOn: (version: number, date: string) => string;
  notFilled: string;
  /** "Call 911" / "Llama al 911": a number to call, and one to text. */
  call: (phone: string) => string;
  text: (number: string) => string;
  /** Heads the line that says what can happen when you call. */
  whenYouCall: string;
  youth: {
    title: string;
    forName: (name: string) => string;
    emergencyTitle: string;
    emergencyLine: string;
    otherNumbers: string;
    lastChecked: (date: string) => string;
    codeWord: (word: string) => string;
    tickIntro: string;
    followUpTitle: string;
    followUpIntro: string;
    nextMeeting: (date: string) => string;
    nextMeetingBlank: string;
    checkOn: string;
    /** Section titles reworded for the youth where the template's title is for the provider. */
    keepThisSafe: string;
  };
  discreet: {
    title: string;
    subtitle: string;
    sections: {
      about: string;
      questions: string;
      people: string;
      safePlaces: string;
      avoidPlaces: string;
      coping: string;
      situations: string;
      goBag: string;
      refusal: string;
      numbers: string;
      nextTime: string;
    };
    questions: Record<DiscreetQuestionId, string>;
    situations: Record<SituationKind, string>;
    whenThis: string;
    myWords: string;
    steps: string;
    whoToCall: string;
    emergency: string;
    /** Neutral names of the directory's resources, by resource id. */
    resources: Record<string, string>;
    resourceFallback: string;
    nextMeeting: (date: string) => string;
  };
  adult: {
    title: string;
    intro: string;
    footer: string;
  };
  card: {
    frontTitle: string;
    backTitle: string;
    emergency: string;
    codeWord: (word: string) => string;
    noPeople: string;
    cutHere: string;
    foldHere: string;
    instructions: string;
  };
  provider: {
    title: string;
    confidential: string;
    footer: string;
    youth: (name: string) => string;
    template: (id: string, version: number) => string;
    version: (version: number) => string;
    savedBy: (author: string, date: string) => string;
    concernYes: string;
    concernNo: string;
    notOnYouthCopies: string;
    notPartOfPlan: string;
    empty: string;
    historyTitle: string;
    historyRow: (number: number, date: string, author: string) => string;
    historyEarlier: (count: number) => string;
    restoredFrom: (number: number) => string;
    followUpTitle: string;
    followUpIntro: string;
  };
}

const TEXTS: Record<Language, PdfText> = { en: pdfEn, es: pdfEs };

export function pdfText(language: Language): PdfText {
  return TEXTS[language];
}
