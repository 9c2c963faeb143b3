import { SuggestionFields } from "./SuggestionFields";
import { options, type SectionFormProps } from "./types";

export function GoBagFields({ form, text }: SectionFormProps<"go-bag">) {
  const fields = form.getFieldset();
  return <SuggestionFields form={form} chosen={fields.chosen} own={fields.own} choices={options(text.goBag)} text={text} />;
}
