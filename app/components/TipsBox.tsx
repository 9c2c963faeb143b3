import type { Language, Tip } from "../../templates/csecy-safety-plan";
import { useUi } from "../i18n/ui";

/**
 * The provider's conversation tips, closed until opened (its summary shows a triangle and says it
 * opens). Each tip says whose words it is: the toolkit's (quoted verbatim in English) or ours.
 */
export function TipsBox({ title, tips, language }: { title: string; tips: readonly Tip[]; language: Language }) {
  const t = useUi().tips;
  return (
    <details className="tips">
      <summary>
        {title} <span className="tips-open-hint">{t.open}</span>
      </summary>
      <ul lang={language}>
        {tips.map((tip) => (
          <li key={tip.text} data-source={tip.source}>
            {tip.text} <span className={`tag tip-source-${tip.source}`}>{tip.source === "toolkit" ? t.fromToolkit : t.ours}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
