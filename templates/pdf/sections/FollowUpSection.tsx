import { Text, View } from "@react-pdf/renderer";
import { followUpPrompts } from "../../csecy-safety-plan/follow-up-prompts";
import { formatDay } from "../format";
import { Field, Muted, Section, WriteLines } from "../parts";
import { s } from "../styles";
import type { SectionProps } from "./types";

/** Next time: the next meeting date and what we will check on (the discreet copy: the date only). */
export function FollowUpSection({ content, text, pdf, variant }: SectionProps) {
  const { nextMeeting, checkOn } = content["follow-up"];
  const date = nextMeeting ? formatDay(nextMeeting, pdf.locale) : "";
  if (variant === "discreet") {
    if (!date) return null;
    return (
      <Section title={pdf.discreet.sections.nextTime}>
        <Text style={s.paragraph}>{pdf.discreet.nextMeeting(date)}</Text>
      </Section>
    );
  }
  if (variant === "youth") return null; // the youth copy has a page of its own for it: FollowUpPage
  return (
    <Section title={text.sections["follow-up"].title}>
      {!date && !checkOn.trim() ? <Muted>{pdf.provider.empty}</Muted> : null}
      <Field label={text.fields.followUp.nextMeeting} value={date} />
      <Field label={text.fields.followUp.checkOn} value={checkOn} />
    </Section>
  );
}

/**
 * The youth copy's follow-up page: the next meeting, what we will check on, and the toolkit's
 * follow-up prompts for each strategy, person and place in the plan, with room to write. The
 * provider copy lists the same prompts without the lines.
 */
export function FollowUpPage({ content, pdf, language, variant }: SectionProps) {
  const prompts = followUpPrompts(content, language, { printableOnly: variant !== "provider" });
  const { nextMeeting, checkOn } = content["follow-up"];
  if (variant === "provider") {
    return (
      <Section title={pdf.provider.followUpTitle} intro={pdf.provider.followUpIntro}>
        {prompts.map((p) => (
          <View key={p.key} style={s.bulletRow}>
            <Text style={s.bullet}>•</Text>
            <Text style={s.bulletText}>{p.question}</Text>
          </View>
        ))}
      </Section>
    );
  }
  return (
    <View>
      <Text style={s.title}>{pdf.youth.followUpTitle}</Text>
      <Text style={s.subtitle}>{pdf.youth.followUpIntro}</Text>
      <Text style={s.emergencyLine}>
        {nextMeeting ? pdf.youth.nextMeeting(formatDay(nextMeeting, pdf.locale)) : pdf.youth.nextMeetingBlank}
      </Text>
      {checkOn.trim() ? (
        <View style={{ marginTop: 8 }}>
          <Field label={pdf.youth.checkOn} value={checkOn} />
        </View>
      ) : null}
      <View style={{ marginTop: 12 }}>
        {prompts.map((p) => (
          <View key={p.key} style={s.prompt} wrap={p.question.length > 400}>
            <Text style={s.promptQuestion}>{p.question}</Text>
            <WriteLines />
          </View>
        ))}
      </View>
    </View>
  );
}
