import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { LIMITS } from "../../../templates/csecy-safety-plan/limits";
import type { TemplateText } from "../../../templates/csecy-safety-plan/text-types";
import { ChoiceGroup, ItemList, TextField, type Option } from "../fields";

/** A suggestion list from the toolkit as choices, plus the youth's own entries. */
export function SuggestionFields({
  form,
  chosen,
  own,
  choices,
  text,
}: {
  form: FormMetadata<any, string[]>;
  chosen: FieldMetadata<any, any, string[]>;
  own: FieldMetadata<(string | undefined)[] | undefined, any, string[]>;
  choices: Option[];
  text: TemplateText;
}) {
  const labels = text.fields.suggestions;
  return (
    <>
      <ChoiceGroup meta={chosen} legend={labels.chosen} type="checkbox" options={choices} />
      <ItemList form={form} meta={own} legend={labels.own} itemLabel={labels.ownItem} addLabel={text.add.ownIdea} max={LIMITS.ownEntries}>
        {(item) => <TextField meta={item} label={labels.ownItem} />}
      </ItemList>
    </>
  );
}
