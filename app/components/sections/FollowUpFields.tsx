import { TextAreaField, TextField } from "../fields";
import type { SectionFormProps } from "./types";

export function FollowUpFields({ form, text }: SectionFormProps<"follow-up">) {
  const fields = form.getFieldset();
  return (
    <>
      <TextField meta={fields.nextMeeting} label={text.fields.followUp.nextMeeting} type="date" />
      <TextAreaField meta={fields.checkOn} label={text.fields.followUp.checkOn} />
    </>
  );
}
