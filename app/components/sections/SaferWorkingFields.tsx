import { CheckboxField } from "../fields";
import { SuggestionFields } from "./SuggestionFields";
import { options, type SectionFormProps } from "./types";

export function SaferWorkingFields({ form, text }: SectionFormProps<"safer-working">) {
  const fields = form.getFieldset();
  return (
    <>
      <CheckboxField meta={fields.wanted} label={text.fields.saferWorking.wanted} />
      <p className="muted">{text.hints.saferWorkingOff}</p>
      <SuggestionFields form={form} chosen={fields.chosen} own={fields.own} choices={options(text.saferWorking)} text={text} />
    </>
  );
}
