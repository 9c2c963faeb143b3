import type { ReactNode } from "react";
import { planText } from "../../i18n/plan-text";
import { type Audience, type Language, type MergeView, type PendingChoice, type QuestionId, type SectionId, type TemplateText } from "../../../templates/csecy-safety-plan";
import type { Item, Value } from "../../../templates/csecy-safety-plan/compare";
import type { ResourceNames } from "../../../templates/resources/entry";
import { type UiTexts, useUiIn } from "../../i18n/ui";
import { fieldLabel, itemLabel, listLabel, valueText } from "../PlanComparison";

/*
 * After a save that another tab or device beat: both sides of every field they disagree on, what
 * the form now holds for it, and for a field both changed a choice (radio buttons, so it works
 * without JavaScript) between what this page typed and what the other save holds.
 */

function partLabel(section: SectionId, field: string, value: unknown, text: TemplateText, audience: Audience): string {
  if (section === "questions") return (audience === "youth" ? text.youthQuestions : text.questions)[field as QuestionId] ?? field;
  if (Array.isArray(value)) return listLabel(section, field, text) ?? text.sections[section].title;
  return fieldLabel(section, null, field, text);
}

interface Labels {
  text: TemplateText;
  ui: UiTexts<"builder">;
  resourceNames: ResourceNames;
}

function ItemText({ section, list, item, labels }: { section: SectionId; list: string; item: Item; labels: Labels }) {
  const { text, ui } = labels;
  const details = Object.entries(item).filter(([key, value]) => key !== "id" && value !== "" && value !== false);
  return (
    <>
      {itemLabel(section, list, String(item.id ?? ""), item, text, ui, labels.resourceNames)}
      {details.length ? (
        <ul>
          {details.map(([key, value]) => (
            <li key={key}>
              {fieldLabel(section, list, key, text)}: {valueText(section, key, value, text, ui)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function FieldValue({ section, field, value, labels }: { section: SectionId; field: string; value: unknown; labels: Labels }): ReactNode {
  const { text, ui } = labels;
  if (Array.isArray(value)) {
    if (value.length === 0) return ui.comparison.empty;
    return (
      <ul>
        {value.map((entry: string | Item, index) => (
          <li key={typeof entry === "string" ? `${index}-${entry}` : `${index}-${String(entry.id)}`}>
            {typeof entry === "string" ? (
              itemLabel(section, field, entry, {}, text, ui, labels.resourceNames)
            ) : (
              <ItemText section={section} list={field} item={entry} labels={labels} />
            )}
          </li>
        ))}
      </ul>
    );
  }
  if (value !== null && typeof value === "object") {
    const answer = value as { text?: string; keepOffPrint?: boolean };
    return `${answer.text || ui.comparison.empty}${answer.keepOffPrint ? ` (${text.fields.keepOffPrint})` : ""}`;
  }
  return valueText(section, field, (value ?? "") as Value, text, ui);
}

function Outcome({ choice, label, t, formId }: { choice: PendingChoice; label: string; t: UiTexts<"builder">["section"]["merge"]; formId: string }) {
  if (choice.outcome === "theirs") return <>{t.tookTheirs}</>;
  if (choice.outcome === "mine") return <>{t.keptMine}</>;
  if (choice.outcome === "both") return <>{t.keptBoth}</>;
  const name = `keep-${choice.field}`;
  return (
    <fieldset className="merge-choice">
      <legend className="visually-hidden">{label}</legend>
      <input type="hidden" name="choose" value={choice.field} />
      <label>
        <input type="radio" name={name} value="mine" defaultChecked={choice.chosen === "mine"} id={`${formId}-${name}-mine`} /> {t.keepMine}
      </label>
      <label>
        <input type="radio" name={name} value="theirs" defaultChecked={choice.chosen === "theirs"} id={`${formId}-${name}-theirs`} /> {t.keepTheirs}
      </label>
    </fieldset>
  );
}

export function MergeChoices({
  merge,
  section,
  language,
  audience,
  formId,
  resourceNames,
}: {
  merge: MergeView;
  section: SectionId;
  language: Language;
  audience: Audience;
  formId: string;
  /** The names of the places that can help, for a choice of them (the loader's, in the plan's language). */
  resourceNames: ResourceNames;
}) {
  const ui = useUiIn(language, "builder");
  const t = ui.section.merge;
  const text = planText(language);
  const labels: Labels = { text, ui, resourceNames };
  return (
    <section className="notice warning merge" aria-labelledby={`${formId}-merge`}>
      <p role="alert">{merge.message}</p>
      <h2 id={`${formId}-merge`}>{t.heading}</h2>
      <table className="merge-table">
        <thead>
          <tr>
            <th scope="col">{t.field}</th>
            <th scope="col">{t.otherSave}</th>
            <th scope="col">{t.thisPage}</th>
            <th scope="col">{t.result}</th>
          </tr>
        </thead>
        <tbody>
          {merge.fields.map((choice) => {
            const label = partLabel(section, choice.field, choice.theirs ?? choice.mine, text, audience);
            return (
              <tr key={choice.field} className={choice.outcome === "choose" ? "merge-both" : undefined}>
                <th scope="row">{label}</th>
                <td>
                  <FieldValue section={section} field={choice.field} value={choice.theirs} labels={labels} />
                </td>
                <td>{choice.mine === undefined ? null : <FieldValue section={section} field={choice.field} value={choice.mine} labels={labels} />}</td>
                <td>
                  <Outcome choice={choice} label={label} t={t} formId={formId} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
