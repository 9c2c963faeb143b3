import { TEMPLATE_ID, TEMPLATE_VERSION } from "./structure";

// The server's way in. Pages in the browser import the file that holds what they use (limits.ts,
// structure.ts, …): a page that imports this index loads every file it names, the copy rules too
// (tests/server/client-bundle.test.ts).

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
export { situationTitle } from "./situation-title";
export { demoPlanContent, DEMO_CHOSEN_NAME } from "./demo-plan";
export { applyChoices, mergeSection, sameValue, type FieldMerge, type MergeOutcome, type MergeView, type PendingChoice, type SectionMerge } from "./merge";
export * from "./copies";
