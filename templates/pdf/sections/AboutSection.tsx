import { Text } from "@react-pdf/renderer";
import { formatDay, languageName } from "../format";
import { Field, Section } from "../parts";
import { s } from "../styles";
import type { SectionProps } from "./types";

/** About this plan: who it is for and what safety means to the youth. */
export function AboutSection({ content, text, pdf, variant }: SectionProps) {
  const a = content.about;
  const f = text.fields.about;
  if (variant === "discreet") {
    if (!a.safetyMeans.trim()) return null;
    return (
      <Section title={pdf.discreet.sections.about}>
        <Text style={s.paragraph}>{a.safetyMeans}</Text>
      </Section>
    );
  }
  const status = a.status ? text.statuses[a.status] : "";
  if (variant !== "provider" && !a.safetyMeans.trim() && !status) return null;
  return (
    <Section title={text.sections.about.title}>
      {variant === "provider" ? (
        <>
          <Field label={f.nameOnPlan} value={a.nameOnPlan} />
          <Field label={f.date} value={a.date ? formatDay(a.date, pdf.locale) : ""} />
          <Field label={f.present} value={a.present} />
          <Field label={f.language} value={languageName(a.language, pdf.locale)} />
        </>
      ) : null}
      <Field label={f.status} value={status} />
      <Field label={f.safetyMeans} value={a.safetyMeans} />
    </Section>
  );
}
