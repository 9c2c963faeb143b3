import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { LANGUAGES, type Language } from "../templates/csecy-safety-plan/structure";
import { loadPlanTexts, PLAN_TEXTS_ATTRIBUTE } from "./i18n/plan-text";
import { loadUiTexts } from "./i18n/ui";

/**
 * The languages the server rendered this page's texts in: the document's (the interface) and any
 * part marked with another (a plan in the youth's language, the together view). The language
 * switch's buttons are marked with the language they name, in the interface's words: not counted.
 */
function languagesOnPage(): Language[] {
  const marked = [document.documentElement, ...document.body.querySelectorAll("[lang]:not(.language-switch [lang])")].map((element) => element.getAttribute("lang"));
  return LANGUAGES.filter((language) => marked.includes(language));
}

// Hydration renders the same texts as the server did, so they are loaded first: one language's
// catalogue on most pages, never both unless the page shows both; the plan template's texts only
// on a page that shows them, in the languages root.tsx names.
const planLanguages = LANGUAGES.filter((language) => (document.body.getAttribute(PLAN_TEXTS_ATTRIBUTE) ?? "").split(" ").includes(language));
void Promise.all([...languagesOnPage().map(loadUiTexts), ...planLanguages.map(loadPlanTexts)]).then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
});
