import { LIMITS } from "../../../templates/csecy-safety-plan/limits";
import { LANGUAGES } from "../../../templates/csecy-safety-plan/structure";
import { useUi } from "../../i18n/ui";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "../fields";
import { options, type SectionFormProps } from "./types";

export function AboutFields({ form, text }: SectionFormProps<"about">) {
  const fields = form.getFieldset();
  const labels = text.fields.about;
  const languageNames = useUi().language.names;
  return (
    <>
      <TextField meta={fields.nameOnPlan} label={labels.nameOnPlan} hint={text.hints.nickname} />
      <TextField meta={fields.date} label={labels.date} type="date" />
      <TextField meta={fields.present} label={labels.present} />
      <SelectField meta={fields.language} label={labels.language} options={LANGUAGES.map((l) => ({ value: l, label: languageNames[l] }))} />
      <ChoiceGroup meta={fields.status} legend={labels.status} type="radio" options={options(text.statuses)} />
      <TextAreaField meta={fields.safetyMeans} label={labels.safetyMeans} hint={text.hints.upTo(LIMITS.longText)} rows={4} />
    </>
  );
}
