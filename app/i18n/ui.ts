import { createContext, useContext } from "react";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan/structure";
import type { UiText } from "./ui.en";
import { SERVER_UI_CATALOGUES } from "./ui-catalogues.server";
import { languageCatalogue } from "./language-catalogue";

export type { UiText } from "./ui.en";

/** The interface texts, one chunk per language in the browser (language-catalogue.ts). */
const catalogue = languageCatalogue<UiText>(SERVER_UI_CATALOGUES, {
  en: () => import("./ui.en").then((module) => module.uiEn),
  es: () => import("./ui.es").then((module) => module.uiEs),
});

/** Makes a language's interface texts available in the browser; resolves at once when they already are. */
export const loadUiTexts = catalogue.load;

/** A language's interface texts; in the browser, suspends until they are loaded. */
export const uiText = catalogue.get;

/**
 * The interface language of the part of the page below it. The root sets the provider's choice;
 * the together view sets the plan's language (the youth's) for everything it shows.
 */
export const UiLanguage = createContext<Language>("en");

/** The interface texts in the language of this part of the page. */
export function useUi(): UiText {
  return uiText(useContext(UiLanguage));
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
