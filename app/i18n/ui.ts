import { createContext, useContext } from "react";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan/structure";
import type { UiText } from "./ui.en";
import { SERVER_UI_CATALOGUES } from "./ui-catalogues.server";

export type { UiText } from "./ui.en";

/**
 * The interface texts at hand. On the server, every language (ui-catalogues.server.ts). In the
 * browser that module is empty: each language is its own chunk, and a page loads only the
 * languages it shows (entry.client.tsx, before hydrating), so no page ships both catalogues.
 */
const catalogues: Partial<Record<Language, UiText>> = { ...SERVER_UI_CATALOGUES };
const loading = new Map<Language, Promise<void>>();
const LOADERS: Record<Language, () => Promise<UiText>> = {
  en: () => import("./ui.en").then((module) => module.uiEn),
  es: () => import("./ui.es").then((module) => module.uiEs),
};

/** Makes a language's texts available in the browser; resolves at once when they already are. */
export function loadUiTexts(language: Language): Promise<void> {
  if (catalogues[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then((texts) => {
      catalogues[language] = texts;
    });
    loading.set(language, pending);
  }
  return pending;
}

/**
 * A language's interface texts. In the browser, a render that needs a language the page has not
 * loaded yet (a client navigation to a plan in the other language) suspends until it arrives:
 * navigations are transitions, so the page on screen stays until then.
 */
export function uiText(language: Language): UiText {
  const texts = catalogues[language];
  if (texts) return texts;
  throw loadUiTexts(language);
}

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
