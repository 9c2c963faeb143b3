import { Text, View } from "@react-pdf/renderer";
import { Field, fitsOnePage, Muted, Section } from "../parts";
import { s } from "../styles";
import { offTheYouthCopy } from "../printable";
import type { SectionProps } from "./types";

/** People who support the youth, with how to reach them and their code words. */
export function PeopleSection({ content, text, pdf, variant }: SectionProps) {
  const people = content.people.items;
  const f = text.fields.people;
  const off = offTheYouthCopy(content);
  if (variant === "discreet") {
    if (!people.length) return null;
    return (
      <Section title={pdf.discreet.sections.people}>
        {people.map((p) => (
          <View key={p.id} style={s.bulletRow}>
            <Text style={s.bullet}>•</Text>
            <Text style={s.bulletText}>
              <Text style={s.label}>{p.nickname || "\u2014"}</Text>
              {p.contact ? `  ${p.contact}` : ""}
            </Text>
          </View>
        ))}
      </Section>
    );
  }
  if (!people.length && variant !== "provider") return null;
  return (
    <Section title={text.sections.people.title} intro={variant === "youth" ? text.sections.people.intro : undefined}>
      {people.length ? null : <Muted>{pdf.provider.empty}</Muted>}
      {people.map((p) => (
        <View key={p.id} style={s.item} wrap={!fitsOnePage(p.nickname, p.relationship, p.contact, p.codeWord, p.codeWordMeaning, p.codeWordAction)}>
          <Text style={s.itemTitle}>
            {p.nickname || "\u2014"}
            {p.relationship ? ` (${p.relationship})` : ""}
          </Text>
          {variant === "provider" && (p.mightBeLinked || off(`people.${p.id}`)) ? (
            <Text style={s.tag}>
              {[p.mightBeLinked ? f.mightBeLinked : "", off(`people.${p.id}`) ? pdf.provider.notOnYouthCopies : ""]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          ) : null}
          <Field label={f.contact} value={p.contact} />
          <Field label={f.numberKept} value={p.numberKept ? text.numberKept[p.numberKept] : ""} />
          {p.knowsSituation ? <Text style={s.value}>{f.knowsSituation}</Text> : null}
          {p.codeWord ? <Text style={s.label}>{pdf.youth.codeWord(p.codeWord)}</Text> : null}
          <Field label={f.codeWordMeaning} value={p.codeWordMeaning} />
          <Field label={f.codeWordAction} value={p.codeWordAction} />
        </View>
      ))}
    </Section>
  );
}
