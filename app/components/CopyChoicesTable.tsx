import { Form } from "@remix-run/react";
import { CHOSEN_COPIES } from "../../templates/csecy-safety-plan/copies";
import { useUi } from "../i18n/ui";
import type { ChoiceRow } from "../../templates/csecy-safety-plan";
import { Hint } from "./fields";

const cautionId = (key: string) => `caution-${key.replace(/[^\w-]/g, "-")}`;

/** What became of the last save of the choices. */
export type ChoicesOutcome = "saved" | "conflict" | "storage-failed";

/** The outcome a choices page shows: a refused save answers the post; a saved or conflicting one redirects with ?saved=1 or ?conflict=1. */
export function choicesOutcome(refused: { storageFailed: boolean } | undefined, searchParams: URLSearchParams): ChoicesOutcome | undefined {
  if (refused?.storageFailed) return "storage-failed";
  if (searchParams.get("conflict")) return "conflict";
  return searchParams.get("saved") ? "saved" : undefined;
}

/**
 * The choices of "What goes on each copy": a row per thing of the plan, a tick box per copy it
 * may go on ("Always" where it is on a copy whatever is chosen), a caution under the thing where
 * choosing it means something to weigh (the form's hint, read with each of its boxes), and what
 * became of the last save. The provider's page and the together view post it
 * to their own address.
 */
export function CopyChoicesTable({
  rows,
  revision,
  canEdit,
  outcome,
  ticked,
}: {
  rows: readonly ChoiceRow[];
  revision: number;
  canEdit: boolean;
  outcome: ChoicesOutcome | undefined;
  /** The boxes as last sent, when the storage refused them: shown as sent, not as stored. */
  ticked?: ReadonlySet<string>;
}) {
  const ui = useUi("copies");
  const t = ui.copies;
  const sections = [...new Set(rows.map((r) => r.sectionTitle))];
  const notice =
    outcome === "saved" ? (
      <p className="notice" role="status">
        {t.saved}
      </p>
    ) : outcome ? (
      <p className="notice error" role="alert">
        {outcome === "conflict" ? t.conflict : ui.form.storageFailed}
      </p>
    ) : null;
  if (rows.length === 0) {
    return (
      <>
        {notice}
        <p>{t.nothingToChoose}</p>
      </>
    );
  }
  return (
    <Form method="post" className="copy-choices">
      {notice}
      <input type="hidden" name="revision" value={revision} />
      <div className="table-scroll">
        <table>
          <caption>{t.chooseTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.thing}</th>
              {CHOSEN_COPIES.map((copy) => (
                <th scope="col" key={copy}>
                  {t.names[copy]}
                </th>
              ))}
            </tr>
          </thead>
          {sections.map((section) => (
            <tbody key={section}>
              <tr>
                <th scope="colgroup" colSpan={CHOSEN_COPIES.length + 1} className="choices-section">
                  {section}
                </th>
              </tr>
              {rows
                .filter((r) => r.sectionTitle === section)
                .map((row) => (
                  <tr key={row.key}>
                    <th scope="row">
                      {row.label}
                      {row.locked ? <span className="tag">{t.onlyProvider}</span> : null}
                      <Hint id={cautionId(row.key)}>{row.caution ? t.cautions[row.caution] : null}</Hint>
                    </th>
                    {CHOSEN_COPIES.map((copy) => {
                      // On a phone the columns' heads are out of sight: each box carries its copy's name (its label says it already).
                      const name = (
                        <span className="narrow-copy-name" aria-hidden="true">
                          {t.names[copy]}
                        </span>
                      );
                      return row.offered.includes(copy) && !row.locked ? (
                        <td key={copy}>
                          <label className="field-checkbox table-tick">
                            <input
                              type="checkbox"
                              name={`${row.key}:${copy}`}
                              defaultChecked={ticked ? ticked.has(`${row.key}:${copy}`) : row.choice[copy]}
                              aria-label={t.tick(row.label, t.names[copy])}
                              aria-describedby={row.caution ? cautionId(row.key) : undefined}
                              disabled={!canEdit}
                            />
                            {name}
                          </label>
                        </td>
                      ) : row.always.includes(copy) ? (
                        <td key={copy} className="always">
                          {name}
                          {t.always}
                        </td>
                      ) : (
                        <td key={copy} className="not-offered">
                          <span aria-hidden="true">{"\u2014"}</span>
                          <span className="visually-hidden">{t.notOffered}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
      {canEdit ? (
        <p className="actions">
          <button type="submit">{t.save}</button>
        </p>
      ) : null}
    </Form>
  );
}
