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

/** The latest entries printed: a long history would make the copy dozens of pages (issue 13). */
export const HISTORY_ENTRIES_PRINTED = 20;

/**
 * Provider copy: the latest versions up to the printed one (so the copy never changes), with a
 * count of the earlier ones, so any version prints in about the same length and time.
 */
export function VersionHistorySection({ history, pdf }: { history: readonly HistoryEntry[]; pdf: PdfText }) {
  const earlier = Math.max(0, history.length - HISTORY_ENTRIES_PRINTED);
  return (
    <Section title={pdf.provider.historyTitle}>
      {earlier > 0 ? (
        <View style={s.bulletRow}>
          <Text style={s.bullet}>…</Text>
          <Text style={s.bulletText}>{pdf.provider.historyEarlier(earlier)}</Text>
        </View>
      ) : null}
      {history.slice(earlier).map((h) => (
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
