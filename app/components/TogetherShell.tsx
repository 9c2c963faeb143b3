import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Language } from "../../templates/csecy-safety-plan";
import { UiLanguage, useUiIn } from "../i18n/ui";
import { QuickExit } from "./QuickExit";

/**
 * The frame of every together-view page: in the plan's language (the youth's), larger type, a
 * Quick exit button and one link back to the provider view; no app navigation, notes or flags.
 * On a youth's own phone (`youthDevice`) there is no way to the provider view: Leave instead.
 */
export function TogetherShell({
  language,
  planId,
  youthDevice = false,
  children,
}: {
  language: Language;
  planId: string;
  youthDevice?: boolean;
  children: ReactNode;
}) {
  const ui = useUiIn(language, "together");
  return (
    <UiLanguage.Provider value={language}>
      <div className="together" lang={language}>
        <header className="together-bar">
          {youthDevice ? (
            <form method="post" action="/join">
              <button type="submit" name="intent" value="leave" className="secondary">
                {ui.join.leave}
              </button>
            </form>
          ) : (
            <Link to={`/plans/${planId}`} className="button secondary">
              {ui.together.providerView}
            </Link>
          )}
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
