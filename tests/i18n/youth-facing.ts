import { serverUi } from "../../app/i18n/ui-catalogues.server";
import { PROVIDER_ONLY_SECTIONS, SECTION_IDS, SITUATION_KINDS, type Language } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { demoPlanContent } from "../../templates/csecy-safety-plan/demo-plan";
import { followUpPrompts } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { SCHEMA_MESSAGES } from "../../templates/csecy-safety-plan/messages";
import { pdfText } from "../../templates/pdf/text";
import { RESOURCES } from "../../templates/resources/directory";
import { leaves, type Leaf } from "./strings";

/*
 * The rules of decision 042 as patterns, and the texts they apply to. Used by the catalogue test
 * (tests/i18n/youth-facing-words.test.ts), the together view's pages (tests/routes) and the
 * printed youth copies (tests/pdf).
 */

/** Words that promise a youth secrecy or confidentiality, in English and Spanish. */
export const SECRECY_PROMISES: readonly RegExp[] = [
  /secret/i,
  /confidential/i,
  /anonym/i,
  /\b(no one|nobody|no-one)\b[^.]{0,20}\b(know|find out|see|hear)/i,
  /\b(won[’']t|will not|never|don[’']t|do not)\s+(tell|share|report|pass (it )?on)\b/i,
  /\bbetween (you and me|us)\b/i,
  /\b(completely|totally|100 ?%|fully)\s+private\b/i,
  /\b(stays?|kept|keeps?)\s+(it\s+|this\s+|everything\s+)?private\b/i,
  /\bprivate and safe\b/i,
  /secret[oa]s?/i,
  /confidencial/i,
  /an[oó]nim/i,
  /\bnadie\b[^.]{0,20}\b(sabr|enter|va a saber|se va a enterar)/i,
  /\bno\s+(le\s+|les\s+|se\s+lo\s+)?(diremos|dirán|dir[eé]|contaremos|contarán|vamos a (decir|contar)|van a (decir|contar)|compartiremos|compartirán|reportaremos|reportarán)\b/i,
  /\bentre (tú y yo|nosotr[oa]s)\b/i,
  /\b(totalmente|completamente|100 ?%)\s+privad/i,
  /\bqueda(rá)?\s+(en\s+privado|entre)\b/i,
];

/** Words that name the youth as exploited, trafficked or a victim, in English and Spanish. */
export const EXPLOITED_LABELS: readonly RegExp[] = [
  /exploit/i,
  /\bvictim/i,
  /\btrafficked\b/i,
  // Naming a pimp among the dangers tells whoever finds the paper what the youth's life is.
  /\bpimp(s|ed)?\b/i,
  /padrote/i,
  /explot/i,
  /v[ií]ctima/i,
  /\btratad[oa]s?\b/i,
];

export const matches = (patterns: readonly RegExp[], text: string) => patterns.filter((p) => p.test(text)).map(String);

/** Every fixed text a youth reads in one language: the together view, its forms, the template as they see it, the youth copies' own words, the resources. */
export function youthFacingTexts(language: Language): Leaf[] {
  const ui = serverUi(language);
  const text = templateText(language);
  const pdf = pdfText(language);
  const youthSections = SECTION_IDS.filter((s) => !PROVIDER_ONLY_SECTIONS.includes(s));
  return [
    ...leaves({ together: ui.together, quickExit: ui.quickExit, form: ui.form, neutral: ui.neutral, copies: ui.copies }),
    ...youthSections.flatMap((s) => [
      { path: `sections.${s}.title`, text: text.sections[s].title },
      { path: `sections.${s}.intro`, text: text.sections[s].intro },
    ]),
    ...leaves({
      privacyLine: text.privacyLine,
      firstChoicePrompt: text.firstChoicePrompt,
      youthQuestions: text.youthQuestions,
      statuses: text.statuses,
      numberKept: text.numberKept,
      coping: text.coping,
      saferWorking: text.saferWorking,
      goBag: text.goBag,
      add: text.add,
      hints: text.hints,
      resourceCall: text.resourceCall,
      resourceText: text.resourceText,
      fields: { ...text.fields, provider: undefined, people: { ...text.fields.people, mightBeLinked: undefined } },
    }),
    ...SITUATION_KINDS.flatMap((k) => [
      { path: `situations.${k}.title`, text: text.situations[k].title },
      { path: `situations.${k}.prompt`, text: text.situations[k].prompt },
    ]),
    ...leaves({ schemaMessages: SCHEMA_MESSAGES[language] }),
    ...leaves({ pdf: { youth: pdf.youth, discreet: pdf.discreet, card: pdf.card, pageOf: pdf.pageOf, notFilled: pdf.notFilled, call: pdf.call, text: pdf.text, whenYouCall: pdf.whenYouCall } }),
    ...followUpPrompts(demoPlanContent, templateText(language)).map((p) => ({ path: `followUpPrompts.${p.key}`, text: p.question })),
    ...RESOURCES.flatMap((r) =>
      (["name", "purpose", "whenYouCall", "hours"] as const).map((field) => ({ path: `resources.${r.id}.${field}`, text: r[field][language] })),
    ),
  ];
}

/** Texts only the provider reads that must keep the precise terms (the provider's form and copy). */
export function providerPreciseTexts(language: Language): Leaf[] {
  const text = templateText(language);
  return [
    { path: "situations.exploiter-contact.providerTitle", text: text.situations["exploiter-contact"].providerTitle ?? "" },
    { path: "fields.people.mightBeLinked", text: text.fields.people.mightBeLinked },
  ];
}
