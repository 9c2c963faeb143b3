import { Text, View } from "@react-pdf/renderer";
import { QUESTION_IDS } from "../../csecy-safety-plan/structure";
import { fitsOnePage, Section } from "../parts";
import { s } from "../styles";
import { NEUTRAL_QUESTION_IDS } from "../../csecy-safety-plan/copies";
import { offTheYouthCopy } from "../printable";
import type { SectionProps } from "./types";

/**
 * The safety questions and the youth's answers, in the youth's own words. The youth's copy asks
 * them in the youth's wording (as the together view does); the provider's copy in the toolkit's.
 */
export function QuestionsSection({ content, text, pdf, variant }: SectionProps) {
  if (variant === "discreet") {
    const answered = NEUTRAL_QUESTION_IDS.filter((id) => content.questions[id].text.trim());
    if (!answered.length) return null;
    return (
      <Section title={pdf.discreet.sections.questions}>
        {answered.map((id) => (
          <View key={id} style={s.item}>
            <Text style={s.label}>
              {pdf.discreet.questions[id]}
            </Text>
            <Text style={s.value}>{content.questions[id].text}</Text>
          </View>
        ))}
      </Section>
    );
  }
  const questions = variant === "provider" ? text.questions : text.youthQuestions;
  const off = offTheYouthCopy(content);
  const shown = QUESTION_IDS.filter((id) => variant === "provider" || content.questions[id].text.trim());
  if (!shown.length) return null;
  return (
    <Section title={text.sections.questions.title}>
      {shown.map((id) => {
        const answer = content.questions[id];
        return (
          <View key={id} style={s.item} wrap={!fitsOnePage(answer.text)}>
            <Text style={s.label}>
              {questions[id]}
            </Text>
            <Text style={answer.text.trim() ? s.value : s.muted}>{answer.text.trim() ? answer.text : "\u2014"}</Text>
            {variant === "provider" && off(`questions.${id}`) ? (
              <Text style={s.tag}>{pdf.provider.notOnYouthCopies}</Text>
            ) : null}
          </View>
        );
      })}
    </Section>
  );
}
