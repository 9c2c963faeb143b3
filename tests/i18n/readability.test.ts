import readability from "text-readability";
import { describe, expect, test } from "vitest";
import { uiEn } from "../../app/i18n/ui.en";
import { PROVIDER_ONLY_SECTIONS, SECTION_IDS } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { demoPlanContent } from "../../templates/csecy-safety-plan/demo-plan";
import { followUpPrompts } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { SCHEMA_MESSAGES } from "../../templates/csecy-safety-plan/messages";
import { pdfText } from "../../templates/pdf/text";
import { RESOURCES } from "../../templates/resources/directory";
import { leaves, type Leaf } from "./strings";

/*
 * Plain language: every youth-facing English string reads at Flesch-Kincaid grade 6 or below.
 *
 * Youth-facing means what a youth reads: the together view's words (ui.together, ui.quickExit),
 * the template as the together view shows it (section intros, the youth wording of the nine
 * questions, situation prompts, labels, choices, add buttons, hints), the error messages a form
 * can show there, the youth, discreet and card PDF copies, the follow-up prompts printed on the
 * youth copy, and the resource descriptions.
 *
 * Exempt, and why: the nine toolkit questions (`questions`) are the county's text verbatim and
 * only the provider's view shows them (the youth reads `youthQuestions`); conversation tips,
 * the privacy line and the concern prompt are the toolkit's words for the provider; the provider
 * section, the provider PDF copy and the rest of the interface catalogue are read by providers.
 *
 * Grade formulas mean little on a two-word label ("Visualization" alone scores grade 43), so a
 * string of five words or more is measured on its own, and shorter ones are measured together,
 * one passage per group with each label one sentence. For those passages the grade is the same
 * Flesch-Kincaid formula over the library's word and syllable counts, with the sentence count
 * given: the library's own sentence splitter ignores sentences of two words or fewer, which
 * would make a list of labels look like one very long sentence.
 */

const MAX_GRADE = 6;
const MIN_WORDS_ALONE = 5;

const grade = (text: string) => readability.fleschKincaidGrade(text);
/** Flesch-Kincaid grade of separate labels, each one sentence. */
function labelsGrade(labels: string[]): number {
  const text = labels.join(" ");
  const wordCount = readability.lexiconCount(text);
  return 0.39 * (wordCount / labels.length) + 11.8 * (readability.syllableCount(text) / wordCount) - 15.59;
}
const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const asSentence = (text: string) => {
  const t = text.trim().replace(/[…]+$/u, ".");
  return /[.?!]$/.test(t) ? t : `${t}.`;
};
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

describe("the readability library, checked against known texts", () => {
  // FK grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59, with syllables
  // counted by hand below; the library rounds both averages to one decimal first.
  test("one-syllable words in short sentences score below grade 0", () => {
    // 12 words, 2 sentences, 12 syllables: 0.39 × 6 + 11.8 × 1.0 − 15.59 = −1.45
    expect(grade("The cat sat on the mat. The dog ran to the park.")).toBeCloseTo(-1.5, 5);
  });
  test("long words score far above grade 6", () => {
    // 7 words, 1 sentence, 34 syllables (4+5+5+4+5+6+5): 0.39 × 7 + 11.8 × 4.9 − 15.59 = 44.96
    const text = "Comprehensive institutional documentation necessitates considerable organizational deliberation.";
    expect(Math.abs(grade(text) - 44.96)).toBeLessThan(1.5);
  });
  test("labels measured one sentence each: short words pass, long words fail", () => {
    expect(labelsGrade(["Keys.", "Some money.", "Phone and charger."])).toBeLessThan(2);
    expect(labelsGrade(["Visualization.", "Progressive muscle relaxation."])).toBeGreaterThan(MAX_GRADE);
  });
  test("a children's-book passage scores early grades; this file's own comment scores high", () => {
    expect(grade("I do not like green eggs and ham. I do not like them, Sam I am.")).toBeLessThan(2);
    expect(
      grade("Grade formulas mean little on a two-word label, so a string of five words or more is measured on its own, and shorter ones are measured together, one passage per group."),
    ).toBeGreaterThan(MAX_GRADE);
  });
});

const en = templateText("en");
const pdf = pdfText("en");
const youthSections = SECTION_IDS.filter((s) => !PROVIDER_ONLY_SECTIONS.includes(s));

/** Every youth-facing English string, by group. */
const GROUPS: Record<string, Leaf[]> = {
  "together view": leaves({ together: uiEn.together, quickExit: uiEn.quickExit, moreQuestions: uiEn.section.moreQuestions }),
  "form words in the together view": leaves({ form: uiEn.form }),
  "section intros": youthSections.map((s) => ({ path: `sections.${s}.intro`, text: en.sections[s].intro })),
  "section titles": youthSections.map((s) => ({ path: `sections.${s}.title`, text: en.sections[s].title })),
  "youth wording of the questions": leaves({ youthQuestions: en.youthQuestions }),
  "situations": leaves({ situations: en.situations }),
  "statuses and choices": leaves({ statuses: en.statuses, numberKept: en.numberKept, goBag: en.goBag }),
  "toolkit strategy lists": leaves({ coping: en.coping, saferWorking: en.saferWorking }),
  "field labels": leaves({ fields: { ...en.fields, provider: undefined, people: { ...en.fields.people, mightBeLinked: undefined } } }),
  "buttons and hints": leaves({ add: en.add, hints: en.hints, call: en.resourceCall, text: en.resourceText }),
  "error messages": leaves(SCHEMA_MESSAGES.en),
  "youth PDF copy": leaves({ youth: pdf.youth, pageOf: pdf.pageOf, notFilled: pdf.notFilled }),
  "discreet PDF copy": leaves(pdf.discreet),
  "pocket card": leaves(pdf.card),
  "follow-up prompts": followUpPrompts(demoPlanContent, templateText("en")).map((p) => ({ path: p.key, text: p.question })),
  "resource descriptions": RESOURCES.map((r) => ({ path: r.id, text: r.purpose.en })),
  "what can happen when you call": RESOURCES.map((r) => ({ path: r.id, text: r.whenYouCall.en })),
};

describe.each(Object.entries(GROUPS))("%s", (_group, strings) => {
  const texts = strings.filter((s) => /\p{L}/u.test(s.text));

  test("has strings to measure", () => {
    expect(texts.length).toBeGreaterThan(0);
  });

  test(`each sentence of ${MIN_WORDS_ALONE}+ words is grade ${MAX_GRADE} or below`, () => {
    const hard = texts
      .filter((s) => words(s.text) >= MIN_WORDS_ALONE)
      .map((s) => ({ path: s.path, text: s.text, grade: grade(asSentence(s.text)) }))
      .filter((s) => s.grade > MAX_GRADE);
    expect(hard).toEqual([]);
  });

  test(`the short strings together are grade ${MAX_GRADE} or below`, () => {
    const short = texts.filter((s) => words(s.text) < MIN_WORDS_ALONE);
    if (short.length === 0) return;
    const labels = short.map((s) => capitalised(asSentence(s.text)));
    expect(labelsGrade(labels), labels.join(" ")).toBeLessThanOrEqual(MAX_GRADE);
  });
});
