import { Bullets, Muted, Section } from "../parts";
import type { SectionProps } from "./types";

/** Coping strategies, or safer strategies (only when the youth wanted them), chosen and own. */
export function StrategiesSection({ content, text, pdf, variant, kind }: SectionProps & { kind: "coping" | "safer-working" }) {
  const section = content[kind];
  const labels: Record<string, string> = kind === "coping" ? text.coping : text.saferWorking;
  const items = [...section.chosen.map((id) => labels[id] ?? id), ...section.own.filter((o) => o.trim())];
  const wanted = kind === "coping" || content["safer-working"].wanted;
  if (variant === "discreet") {
    if (kind !== "coping" || !items.length) return null;
    return (
      <Section title={pdf.discreet.sections.coping}>
        <Bullets items={items} />
      </Section>
    );
  }
  if (variant !== "provider" && (!wanted || !items.length)) return null;
  return (
    <Section title={text.sections[kind].title} intro={variant === "youth" ? text.sections[kind].intro : undefined}>
      {!wanted ? <Muted>{pdf.provider.notPartOfPlan}</Muted> : items.length ? <Bullets items={items} columns={variant === "adult" ? 2 : 1} /> : <Muted>{pdf.provider.empty}</Muted>}
    </Section>
  );
}
