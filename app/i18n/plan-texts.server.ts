import { type Language, type TemplateText } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";

/**
 * Every language's plan-template texts, for the server. A `.server` module, so the browser bundle
 * gets none of them from here; the browser loads the languages a page shows (plan-text.ts).
 */
export const SERVER_PLAN_TEXTS: Record<Language, TemplateText> = { en: templateText("en"), es: templateText("es") };
