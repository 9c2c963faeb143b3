import type { Language } from "../../templates/csecy-safety-plan/structure";
import { uiEn, type UiText } from "./ui.en";
import { uiEs } from "./ui.es";

/**
 * Every language's interface texts, every group of them, for the server: a loader, an action or a
 * refusal may answer in any of them at once, and a page renders with them all at hand. A `.server`
 * module, so the browser bundle gets none of them from here (Remix's compiler empties it there);
 * the browser loads the groups and languages a page shows (ui.ts).
 */
export const SERVER_UI_CATALOGUES: Record<Language, UiText> = { en: uiEn, es: uiEs };

/** Every interface text in a language, for loaders, actions and the server's own answers. */
export function serverUi(language: Language): UiText {
  return SERVER_UI_CATALOGUES[language];
}
