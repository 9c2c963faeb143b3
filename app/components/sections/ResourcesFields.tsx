import { LIMITS } from "../../../templates/csecy-safety-plan/limits";
import type { ResourceEntry } from "../../../templates/resources/entry";
import { ChoiceGroup, ItemList, TextField } from "../fields";
import type { SectionFormProps } from "./types";

export function ResourcesFields({ form, text, resources }: SectionFormProps<"resources">) {
  const fields = form.getFieldset();
  const labels = text.fields.resources;
  // Only the provider's entries say where their number comes from (the loader sends it to no one else).
  const describe = (r: ResourceEntry) =>
    `${r.name}: ${r.purpose} (${[r.phone && text.resourceCall(r.phone), r.text && text.resourceText(r.text), r.hours].filter(Boolean).join(", ")}). ${text.resourceWhenYouCall} ${r.whenYouCall}${r.source ? ` ${r.source}` : ""}`;
  return (
    <>
      <h2>{labels.always}</h2>
      <ul>
        {resources.filter((r) => r.always).map((r) => (
          <li key={r.id}>{describe(r)}</li>
        ))}
      </ul>
      <ChoiceGroup
        meta={fields.chosen}
        legend={labels.chosen}
        type="checkbox"
        options={resources.filter((r) => !r.always).map((r) => ({ value: r.id, label: describe(r) }))}
      />
      <ItemList form={form} meta={fields.own} legend={labels.own} itemLabel={labels.ownItem} addLabel={text.add.place} max={LIMITS.ownResources}>
        {(item) => {
          const place = item.getFieldset();
          return (
            <>
              <input type="hidden" name={place.id.name} defaultValue={place.id.initialValue} />
              <TextField meta={place.name} label={labels.name} />
              <TextField meta={place.phone} label={labels.phone} />
              <TextField meta={place.notes} label={labels.notes} />
            </>
          );
        }}
      </ItemList>
    </>
  );
}
