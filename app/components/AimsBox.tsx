import type { TemplateText } from "../../templates/csecy-safety-plan";
import { useUi } from "../i18n/ui";

/** The toolkit's three aims of safety planning, for the provider: closed until opened, marked as the toolkit's words. */
export function AimsBox({ text }: { text: TemplateText }) {
  const ui = useUi("plan");
  return (
    <details className="tips aims">
      <summary>
        {ui.overview.aims} <span className="tips-open-hint">{ui.tips.open}</span>
      </summary>
      <div lang={text.language} data-source="toolkit">
        <p>
          {text.aims.lead} <span className="tag tip-source-toolkit">{ui.tips.fromToolkit}</span>
        </p>
        <ul>
          {text.aims.items.map((aim) => (
            <li key={aim}>{aim}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
