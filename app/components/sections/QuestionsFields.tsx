import { WORK_QUESTION_IDS } from "../../../templates/csecy-safety-plan/provider-only";
import { QUESTION_IDS, type QuestionId } from "../../../templates/csecy-safety-plan/structure";
import { useUiIn } from "../../i18n/ui";
import { TextAreaField } from "../fields";
import type { SectionFormProps } from "./types";

const isWorkQuestion = (id: QuestionId) => (WORK_QUESTION_IDS as readonly QuestionId[]).includes(id);

export function QuestionsFields({ form, text, language, audience, workQuestionsOpen }: SectionFormProps<"questions">) {
  const fields = form.getFieldset();
  const ui = useUiIn(language, "builder");
  // The provider reads the toolkit's questions verbatim; the youth reads the same questions in plain words.
  const questions = audience === "youth" ? text.youthQuestions : text.questions;
  const asked = QUESTION_IDS.filter((id) => workQuestionsOpen || !isWorkQuestion(id));
  return (
    <>
      <ol className="questions">
        {asked.map((id) => {
          const answer = fields[id].getFieldset();
          return (
            <li key={id}>
              <TextAreaField meta={answer.text} label={questions[id]} rows={3} />
            </li>
          );
        })}
      </ol>
      {/* Named, not linked: a link here would leave the form and what the youth typed in it. */}
      {workQuestionsOpen ? null : (
        <p className="muted" data-testid="work-questions-closed">
          {ui.section.moreQuestions(text.sections["safer-working"].title)}
        </p>
      )}
    </>
  );
}
