import type { UiText } from "./ui.en";

type Refusals = UiText["refusals"];

/**
 * Why a request was refused: a key of the catalogue's `refusals` group, never words. Only the
 * fixed texts: one that needs a value (the body limit) is worded where it is answered.
 */
export type RefusalReason = { [K in keyof Refusals]: Refusals[K] extends string ? K : never }[keyof Refusals];

/**
 * The reason a refused request was thrown with (app/web/http.server.ts), if the value is one.
 * `refusals` is any language's group: every catalogue has the same keys.
 */
export function refusalReason(value: unknown, refusals: Refusals): RefusalReason | undefined {
  return typeof value === "string" && Object.hasOwn(refusals, value) && typeof refusals[value as keyof Refusals] === "string"
    ? (value as RefusalReason)
    : undefined;
}
