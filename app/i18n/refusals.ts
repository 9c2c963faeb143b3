import { uiEn, type UiText } from "./ui.en";

type Refusals = UiText["refusals"];

/**
 * Why a request was refused: a key of the catalogue's `refusals` group, never words. Only the
 * fixed texts: one that needs a value (the body limit) is worded where it is answered.
 */
export type RefusalReason = { [K in keyof Refusals]: Refusals[K] extends string ? K : never }[keyof Refusals];

/** The reason a refused request was thrown with (app/web/http.server.ts), if the value is one. */
export function refusalReason(value: unknown): RefusalReason | undefined {
  return typeof value === "string" && Object.hasOwn(uiEn.refusals, value) && typeof uiEn.refusals[value as keyof Refusals] === "string"
    ? (value as RefusalReason)
    : undefined;
}
