import { LIMITS } from "../../../templates/csecy-safety-plan/limits";
import { ItemList, TextField } from "../fields";
import type { SectionFormProps } from "./types";

export function RefusalFields({ form, text }: SectionFormProps<"refusal">) {
  const labels = text.fields.refusal;
  return (
    <ItemList form={form} meta={form.getFieldset().items} legend={text.sections.refusal.title} itemLabel={labels.item} addLabel={text.add.refusalLine} max={LIMITS.refusalLines}>
      {(item) => {
        const line = item.getFieldset();
        return (
          <>
            <input type="hidden" name={line.id.name} defaultValue={line.id.initialValue} />
            <TextField meta={line.situation} label={labels.situation} />
            <TextField meta={line.whatIllSay} label={labels.whatIllSay} />
          </>
        );
      }}
    </ItemList>
  );
}
