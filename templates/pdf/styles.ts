import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";

/*
 * Styles of every copy, made once at module load. No lineHeight anywhere: Noto Sans's own line
 * spacing (1.36 em) reads well, react-pdf 4.9 multiplies a unitless lineHeight by more than the
 * font size (1.4 gives almost double spacing), and a lineHeight on a footer or any ancestor of it
 * makes fixed footers vanish (react-pdf issues 3083, 3402, 3566).
 */

export const COLORS = {
  ink: "#1b1b1b",
  muted: "#555555",
  accent: "#0f5e6e",
  line: "#9a9a9a",
  soft: "#eef4f5",
  warn: "#8a1c1c",
} as const;

const BODY = 10.5;
export const FOOTER_SIZE = 8;

export const s = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: BODY,
    color: COLORS.ink,
    paddingTop: 44,
    paddingBottom: 60,
    paddingHorizontal: 54,
  },
  compactPage: { fontSize: 9, paddingTop: 36 },
  footer: {
    position: "absolute",
    bottom: 26,
    left: 54,
    right: 54,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: FOOTER_SIZE,
    color: COLORS.muted,
  },
  confidentialBar: {
    fontSize: 8,
    color: COLORS.warn,
    fontWeight: 700,
    marginBottom: 10,
    borderBottomWidth: 1,
    borderBottomColor: COLORS.warn,
    paddingBottom: 3,
  },
  title: { fontSize: 22, fontWeight: 700, color: COLORS.accent, marginBottom: 4 },
  subtitle: { fontSize: 11, color: COLORS.muted, marginBottom: 14 },
  sectionSpace: { height: 12 },
  sectionTitle: {
    fontSize: 14,
    fontWeight: 700,
    color: COLORS.accent,
    borderBottomWidth: 1,
    borderBottomColor: COLORS.line,
    paddingBottom: 2,
    marginBottom: 6,
  },
  intro: { color: COLORS.muted, marginBottom: 6 },
  subheading: { fontSize: 11.5, fontWeight: 700, marginTop: 6, marginBottom: 3 },
  paragraph: { marginBottom: 4 },
  label: { fontWeight: 700 },
  value: { marginBottom: 4 },
  muted: { color: COLORS.muted },
  item: { marginBottom: 8, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: COLORS.soft },
  compactItem: { marginBottom: 5 },
  itemTitle: { fontWeight: 700, fontSize: 11 },
  bulletRow: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 12 },
  bulletText: { flex: 1 },
  twoColumns: { flexDirection: "row", flexWrap: "wrap" },
  halfWidth: { width: "50%", paddingRight: 8 },
  checkRow: { flexDirection: "row", alignItems: "flex-start", marginBottom: 5 },
  checkbox: { width: 10, height: 10, borderWidth: 1, borderColor: COLORS.ink, marginRight: 7, marginTop: 3 },
  tag: { fontSize: 8.5, color: COLORS.warn },
  emergency: {
    borderWidth: 2,
    borderColor: COLORS.accent,
    backgroundColor: COLORS.soft,
    padding: 10,
    marginBottom: 10,
  },
  emergencyTitle: { fontSize: 15, fontWeight: 700, color: COLORS.accent, marginBottom: 3 },
  emergencyLine: { fontSize: 11 },
  writeLines: {
    marginTop: 20,
    height: 20,
    borderTopWidth: 0.75,
    borderBottomWidth: 0.75,
    borderTopColor: COLORS.line,
    borderBottomColor: COLORS.line,
  },
  prompt: { marginBottom: 10 },
  promptQuestion: { fontWeight: 700 },
  concern: { color: COLORS.warn, fontWeight: 700, fontSize: 12, marginBottom: 4 },
});

/** The pocket card: 85 × 55 mm per side, two sides side by side, cut marks around. */
export const MM = 72 / 25.4;
export const CARD = { width: 85 * MM, height: 55 * MM } as const;

export const card = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 8, color: COLORS.ink, paddingVertical: 54, paddingHorizontal: 30 },
  intro: { fontSize: 9, color: COLORS.muted, marginBottom: 24 },
  side: { width: CARD.width, height: CARD.height, flexShrink: 0, padding: 8, overflow: "hidden" },
  title: { fontSize: 9, fontWeight: 700, color: COLORS.accent, marginBottom: 3 },
  person: { marginBottom: 3 },
  personName: { fontSize: 8.5, fontWeight: 700 },
  personLine: { fontSize: 7.5 },
  big: { fontSize: 13, fontWeight: 700, color: COLORS.accent },
  line: { fontSize: 8, marginBottom: 2 },
  writeLine: { borderBottomWidth: 0.5, borderBottomColor: COLORS.line, height: 13 },
  cutMark: { position: "absolute", backgroundColor: COLORS.ink },
});
