import { en } from "./text.en";
import { es } from "./text.es";
import { TEMPLATE_ID, TEMPLATE_VERSION, type Language } from "./structure";
import type { TemplateText } from "./text-types";

export * from "./structure";
export * from "./schema";
export * from "./progress";
export * from "./item-ids";
export { keepProviderOnlyFields, withoutProviderOnlyFields } from "./provider-only";
export { LIMITS } from "./limits";
export type { TemplateText, SectionText } from "./text-types";

const TEXTS: Record<Language, TemplateText> = { en, es };

export const safetyPlanTemplate = { id: TEMPLATE_ID, version: TEMPLATE_VERSION } as const;

export function templateText(language: Language): TemplateText {
  return TEXTS[language];
}
export { demoPlanContent, DEMO_CHOSEN_NAME } from "./demo-plan";
export * from "./copies";
