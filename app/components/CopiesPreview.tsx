import type { ChosenCopy } from "../../templates/csecy-safety-plan";
import { useUi } from "../i18n/ui";

export interface CopyPreview {
  copy: ChosenCopy;
  parts: { title: string; lines: string[] }[];
}

/**
 * What each copy will hold, as plain lists in the copy's own words: the same outline the PDF is
 * drawn from (templates/pdf/outline.ts). `actions` adds the download buttons under each copy.
 */
export function CopiesPreview({ previews, actions }: { previews: readonly CopyPreview[]; actions?: (copy: ChosenCopy) => React.ReactNode }) {
  const ui = useUi("copies");
  const t = ui.copies;
  return (
    <section aria-labelledby="copies-preview" className="copies-preview">
      <h2 id="copies-preview">{t.previewTitle}</h2>
      <p>{t.previewIntro}</p>
      {previews.map(({ copy, parts }) => (
        <article key={copy} aria-labelledby={`preview-${copy}`} className="copy-preview" data-copy={copy}>
          <h3 id={`preview-${copy}`}>{t.names[copy]}</h3>
          <p className="muted">{t.about[copy]}</p>
          {parts.map((part, i) => (
            <div key={`${part.title}-${i}`}>
              <h4>{part.title}</h4>
              <ul>
                {part.lines.map((line, j) => (
                  <li key={j}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
          {actions ? actions(copy) : null}
        </article>
      ))}
    </section>
  );
}
