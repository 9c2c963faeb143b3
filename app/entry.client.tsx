import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { LANGUAGES, type Language } from "../templates/csecy-safety-plan/structure";
import { loadPlanTexts, PLAN_TEXTS_ATTRIBUTE } from "./i18n/plan-text";
import { loadUiTexts, UI_GROUPS, UI_GROUPS_ATTRIBUTE } from "./i18n/ui";

/**
 * The languages the server rendered this page's texts in: the document's (the interface) and any
 * part marked with another (a plan in the youth's language, the together view). The language
 * switch's buttons are marked with the language they name, in the interface's words: not counted.
 */
function languagesOnPage(): Language[] {
  const marked = [document.documentElement, ...document.body.querySelectorAll("[lang]:not(.language-switch [lang])")].map((element) => element.getAttribute("lang"));
  return LANGUAGES.filter((language) => marked.includes(language));
}

/** The values root.tsx put in a space-separated attribute of <body>, among those known. */
const named = <T extends string>(attribute: string, known: readonly T[]): T[] =>
  known.filter((value) => (document.body.getAttribute(attribute) ?? "").split(" ").includes(value));

// Hydration renders the same texts as the server did, so they are loaded first: the shared
// interface texts and the groups the page's routes declare, in the page's language (both only
// when the page shows both); the plan template's texts only on a page that shows them, in the
// languages root.tsx names.
const uiGroups = named(UI_GROUPS_ATTRIBUTE, UI_GROUPS);
void Promise.all([
  ...languagesOnPage().map((language) => loadUiTexts(language, uiGroups)),
  ...named(PLAN_TEXTS_ATTRIBUTE, LANGUAGES).map(loadPlanTexts),
]).then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
});
