import type { MetaDescriptor } from "@remix-run/node";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan/structure";
import { declaredUiGroups, uiTexts, type UiGroup, type UiTexts } from "./ui";

type Matches = readonly { id: string; data: unknown; handle?: unknown }[];

/**
 * The interface texts for a meta function, which cannot use hooks: the shared texts and the named
 * groups (declared by the matched routes, as for useUi), in the given language or else the
 * interface's, from the root's data.
 */
export function metaUi<G extends UiGroup = never>(matches: Matches, language: Language | undefined, ...named: G[]): UiTexts<G> {
  const root = matches.find((m) => m.id === "root")?.data as { language?: unknown } | undefined;
  return uiTexts(language ?? LANGUAGES.find((l) => l === root?.language) ?? "en", declaredUiGroups(matches), ...named);
}

/** "<page> · Safety Plan Builder" in the interface language. */
export function pageTitle<G extends UiGroup = never>(matches: Matches, title: (ui: UiTexts<G>) => string, ...named: G[]): MetaDescriptor[] {
  const ui = metaUi(matches, undefined, ...named);
  return [{ title: ui.pageTitle(title(ui)) }];
}
