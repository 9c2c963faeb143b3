import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { PageNumber, type PageNumbering } from "./page-numbers";
import { FOOTER_SIZE, s } from "./styles";

/** A line of the copy's own on the left, page x of y on the right; fixed on every page. */
export function Footer({ left, pageOf, numbering }: { left: string; pageOf: (page: number, total: number) => string; numbering: PageNumbering }) {
  return (
    <View style={s.footer} fixed>
      <Text>{left}</Text>
      <PageNumber numbering={numbering} pageOf={pageOf} fontSize={FOOTER_SIZE} width={90} />
    </View>
  );
}

/**
 * A section: its title and intro never stay at the bottom of a page without the first entry
 * (entries are kept whole, so the room asked for is an entry's). react-pdf honours
 * minPresenceAhead only for an element with a sibling before it, hence the spacer.
 */
export function Section({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <View>
      <View style={s.sectionSpace} />
      <Text style={s.sectionTitle} minPresenceAhead={intro ? 120 : 90}>
        {title}
      </Text>
      {intro ? (
        <Text style={s.intro} minPresenceAhead={90}>
          {intro}
        </Text>
      ) : null}
      {children}
    </View>
  );
}

/** "Label: value" in one paragraph; nothing at all when the value is empty. */
export function Field({ label, value }: { label: string; value: string }) {
  if (!value.trim()) return null;
  return (
    <Text style={s.value}>
      <Text style={s.label}>{label}: </Text>
      {value}
    </Text>
  );
}

/** A bulleted list; in two columns where a copy must stay short (the trusted-adult copy). */
export function Bullets({ items, columns = 1 }: { items: readonly string[]; columns?: 1 | 2 }) {
  return (
    <View style={columns === 2 ? s.twoColumns : undefined}>
      {items.map((item, i) => (
        <View key={i} style={columns === 2 ? [s.bulletRow, s.halfWidth] : s.bulletRow}>
          <Text style={s.bullet}>•</Text>
          <Text style={s.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

export function Checklist({ items }: { items: readonly string[] }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={s.checkRow}>
          <View style={s.checkbox} />
          <Text style={s.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/** Two ruled lines to write on, drawn as one box's top and bottom borders (fewer nodes to lay out). */
export function WriteLines() {
  return <View style={s.writeLines} />;
}

export function Muted({ children }: { children: string }) {
  return <Text style={s.muted}>{children}</Text>;
}

/**
 * Whether an entry is short enough to be kept on one page (a name and its code word never split
 * across a page break); a longer one is allowed to flow, or it could not be laid out at all.
 */
export function fitsOnePage(...values: readonly string[]): boolean {
  return values.reduce((total, v) => total + v.length, 0) <= 1200;
}

export const nonEmpty = (values: readonly string[]) => values.filter((v) => v.trim() !== "");
