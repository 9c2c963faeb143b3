import type { Language } from "./structure";
import { en } from "./text.en";
import { es } from "./text.es";
import type { TemplateText } from "./text-types";

/*
 * Not exported from the template's index: every browser page that imports the index would then
 * load both languages' texts. Pages get them through app/i18n/plan-text.ts, one language at a time.
 */
const TEXTS: Record<Language, TemplateText> = { en, es };

/** Every text of the template in one language. */
export function templateText(language: Language): TemplateText {
  return TEXTS[language];
}
