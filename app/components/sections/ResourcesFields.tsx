import { LIMITS } from "../../../templates/csecy-safety-plan";
import { RESOURCES, type Resource } from "../../../templates/resources/directory";
import { ChoiceGroup, ItemList, TextField } from "../fields";
import type { SectionFormProps } from "./types";

export function ResourcesFields({ form, text, language, audience }: SectionFormProps<"resources">) {
  const fields = form.getFieldset();
  const labels = text.fields.resources;
  // The provider is told where each entry comes from; the youth's view is not asked to judge sources.
  const source = (r: Resource) =>
    audience === "provider"
      ? ` ${r.agencyConfirmed ? text.resourceSource.confirmed(r.agencyConfirmed) : r.numberFrom === "toolkit" ? text.resourceSource.toolkit : text.resourceSource.publicListing}`
      : "";
  const describe = (r: Resource) =>
    `${r.name[language]}: ${r.purpose[language]} (${[r.phone && text.resourceCall(r.phone), r.text && text.resourceText(r.text), r.hours[language]].filter(Boolean).join(", ")}). ${text.resourceWhenYouCall} ${r.whenYouCall[language]}${source(r)}`;
  return (
    <>
      <h2>{labels.always}</h2>
      <ul>
        {RESOURCES.filter((r) => r.always).map((r) => (
          <li key={r.id}>{describe(r)}</li>
        ))}
      </ul>
      <ChoiceGroup
        meta={fields.chosen}
        legend={labels.chosen}
        type="checkbox"
        options={RESOURCES.filter((r) => !r.always).map((r) => ({ value: r.id, label: describe(r) }))}
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
