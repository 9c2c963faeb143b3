import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Language } from "../../templates/csecy-safety-plan";
import { UiLanguage, uiText } from "../i18n/ui";
import { QuickExit } from "./QuickExit";

/**
 * The frame of every together-view page: in the plan's language (the youth's), larger type, a
 * Quick exit button and one link back to the provider view; no app navigation, notes or flags.
 */
export function TogetherShell({
  language,
  planId,
  children,
}: {
  language: Language;
  planId: string;
  children: ReactNode;
}) {
  const ui = uiText(language);
  return (
    <UiLanguage.Provider value={language}>
      <div className="together" lang={language}>
        <header className="together-bar">
          <Link to={`/plans/${planId}`} className="button secondary">
            {ui.together.providerView}
          </Link>
          <span className="spacer" />
          <QuickExit />
        </header>
        <main className="page" id="main">
          {children}
        </main>
      </div>
    </UiLanguage.Provider>
  );
}
