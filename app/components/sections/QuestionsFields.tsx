import { QUESTION_IDS } from "../../../templates/csecy-safety-plan";
import { TextAreaField } from "../fields";
import type { SectionFormProps } from "./types";

export function QuestionsFields({ form, text, audience }: SectionFormProps<"questions">) {
  const fields = form.getFieldset();
  // The provider reads the toolkit's questions verbatim; the youth reads the same questions in plain words.
  const questions = audience === "youth" ? text.youthQuestions : text.questions;
  return (
    <ol className="questions">
      {QUESTION_IDS.map((id) => {
        const answer = fields[id].getFieldset();
        return (
          <li key={id}>
            <TextAreaField meta={answer.text} label={questions[id]} rows={3} />
          </li>
        );
      })}
    </ol>
  );
}
