import { Text, View } from "@react-pdf/renderer";
import { situationTitle } from "../../csecy-safety-plan";
import { Field, fitsOnePage, Muted, Section } from "../parts";
import { s } from "../styles";
import { offTheYouthCopy } from "../printable";
import type { SectionProps } from "./types";

/** Plans for dangerous situations: the signs, the youth's steps, and who they call. */
export function SituationsSection({ content, text, pdf, variant }: SectionProps) {
  const items = content.situations.items;
  const f = text.fields.situations;
  const off = offTheYouthCopy(content);
  if (!items.length && variant !== "provider") return null;
  const discreet = variant === "discreet";
  return (
    <Section title={discreet ? pdf.discreet.sections.situations : text.sections.situations.title}>
      {items.length ? null : <Muted>{pdf.provider.empty}</Muted>}
      {items.map((item) => {
        const kindTitle = discreet ? pdf.discreet.situations[item.kind] : situationTitle(text, item.kind, variant === "provider" ? "provider" : "youth");
        return (
          <View key={item.id} style={s.item} wrap={!fitsOnePage(item.title, item.warningSigns, item.steps, item.whoToCall)}>
            <Text style={s.itemTitle}>
              {item.title || kindTitle}
            </Text>
            {item.title ? <Text style={s.muted}>{kindTitle}</Text> : null}
            {variant === "provider" && off(`situations.${item.id}`) ? <Text style={s.tag}>{pdf.provider.notOnYouthCopies}</Text> : null}
            <Field label={discreet ? pdf.discreet.whenThis : f.warningSigns} value={item.warningSigns} />
            <Field label={discreet ? pdf.discreet.steps : f.steps} value={item.steps} />
            <Field label={discreet ? pdf.discreet.whoToCall : f.whoToCall} value={item.whoToCall} />
          </View>
        );
      })}
    </Section>
  );
}
