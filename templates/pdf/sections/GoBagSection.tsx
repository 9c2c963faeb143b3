import { Bullets, Checklist, Muted, Section } from "../parts";
import { s } from "../styles";
import { Text } from "@react-pdf/renderer";
import type { SectionProps } from "./types";

/** Things to take if the youth leaves: a checklist with tick boxes on the youth's copies. */
export function GoBagSection({ content, text, pdf, variant }: SectionProps) {
  const bag = content["go-bag"];
  const items = [...bag.chosen.map((id) => text.goBag[id]), ...bag.own.filter((o) => o.trim())];
  if (!items.length && variant !== "provider") return null;
  if (variant === "provider") {
    return (
      <Section title={text.sections["go-bag"].title}>
        {items.length ? <Bullets items={items} /> : <Muted>{pdf.provider.empty}</Muted>}
      </Section>
    );
  }
  return (
    <Section title={variant === "discreet" ? pdf.discreet.sections.goBag : text.sections["go-bag"].title}>
      {variant === "youth" ? <Text style={s.intro}>{pdf.youth.tickIntro}</Text> : null}
      <Checklist items={items} />
    </Section>
  );
}
