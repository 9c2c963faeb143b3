import { Text, View } from "@react-pdf/renderer";
import { fitsOnePage, Muted, Section } from "../parts";
import { s } from "../styles";
import { offTheYouthCopy } from "../printable";
import type { SectionProps } from "./types";

/** Refusal lines the youth practised: the situation and what they will say. */
export function RefusalSection({ content, text, pdf, variant }: SectionProps) {
  const items = content.refusal.items;
  if (!items.length && variant !== "provider") return null;
  const f = text.fields.refusal;
  const off = offTheYouthCopy(content);
  const discreet = variant === "discreet";
  return (
    <Section title={discreet ? pdf.discreet.sections.refusal : text.sections.refusal.title}>
      {items.length ? null : <Muted>{pdf.provider.empty}</Muted>}
      {items.map((r) => (
        <View key={r.id} style={s.item} wrap={!fitsOnePage(r.situation, r.whatIllSay)}>
          {r.situation ? (
            <Text style={s.label}>
              {discreet ? pdf.discreet.whenThis : f.situation}: {r.situation}
            </Text>
          ) : null}
          {r.whatIllSay ? <Text style={s.value}>{`\u201c${r.whatIllSay}\u201d`}</Text> : null}
          {variant === "provider" && off(`refusal.${r.id}`) ? <Text style={s.tag}>{pdf.provider.notOnYouthCopies}</Text> : null}
        </View>
      ))}
    </Section>
  );
}
