import { CheckboxField, TextAreaField } from "../fields";
import { ImminentDanger } from "../ImminentDanger";
import type { SectionFormProps } from "./types";

export function ProviderFields({ form, text }: SectionFormProps<"provider">) {
  const fields = form.getFieldset();
  return (
    <>
      <TextAreaField meta={fields.notes} label={text.fields.provider.notes} rows={6} />
      <CheckboxField meta={fields.concern} label={text.fields.provider.concern} />
      <p className="notice warning">{text.concernPrompt}</p>
      <ImminentDanger reader="provider" />
    </>
  );
}
