import { TEMPLATE_ID, TEMPLATE_VERSION, type SITUATION_KINDS } from "./structure";
import type { TemplateText } from "./text-types";

export * from "./structure";
// The schemas build zod objects when loaded: the server imports them from ./schema itself, so a
// page that takes the template's structure, limits or ids from here loads no zod (decision 023).
export type { PlanContent, SectionContent, SectionSchemas } from "./schema";
export * from "./progress";
export * from "./item-ids";
export { type Audience, keepProviderOnlyFields, withoutProviderOnlyFields, WORK_QUESTION_IDS, youthChoseSaferStrategies } from "./provider-only";
export { LIMITS } from "./limits";
export type { TemplateText, SectionText, Tip } from "./text-types";

export const safetyPlanTemplate = { id: TEMPLATE_ID, version: TEMPLATE_VERSION } as const;

/**
 * A situation kind's title for its reader: the youth reads neutral words, the provider the precise
 * term where it differs ("If the person exploiting me gets in touch").
 */
export function situationTitle(text: TemplateText, kind: (typeof SITUATION_KINDS)[number], reader: "provider" | "youth"): string {
  const situation = text.situations[kind];
  return reader === "provider" ? (situation.providerTitle ?? situation.title) : situation.title;
}
export { demoPlanContent, DEMO_CHOSEN_NAME } from "./demo-plan";
export { applyChoices, mergeSection, sameValue, type FieldMerge, type MergeOutcome, type MergeView, type PendingChoice, type SectionMerge } from "./merge";
export * from "./copies";
