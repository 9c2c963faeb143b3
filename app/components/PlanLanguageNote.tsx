import type { Language } from "../../templates/csecy-safety-plan";
import { useUi, useUiLanguage } from "../i18n/ui";

/**
 * Says which words are which when the plan's language is not the interface's: the plan's parts
 * (its questions, labels and the youth's answers) are in the plan's language, the page around
 * them in the interface's. Nothing when both are the same.
 */
export function PlanLanguageNote({ planLanguage }: { planLanguage: Language }) {
  const ui = useUi();
  const interfaceLanguage = useUiLanguage();
  if (planLanguage === interfaceLanguage) return null;
  const names = ui.language.inSentence;
  return (
    <p className="notice plan-language-note" data-testid="plan-language-note">
      {ui.planLanguageNote(names[planLanguage], names[interfaceLanguage])}
    </p>
  );
}
