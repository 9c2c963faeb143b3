import type { TemplateText } from "../../templates/csecy-safety-plan/text-types";
import { languageCatalogue } from "./language-catalogue";
import { SERVER_PLAN_TEXTS } from "./plan-texts.server";

/**
 * The plan template's texts (section titles, questions, labels, tips) for pages, one chunk per
 * language in the browser like the interface texts (language-catalogue.ts). A route whose page shows
 * them says so with `handle = SHOWS_PLAN_TEXTS`: root.tsx marks the page, and entry.client.tsx
 * loads them before hydrating. Loaders, models and the PDF read them from the template directly.
 */
const catalogue = languageCatalogue<TemplateText>(SERVER_PLAN_TEXTS, {
  en: () => import("../../templates/csecy-safety-plan/text.en").then((module) => module.en),
  es: () => import("../../templates/csecy-safety-plan/text.es").then((module) => module.es),
});

export const loadPlanTexts = catalogue.load;

/** The plan template's texts in a language (the plan's); in the browser, suspends until loaded. */
export const planText = catalogue.get;

export const SHOWS_PLAN_TEXTS = { showsPlanTexts: true } as const;

/** Whether a matched route's page shows the plan template's texts. */
export const showsPlanTexts = (matches: readonly { handle?: unknown }[]) =>
  matches.some((match) => (match.handle as Partial<typeof SHOWS_PLAN_TEXTS> | undefined)?.showsPlanTexts === true);

/** The attribute root.tsx puts on <body> of such a page, read by entry.client.tsx. */
export const PLAN_TEXTS_ATTRIBUTE = "data-plan-texts";
