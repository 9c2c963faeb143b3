import { QUESTION_IDS } from "../../../templates/csecy-safety-plan";
import { CheckboxField, TextAreaField } from "../fields";
import type { SectionFormProps } from "./types";

export function QuestionsFields({ form, text }: SectionFormProps<"questions">) {
  const fields = form.getFieldset();
  return (
    <ol className="questions">
      {QUESTION_IDS.map((id) => {
        const answer = fields[id].getFieldset();
        return (
          <li key={id}>
            <TextAreaField meta={answer.text} label={text.questions[id]} rows={3} />
            <CheckboxField meta={answer.keepOffPrint} label={text.fields.keepOffPrint} />
          </li>
        );
      })}
    </ol>
  );
}
