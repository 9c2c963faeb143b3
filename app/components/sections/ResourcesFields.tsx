import { LIMITS } from "../../../templates/csecy-safety-plan/limits";
import type { ResourceEntry } from "../../../templates/resources/entry";
import { ChoiceGroup, ItemList, TextField } from "../fields";
import type { SectionFormProps } from "./types";

/**
 * An entry as the form shows it, a line for each thing to take in: its name and what it is, how to
 * reach it, what can happen when you call, and, for the provider only, where its number comes
 * from (the loader sends that to no one else).
 */
function ResourceWords({ entry, text }: { entry: ResourceEntry; text: SectionFormProps<"resources">["text"] }) {
  const numbers = [entry.phone && text.resourceCall(entry.phone), entry.text && text.resourceText(entry.text)].filter(Boolean).join(", ");
  const reach = [numbers, entry.hours].filter(Boolean).join(" · ");
  return (
    <span className="resource">
      <strong>{entry.name}</strong>: {entry.purpose}
      <span className="resource-line">{reach}</span>
      <span className="resource-line">
        {text.resourceWhenYouCall} {entry.whenYouCall}
      </span>
      {entry.source ? <span className="resource-line muted">{entry.source}</span> : null}
    </span>
  );
}

export function ResourcesFields({ form, text, resources }: SectionFormProps<"resources">) {
  const fields = form.getFieldset();
  const labels = text.fields.resources;
  return (
    <>
      <h2>{labels.always}</h2>
      <ul className="resources">
        {resources.filter((r) => r.always).map((r) => (
          <li key={r.id}>
            <ResourceWords entry={r} text={text} />
          </li>
        ))}
      </ul>
      <ChoiceGroup
        meta={fields.chosen}
        legend={labels.chosen}
        type="checkbox"
        spaced
        options={resources.filter((r) => !r.always).map((r) => ({ value: r.id, label: <ResourceWords entry={r} text={text} /> }))}
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
