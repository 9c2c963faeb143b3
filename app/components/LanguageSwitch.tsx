import { Form, useLocation } from "@remix-run/react";
import { LANGUAGES } from "../../templates/csecy-safety-plan/structure";
import { useUi, useUiLanguage } from "../i18n/ui";

/** Buttons that set the interface language and come back to this page; a plain form, so it works without JavaScript. */
export function LanguageSwitch() {
  const ui = useUi();
  const current = useUiLanguage();
  const location = useLocation();
  return (
    <Form method="post" action="/language" className="language-switch" aria-label={ui.language.choose}>
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {LANGUAGES.filter((l) => l !== current).map((l) => (
        <button key={l} type="submit" name="language" value={l} lang={l} className="secondary">
          {ui.language.names[l]}
        </button>
      ))}
    </Form>
  );
}
