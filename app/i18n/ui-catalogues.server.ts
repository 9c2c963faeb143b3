import type { Language } from "../../templates/csecy-safety-plan/structure";
import { uiEn, type UiText } from "./ui.en";
import { uiEs } from "./ui.es";

/**
 * Every language's interface texts, for the server: a loader, an action or a refusal may answer in
 * any of them at once. A `.server` module, so the browser bundle gets none of them from here
 * (Remix's compiler empties it there); the browser loads the languages a page shows (ui.ts).
 */
export const SERVER_UI_CATALOGUES: Record<Language, UiText> = { en: uiEn, es: uiEs };
