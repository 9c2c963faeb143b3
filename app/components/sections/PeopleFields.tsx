import { LIMITS } from "../../../templates/csecy-safety-plan/limits";
import { CheckboxField, ItemList, SelectField, TextField } from "../fields";
import { options, type SectionFormProps } from "./types";

export function PeopleFields({ form, text, audience }: SectionFormProps<"people">) {
  const labels = text.fields.people;
  return (
    <ItemList
      form={form}
      meta={form.getFieldset().items}
      legend={text.sections.people.title}
      itemLabel={labels.item}
      addLabel={text.add.person}
      max={LIMITS.people}
    >
      {(item) => {
        const person = item.getFieldset();
        return (
          <>
            <input type="hidden" name={person.id.name} defaultValue={person.id.initialValue} />
            <TextField meta={person.nickname} label={labels.nickname} />
            <TextField meta={person.relationship} label={labels.relationship} />
            <TextField meta={person.contact} label={labels.contact} />
            <SelectField meta={person.numberKept} label={labels.numberKept} options={options(text.numberKept)} emptyLabel={text.hints.noChoice} />
            <CheckboxField meta={person.knowsSituation} label={labels.knowsSituation} />
            {/* Provider-only: never on the youth's screen; a together-view save keeps its stored value. */}
            {audience === "provider" ? <CheckboxField meta={person.mightBeLinked} label={labels.mightBeLinked} /> : null}
            <TextField meta={person.codeWord} label={labels.codeWord} />
            <TextField meta={person.codeWordMeaning} label={labels.codeWordMeaning} />
            <TextField meta={person.codeWordAction} label={labels.codeWordAction} />
          </>
        );
      }}
    </ItemList>
  );
}
