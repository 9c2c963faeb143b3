import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan/structure";
import type { TemplateText } from "../../templates/csecy-safety-plan/text-types";
import { languageCatalogue } from "./language-catalogue";
import { SERVER_PLAN_TEXTS } from "./plan-texts.server";

/**
 * The plan template's texts (section titles, questions, labels, tips) for pages, one chunk per
 * language in the browser like the interface texts (language-catalogue.ts). A route whose page shows
 * them says in which language with `handle = showsPlanTexts(data => …)`: root.tsx puts that
 * language on the page, and entry.client.tsx loads it before hydrating. Loaders, models and the PDF
 * read them from the template directly.
 */
const catalogue = languageCatalogue<TemplateText>(SERVER_PLAN_TEXTS, {
  en: () => import("../../templates/csecy-safety-plan/text.en").then((module) => module.en),
  es: () => import("../../templates/csecy-safety-plan/text.es").then((module) => module.es),
});

export const loadPlanTexts = catalogue.load;

/** The plan template's texts in a language (the plan's); in the browser, suspends until loaded. */
export const planText = catalogue.get;

interface PlanTextsHandle {
  planTextLanguage: (data: never) => Language | undefined;
}

/** A route's handle: its page shows the plan template's texts, in the language its loader's data names (the plan's). */
export function showsPlanTexts<Data>(planLanguage: (data: Data) => Language | undefined): PlanTextsHandle {
  return { planTextLanguage: planLanguage as PlanTextsHandle["planTextLanguage"] };
}

/** The languages of plan texts the matched routes' pages show. */
export function planTextLanguages(matches: readonly { handle?: unknown; data?: unknown }[]): Language[] {
  const languages = matches.flatMap((match) => {
    const handle = match.handle as Partial<PlanTextsHandle> | undefined;
    return handle?.planTextLanguage && match.data != null ? [handle.planTextLanguage(match.data as never)] : [];
  });
  return LANGUAGES.filter((language) => languages.includes(language));
}

/** The attribute root.tsx puts on <body>, naming those languages (space-separated); read by entry.client.tsx. */
export const PLAN_TEXTS_ATTRIBUTE = "data-plan-texts";
