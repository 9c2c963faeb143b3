import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Language } from "../../csecy-safety-plan";
import {
  FOLLOW_UP_ANY_CHOICES,
  followUpChoiceLabels,
  followUpGridQuestion,
  followUpGroups,
  followUpPrompts,
  type FollowUpPrompt,
} from "../../csecy-safety-plan/follow-up-prompts";
import { formatDay } from "../format";
import { Field, Muted, Section, WriteLines } from "../parts";
import { COLORS, s } from "../styles";
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

/** The tick grid's own styles: a column per answer, a box to tick in each. */
const grid = StyleSheet.create({
  group: { marginTop: 8 },
  groupTitle: { fontSize: 12, fontWeight: 700, color: COLORS.accent, marginBottom: 2 },
  header: { flexDirection: "row", alignItems: "flex-end", borderBottomWidth: 0.75, borderBottomColor: COLORS.line, paddingBottom: 2 },
  row: { flexDirection: "row", alignItems: "center", borderBottomWidth: 0.5, borderBottomColor: COLORS.line, minHeight: 17 },
  subject: { flex: 1, paddingRight: 6 },
  question: { flex: 1, paddingRight: 6, fontWeight: 700 },
  column: { width: 62, alignItems: "center" },
  columnLabel: { width: 62, fontSize: 8.5, color: COLORS.muted, textAlign: "center" },
  box: { width: 10, height: 10, borderWidth: 0.9, borderColor: COLORS.ink },
});

/** Up to this many rows, a part of the grid is kept on one page. */
const ROWS_KEPT_TOGETHER = 14;

/** Consecutive prompts of one kind: one grid, since they share their question and answers. */
function byKind(prompts: readonly FollowUpPrompt[]): FollowUpPrompt[][] {
  const runs: FollowUpPrompt[][] = [];
  for (const prompt of prompts) {
    const run = runs.at(-1);
    if (run && run[0]!.kind === prompt.kind) run.push(prompt);
    else runs.push([prompt]);
  }
  return runs;
}

/**
 * One grid: the kind's question over its answers (on paper, blank stands for "skip" and "rather
 * not say"), then a row per strategy, person or place with a box under each answer.
 */
function TickGrid({ prompts, language }: { prompts: FollowUpPrompt[]; language: Language }) {
  const first = prompts[0]!;
  if (first.kind === "open") return null;
  const labels = followUpChoiceLabels(language, "short");
  const answers = first.choices.filter((c) => !(FOLLOW_UP_ANY_CHOICES as readonly string[]).includes(c));
  const question = followUpGridQuestion(first.kind, language);
  const rowsNamed = prompts.some((p) => p.subject);
  return (
    <View style={{ marginTop: 4 }}>
      <View style={grid.header} wrap={false} minPresenceAhead={24}>
        <Text style={grid.question}>{rowsNamed ? question : ""}</Text>
        {answers.map((a) => (
          <Text key={a} style={grid.columnLabel}>
            {labels[a]}
          </Text>
        ))}
      </View>
      {prompts.map((p) => (
        <View key={p.key} style={grid.row} wrap={false}>
          <Text style={grid.subject}>{p.subject || question}</Text>
          {answers.map((a) => (
            <View key={a} style={grid.column}>
              <View style={grid.box} />
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

/**
 * The follow-up page of the youth copy (and its part of the provider copy): the next meeting,
 * what we will check on, the open question with room to write, then the toolkit's follow-up
 * prompts as tick grids, part by part as the follow-up on screen asks them (one source:
 * follow-up-prompts.ts). The provider copy also has the neutral check on anyone maybe linked.
 */
export function FollowUpPage({ content, text, pdf, language, variant }: SectionProps) {
  const prompts = followUpPrompts(content, text, { printableOnly: variant !== "provider" });
  const groups = followUpGroups(prompts, language);
  const { nextMeeting, checkOn } = content["follow-up"];
  const open = prompts.find((p) => p.kind === "open");
  const grids = groups
    .filter((g) => g.id !== "overall")
    .map((g) => (
      // A part stays on one page (its title never alone at a page's foot) unless it is longer than a page could hold.
      <View key={g.id} style={grid.group} wrap={g.prompts.length > ROWS_KEPT_TOGETHER}>
        <Text style={grid.groupTitle}>{g.title}</Text>
        {byKind(g.prompts).map((run) => (
          <TickGrid key={run[0]!.key} prompts={run} language={language} />
        ))}
      </View>
    ));
  if (variant === "provider") {
    return (
      <Section title={pdf.provider.followUpTitle} intro={pdf.provider.followUpIntro}>
        {open ? <Text style={s.promptQuestion}>{open.question}</Text> : null}
        {grids}
      </Section>
    );
  }
  return (
    <View>
      {/* Its head is kept whole and with the start of its first part, also where it follows the plan
          on a sheet (react-pdf honours minPresenceAhead only after a sibling, hence the spacer). */}
      <View />
      <View wrap={false} minPresenceAhead={90}>
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
        {open ? (
          <View style={{ marginTop: 10 }}>
            <Text style={s.promptQuestion}>{open.question}</Text>
            <WriteLines />
          </View>
        ) : null}
      </View>
      {grids}
    </View>
  );
}
