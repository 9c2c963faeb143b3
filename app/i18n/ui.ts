import { createContext, useContext } from "react";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan";
import { uiEn, type UiText } from "./ui.en";
import { uiEs } from "./ui.es";

export type { UiText } from "./ui.en";

const CATALOGUES: Record<Language, UiText> = { en: uiEn, es: uiEs };

export function uiText(language: Language): UiText {
  return CATALOGUES[language];
}

/**
 * The interface language of the part of the page below it. The root sets the provider's choice;
 * the together view sets the plan's language (the youth's) for everything it shows.
 */
export const UiLanguage = createContext<Language>("en");

/** The interface texts in the language of this part of the page. */
export function useUi(): UiText {
  return CATALOGUES[useContext(UiLanguage)];
}

export function useUiLanguage(): Language {
  return useContext(UiLanguage);
}

/**
 * The interface language of the request being rendered, for the error page when the root loader
 * did not run: an action's error (a refused form posted without JavaScript) skips every loader.
 * entry.server.tsx provides it from the cookie; in the browser it is the language the server
 * rendered the page in, so hydration renders the same text.
 */
const RequestLanguage = createContext<Language>(
  LANGUAGES.find((l) => typeof document !== "undefined" && l === document.documentElement.lang) ?? "en",
);

export const RequestLanguageProvider = RequestLanguage.Provider;

export function useRequestLanguage(): Language {
  return useContext(RequestLanguage);
}
