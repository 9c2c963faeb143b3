import { Text, View } from "@react-pdf/renderer";
import { Bullets, fitsOnePage, Muted, Section } from "../parts";
import { s } from "../styles";
import { offTheYouthCopy } from "../printable";
import type { SectionProps } from "./types";

type Place = SectionProps["content"]["places"]["safe"][number];

/** Safe places (and why), and places or neighbourhoods to stay away from. */
export function PlacesSection({ content, text, pdf, variant }: SectionProps) {
  const { safe, avoid } = content.places;
  const f = text.fields.places;
  if (variant === "discreet") {
    if (!safe.length && !avoid.length) return null;
    return (
      <>
        {safe.length ? (
          <Section title={pdf.discreet.sections.safePlaces}>
            <Bullets items={safe.map((p) => p.name || "\u2014")} />
          </Section>
        ) : null}
        {avoid.length ? (
          <Section title={pdf.discreet.sections.avoidPlaces}>
            <Bullets items={avoid.map((p) => p.name || "\u2014")} />
          </Section>
        ) : null}
      </>
    );
  }
  if (variant !== "provider" && !safe.length && !avoid.length) return null;
  const off = offTheYouthCopy(content);
  const list = (places: Place[], why: string, side: "safe" | "avoid") =>
    places.length ? (
      places.map((p) => (
        <View key={p.id} style={s.item} wrap={!fitsOnePage(p.name, p.why)}>
          <Text style={s.itemTitle}>
            {p.name || "\u2014"}
          </Text>
          {variant === "provider" && off(`places.${side}.${p.id}`) ? <Text style={s.tag}>{pdf.provider.notOnYouthCopies}</Text> : null}
          {p.why ? (
            <Text style={s.value}>
              {why}: {p.why}
            </Text>
          ) : null}
        </View>
      ))
    ) : (
      <Muted>{variant === "provider" ? pdf.provider.empty : pdf.notFilled}</Muted>
    );
  return (
    <Section title={text.sections.places.title}>
      {safe.length || variant === "provider" ? (
        <>
          <Text style={s.subheading} minPresenceAhead={60}>
            {f.safe}
          </Text>
          {list(safe, f.whySafe, "safe")}
        </>
      ) : null}
      {avoid.length || variant === "provider" ? (
        <>
          <Text style={s.subheading} minPresenceAhead={60}>
            {f.avoid}
          </Text>
          {list(avoid, f.whyAvoid, "avoid")}
        </>
      ) : null}
    </Section>
  );
}
