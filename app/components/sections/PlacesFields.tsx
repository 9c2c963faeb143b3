import { LIMITS } from "../../../templates/csecy-safety-plan/limits";
import { ItemList, TextField } from "../fields";
import type { SectionFormProps } from "./types";

export function PlacesFields({ form, text }: SectionFormProps<"places">) {
  const fields = form.getFieldset();
  const labels = text.fields.places;
  const lists = [
    { meta: fields.safe, legend: labels.safe, item: labels.safeItem, why: labels.whySafe, add: text.add.safePlace },
    { meta: fields.avoid, legend: labels.avoid, item: labels.avoidItem, why: labels.whyAvoid, add: text.add.avoidPlace },
  ];
  return (
    <>
      {lists.map((list) => (
        <ItemList key={list.meta.name} form={form} meta={list.meta} legend={list.legend} itemLabel={list.item} addLabel={list.add} max={LIMITS.places}>
          {(item) => {
            const place = item.getFieldset();
            return (
              <>
                <input type="hidden" name={place.id.name} defaultValue={place.id.initialValue} />
                <TextField meta={place.name} label={labels.name} />
                <TextField meta={place.why} label={list.why} />
              </>
            );
          }}
        </ItemList>
      ))}
    </>
  );
}
