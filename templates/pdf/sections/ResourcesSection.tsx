import { Text, View } from "@react-pdf/renderer";
import { formatDay } from "../format";
import { Section } from "../parts";
import { printsResources } from "../printable";
import { confirmedOn, hours, neutralName, numbersLine, planResources, purpose, resourceName, whenYouCall } from "../resources";
import { s } from "../styles";
import type { SectionProps } from "./types";

/** Places that can help: the directory's entries with numbers, hours and (once the agency confirmed them) "checked on", and the youth's own. */
export function ResourcesSection({ content, text, pdf, language, variant }: SectionProps) {
  if (variant !== "provider" && !printsResources(content)) return null;
  const resources = planResources(content);
  const own = content.resources.own;
  // One "checked on" line for the section, only when the agency confirmed every entry printed.
  const checked = confirmedOn(resources);
  if (variant === "discreet") {
    return (
      <Section title={pdf.discreet.sections.numbers}>
        {resources.map((r) => (
          <View key={r.id} style={s.bulletRow}>
            <Text style={s.bullet}>•</Text>
            <Text style={s.bulletText}>
              <Text style={s.label}>{neutralName(r, pdf)}</Text>
              {`  ${numbersLine(r, pdf)}`}
            </Text>
          </View>
        ))}
        {own.map((r) => (
          <View key={r.id} style={s.bulletRow}>
            <Text style={s.bullet}>•</Text>
            <Text style={s.bulletText}>
              <Text style={s.label}>{r.name || "\u2014"}</Text>
              {r.phone ? `  ${r.phone}` : ""}
            </Text>
          </View>
        ))}
      </Section>
    );
  }
  const f = text.fields.resources;
  return (
    <Section title={text.sections.resources.title} intro={variant === "youth" ? text.sections.resources.intro : undefined}>
      {resources.map((r) => (
        <View key={r.id} style={s.item} wrap={false}>
          <Text style={s.itemTitle}>{resourceName(r, language)}</Text>
          <Text style={s.paragraph}>{purpose(r, language)}</Text>
          <Text style={s.paragraph}>
            <Text style={{ fontWeight: 700 }}>{pdf.whenYouCall}</Text> {whenYouCall(r, language)}
          </Text>
          <Text style={s.label}>
            {numbersLine(r, pdf)} · {hours(r, language)}
          </Text>
        </View>
      ))}
      {checked ? <Text style={s.muted}>{pdf.youth.lastChecked(formatDay(checked, pdf.locale))}</Text> : null}
      {own.length ? (
        <>
          <Text style={s.subheading} minPresenceAhead={60}>
            {f.own}
          </Text>
          {own.map((r) => (
            <View key={r.id} style={s.item} wrap={false}>
              <Text style={s.itemTitle}>
                {r.name || "\u2014"}
              </Text>
              {r.phone ? <Text style={s.label}>{r.phone}</Text> : null}
              {r.notes ? <Text style={s.value}>{r.notes}</Text> : null}
            </View>
          ))}
        </>
      ) : null}
    </Section>
  );
}
