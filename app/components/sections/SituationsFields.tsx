import { LIMITS } from "../../../templates/csecy-safety-plan/limits";
import { situationTitle } from "../../../templates/csecy-safety-plan/situation-title";
import { SITUATION_KINDS } from "../../../templates/csecy-safety-plan/structure";
import { ItemList, SelectField, TextAreaField, TextField } from "../fields";
import type { SectionFormProps } from "./types";

export function SituationsFields({ form, text, audience }: SectionFormProps<"situations">) {
  const labels = text.fields.situations;
  const kinds = SITUATION_KINDS.map((k) => ({ value: k, label: situationTitle(text, k, audience) }));
  return (
    <>
      <ul className="muted">
        {SITUATION_KINDS.filter((k) => k !== "other").map((k) => (
          <li key={k}>
            <strong>{situationTitle(text, k, audience)}:</strong> {text.situations[k].prompt}
          </li>
        ))}
      </ul>
      <ItemList form={form} meta={form.getFieldset().items} legend={text.sections.situations.title} itemLabel={labels.item} addLabel={text.add.situation} max={LIMITS.situations}>
        {(item) => {
          const situation = item.getFieldset();
          return (
            <>
              <input type="hidden" name={situation.id.name} defaultValue={situation.id.initialValue} />
              <SelectField meta={situation.kind} label={labels.kind} options={kinds} />
              <TextField meta={situation.title} label={labels.title} />
              <TextAreaField meta={situation.warningSigns} label={labels.warningSigns} />
              <TextAreaField meta={situation.steps} label={labels.steps} />
              <TextField meta={situation.whoToCall} label={labels.whoToCall} />
            </>
          );
        }}
      </ItemList>
    </>
  );
}
