import type { SITUATION_KINDS } from "./structure";
import type { TemplateText } from "./text-types";

/**
 * A situation kind's title for its reader: the youth reads neutral words, the provider the precise
 * term where it differs ("If the person exploiting me gets in touch").
 */
export function situationTitle(text: TemplateText, kind: (typeof SITUATION_KINDS)[number], reader: "provider" | "youth"): string {
  const situation = text.situations[kind];
  return reader === "provider" ? (situation.providerTitle ?? situation.title) : situation.title;
}
