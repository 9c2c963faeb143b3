import { Text } from "@react-pdf/renderer";
import { Field, Section } from "../parts";
import { s } from "../styles";
import type { SectionProps } from "./types";

/** Provider-only: the concern flag and private notes. Never part of a youth-facing copy. */
export function ProviderNotesSection({ content, text, pdf }: SectionProps) {
  const { notes, concern } = content.provider;
  return (
    <Section title={text.sections.provider.title}>
      <Text style={concern ? s.concern : s.paragraph}>{concern ? pdf.provider.concernYes : pdf.provider.concernNo}</Text>
      <Field label={text.fields.provider.notes} value={notes} />
    </Section>
  );
}
