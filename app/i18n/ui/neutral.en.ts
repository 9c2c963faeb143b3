import type { Widen } from "./widen";

/** The interface texts of the neutral group in English (app/i18n/ui.ts names the groups). */
export const neutralEn = {
  neutral: {
    pageTitle: "Weather",
    title: "Los Angeles weather",
    body: "Sunny and mild today. Light wind in the afternoon. Cooler tonight.",
  },
} as const satisfies Record<string, unknown>;

export type NeutralText = Widen<typeof neutralEn>;
