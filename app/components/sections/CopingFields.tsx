import { SuggestionFields } from "./SuggestionFields";
import { options, type SectionFormProps } from "./types";

export function CopingFields({ form, text }: SectionFormProps<"coping">) {
  const fields = form.getFieldset();
  return <SuggestionFields form={form} chosen={fields.chosen} own={fields.own} choices={options(text.coping)} text={text} />;
}
