import { Text, View } from "@react-pdf/renderer";
import { formatSavedAt } from "../format";
import { Section } from "../parts";
import { s } from "../styles";
import type { PdfText } from "../text";

export interface HistoryEntry {
  number: number;
  /** ISO time the version was saved. */
  createdAt: string;
  authorName: string;
  note: string;
  restoredFrom: number | null;
}

/** Provider copy: versions 1..n of the plan, up to the printed one (so the copy never changes). */
export function VersionHistorySection({ history, pdf }: { history: readonly HistoryEntry[]; pdf: PdfText }) {
  return (
    <Section title={pdf.provider.historyTitle}>
      {history.map((h) => (
        <View key={h.number} style={s.bulletRow}>
          <Text style={s.bullet}>•</Text>
          <Text style={s.bulletText}>
            {pdf.provider.historyRow(h.number, formatSavedAt(h.createdAt, pdf.locale), h.authorName)}
            {h.restoredFrom ? ` (${pdf.provider.restoredFrom(h.restoredFrom)})` : ""}
            {h.note ? ` \u2014 ${h.note}` : ""}
          </Text>
        </View>
      ))}
    </Section>
  );
}
