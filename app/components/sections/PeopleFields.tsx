import { LIMITS } from "../../../templates/csecy-safety-plan";
import { CheckboxField, ItemList, SelectField, TextField } from "../fields";
import { options, type SectionFormProps } from "./types";

export function PeopleFields({ form, text }: SectionFormProps<"people">) {
  const labels = text.fields.people;
  return (
    <ItemList
      form={form}
      meta={form.getFieldset().items}
      legend={text.sections.people.title}
      itemLabel={labels.item}
      addLabel="Add a person"
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
            <SelectField meta={person.numberKept} label={labels.numberKept} options={options(text.numberKept)} emptyLabel="—" />
            <CheckboxField meta={person.knowsSituation} label={labels.knowsSituation} />
            <CheckboxField meta={person.mightBeLinked} label={labels.mightBeLinked} />
            <TextField meta={person.codeWord} label={labels.codeWord} />
            <TextField meta={person.codeWordMeaning} label={labels.codeWordMeaning} />
            <TextField meta={person.codeWordAction} label={labels.codeWordAction} />
            <CheckboxField meta={person.keepOffPrint} label={text.fields.keepOffPrint} />
          </>
        );
      }}
    </ItemList>
  );
}
