import { Text, View } from "@react-pdf/renderer";
import { formatDay } from "../format";
import { Section } from "../parts";
import { printsResources } from "../printable";
import { confirmedOn, hours, listedResources, listsPlacesThatHelp, neutralName, numbersLine, planResources, purpose, resourceName, whenYouCall } from "../resources";
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
        {listedResources(content, "discreet").map((r) => (
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
  if (variant === "adult") {
    // Kept to one page: 911 and the hotline are in the emergency box above; each other entry is
    // its name and numbers on one line, then what it is and what can happen when you call.
    if (!listsPlacesThatHelp(content, "adult")) return null;
    return (
      <Section title={text.sections.resources.title}>
        {listedResources(content, "adult").map((r) => (
            <View key={r.id} style={s.compactItem} wrap={false}>
            <Text style={s.label}>
              {resourceName(r, language)}: {numbersLine(r, pdf)} · {hours(r, language)}
            </Text>
            <Text style={s.muted}>
              {purpose(r, language)} {pdf.whenYouCall} {whenYouCall(r, language)}
            </Text>
          </View>
        ))}
        {checked ? <Text style={s.muted}>{pdf.youth.lastChecked(formatDay(checked, pdf.locale))}</Text> : null}
        {own.map((r) => (
          <View key={r.id} style={s.compactItem} wrap={false}>
            <Text style={s.label}>{[r.name || "\u2014", r.phone].filter(Boolean).join(": ")}</Text>
            {r.notes ? <Text style={s.muted}>{r.notes}</Text> : null}
          </View>
        ))}
      </Section>
    );
  }
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
