import type { MetaDescriptor } from "@remix-run/node";
import { LANGUAGES } from "../../templates/csecy-safety-plan/structure";
import { uiText, type UiText } from "./ui";

type Matches = readonly { id: string; data: unknown }[];

/** The interface texts for a meta function, which cannot use hooks: the language comes from the root's data. */
export function uiFromMatches(matches: Matches): UiText {
  const root = matches.find((m) => m.id === "root")?.data as { language?: unknown } | undefined;
  return uiText(LANGUAGES.find((l) => l === root?.language) ?? "en");
}

/** "<page> · Safety Plan Builder" in the interface language. */
export function pageTitle(matches: Matches, title: (ui: UiText) => string): MetaDescriptor[] {
  const ui = uiFromMatches(matches);
  return [{ title: ui.pageTitle(title(ui)) }];
}
