/**
 * Every text of the interface (not the plan template, which lives in templates/) in English, for
 * the server and tests. The texts are written in groups, one file per group and language
 * (app/i18n/ui/<group>.en.ts, the shape; <group>.es.ts must have every key: tsc says what is
 * missing); a page loads the shared group and the groups its route declares (app/i18n/ui.ts).
 */
import type { Widen } from "./ui/widen";
import { sharedEn } from "./ui/shared.en";
import { accountEn } from "./ui/account.en";
import { adminEn } from "./ui/admin.en";
import { listsEn } from "./ui/lists.en";
import { planEn } from "./ui/plan.en";
import { builderEn } from "./ui/builder.en";
import { togetherEn } from "./ui/together.en";
import { copiesEn } from "./ui/copies.en";
import { neutralEn } from "./ui/neutral.en";

export const uiEn = { ...sharedEn, ...accountEn, ...adminEn, ...listsEn, ...planEn, ...builderEn, ...togetherEn, ...copiesEn, ...neutralEn };

/** The whole catalogue's shape, every group together. */
export type UiText = Widen<typeof uiEn>;
