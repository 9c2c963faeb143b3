import { LANGUAGES, LIMITS } from "../../../templates/csecy-safety-plan";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "../fields";
import { options, type SectionFormProps } from "./types";

const LANGUAGE_NAMES = { en: "English" } satisfies Record<(typeof LANGUAGES)[number], string>;

export function AboutFields({ form, text }: SectionFormProps<"about">) {
  const fields = form.getFieldset();
  const labels = text.fields.about;
  return (
    <>
      <TextField meta={fields.nameOnPlan} label={labels.nameOnPlan} hint="A nickname is fine. Never a legal name." />
      <TextField meta={fields.date} label={labels.date} type="date" />
      <TextField meta={fields.present} label={labels.present} />
      <SelectField meta={fields.language} label={labels.language} options={options(LANGUAGE_NAMES)} />
      <ChoiceGroup meta={fields.status} legend={labels.status} type="radio" options={options(text.statuses)} />
      <TextAreaField meta={fields.safetyMeans} label={labels.safetyMeans} hint={`Up to ${LIMITS.longText} characters.`} rows={4} />
    </>
  );
}
