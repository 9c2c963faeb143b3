import { readFileSync } from "node:fs";
import bidiFactory from "bidi-js";
import * as hb from "harfbuzzjs";
import layoutDocument from "@react-pdf/layout";
import { Document, Font, Page, Text, pdf } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { fontFileOf, fontsFor, type DocumentFonts } from "../../templates/pdf/fonts";
import { fitTreeToText, type DocumentNode } from "../../templates/pdf/text-setting";
import { allPhrases, THRESHOLD_LANGUAGES } from "./threshold-languages";

vi.setConfig({ testTimeout: 120_000 });

/*
 * What react-pdf draws for each phrase of every threshold language, checked against HarfBuzz (the
 * shaper of Chromium, Firefox and Android) run on the same font files: for every line, the
 * glyph ids and each glyph's advance and offsets, in the order they are drawn, equal HarfBuzz's.
 * The expected line is built here from the rules every text engine follows, independently of
 * react-pdf's own code: each character takes the first font of the chain that has it (a joiner
 * stays with the letter before it), Unicode's bidi algorithm (bidi-js) gives the levels and the
 * visual order, and HarfBuzz shapes each run of one font and one level in its direction.
 */

const bidi = bidiFactory();
const SIZE = 12;

interface DrawnGlyph {
  family: string;
  id: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface HbFont {
  font: hb.Font;
  covers: ReadonlySet<number>;
  unitsPerEm: number;
}

type Weight = 400 | 700;

const hbFonts = new Map<string, HbFont>();
function hbFont(family: string, weight: Weight): HbFont {
  let f = hbFonts.get(`${family} ${weight}`);
  if (!f) {
    const face = new hb.Face(new hb.Blob(readFileSync(fontFileOf(family, weight))));
    f = { font: new hb.Font(face), covers: new Set(face.collectUnicodes()), unitsPerEm: face.upem };
    hbFonts.set(`${family} ${weight}`, f);
  }
  return f;
}

const isJoiner = (cp: number) => cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f);

/** The line as HarfBuzz and the rules of text layout would draw it. */
function expectedLine(phrase: string, chain: readonly string[], weight: Weight = 400): DrawnGlyph[] {
  const levels = bidi.getEmbeddingLevels(phrase).levels;
  // font and level of every UTF-16 unit (a surrogate pair's halves share them)
  const familyAt: string[] = [];
  let previous = chain[0]!;
  for (let i = 0; i < phrase.length; ) {
    const cp = phrase.codePointAt(i)!;
    const family = isJoiner(cp) ? previous : (chain.find((f) => hbFont(f, weight).covers.has(cp)) ?? chain[0]!);
    previous = family;
    const units = cp > 0xffff ? 2 : 1;
    for (let u = 0; u < units; u += 1) familyAt.push(family);
    i += units;
  }
  const runOf: number[] = [];
  const runs: { start: number; end: number; family: string; level: number }[] = [];
  for (let i = 0; i < phrase.length; i += 1) {
    const last = runs.at(-1);
    if (last && last.family === familyAt[i] && last.level === levels[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, family: familyAt[i]!, level: levels[i]! });
    runOf.push(runs.length - 1);
  }
  const visualRuns: number[] = [];
  for (const index of bidi.getReorderedIndices(phrase, bidi.getEmbeddingLevels(phrase))) {
    if (visualRuns.at(-1) !== runOf[index]) visualRuns.push(runOf[index]!);
  }
  const out: DrawnGlyph[] = [];
  for (const r of visualRuns) {
    const run = runs[r]!;
    const f = hbFont(run.family, weight);
    const buffer = new hb.Buffer();
    buffer.addText(phrase.slice(run.start, run.end));
    buffer.guessSegmentProperties();
    buffer.setDirection(run.level % 2 === 1 ? hb.Direction.RTL : hb.Direction.LTR);
    hb.shape(f.font, buffer);
    const positions = buffer.getGlyphPositions();
    buffer.getGlyphInfos().forEach((g, i) => {
      const p = positions[i]!;
      out.push({ family: run.family, id: g.codepoint, xAdvance: p.xAdvance, xOffset: p.xOffset, yOffset: p.yOffset });
    });
  }
  return out;
}

interface LaidRun {
  glyphs: { id: number }[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  attributes: { font: { familyName: string; postscriptName: string; unitsPerEm: number }[]; fontSize: number };
}
interface LaidText {
  lines?: { runs: LaidRun[] }[];
  children?: LaidText[];
}

function textNodes(node: LaidText, out: LaidText[] = []): LaidText[] {
  if (node.lines) out.push(node);
  for (const child of node.children ?? []) textNodes(child, out);
  return out;
}

/**
 * Lays each phrase out as its own paragraph on a page wide enough for one line, as every copy does
 * its text, in the regular or the bold weight (whose large fonts the layout itself reads); adds
 * the PostScript name of every font drawn from to `fontNames`.
 */
async function drawnLines(phrases: readonly string[], fonts: DocumentFonts, weight: Weight = 400, fontNames = new Set<string>()): Promise<DrawnGlyph[][]> {
  const element = createElement(
    Document,
    null,
    createElement(
      Page,
      { size: [4000, 2000], style: { fontFamily: [...fonts.family], fontSize: SIZE, fontWeight: weight } },
      ...phrases.map((p, i) => createElement(Text, { key: i }, p)),
    ),
  );
  const document = (pdf(element).container as { document: DocumentNode }).document;
  fitTreeToText(document, fonts);
  const layout = (await (layoutDocument as unknown as (d: unknown, f: unknown) => Promise<LaidText>)(document, Font)) as LaidText;
  const familyOf = new Map<object, string>();
  for (const family of fonts.family) familyOf.set(Font.getFont({ fontFamily: family, fontWeight: weight }).data as object, family);
  return textNodes(layout).map((node) => {
    expect(node.lines).toHaveLength(1);
    return node.lines![0]!.runs.flatMap((run) => {
      const font = run.attributes.font[0]!;
      fontNames.add(font.postscriptName);
      const scale = run.attributes.fontSize / font.unitsPerEm;
      return run.glyphs.map((g, i) => ({
        family: familyOf.get(font) ?? "?",
        id: g.id,
        xAdvance: Math.round(run.positions[i]!.xAdvance / scale),
        xOffset: Math.round(run.positions[i]!.xOffset / scale),
        yOffset: Math.round(run.positions[i]!.yOffset / scale),
      }));
    });
  });
}

describe("shaping: what react-pdf draws equals HarfBuzz on the same fonts", () => {
  for (const language of THRESHOLD_LANGUAGES) {
    it(`${language.name}: every phrase, glyph by glyph`, async () => {
      const phrases = allPhrases(language);
      const fonts = await fontsFor(phrases.join("\n"));
      const drawn = await drawnLines(phrases, fonts);
      expect(drawn).toHaveLength(phrases.length);
      phrases.forEach((phrase, i) => {
        expect(drawn[i]!.map((g) => g.id), phrase).not.toContain(0);
        expect(drawn[i], phrase).toEqual(expectedLine(phrase, fonts.family));
      });
    });
  }
});

/** Bold text in the scripts whose fonts are read only for a document that needs them (issue 14: it printed regular). */
describe("shaping in bold: the bold font of each large script, equal to HarfBuzz on the bold file", () => {
  for (const name of ["Korean", "Chinese (simplified)", "Chinese (traditional)", "Khmer"]) {
    it(`${name}: every phrase in bold, glyph by glyph`, async () => {
      const phrases = allPhrases(THRESHOLD_LANGUAGES.find((l) => l.name === name)!);
      const fonts = await fontsFor(phrases.join("\n"));
      const fontNames = new Set<string>();
      const drawn = await drawnLines(phrases, fonts, 700, fontNames);
      phrases.forEach((phrase, i) => {
        expect(drawn[i]!.map((g) => g.id), phrase).not.toContain(0);
        expect(drawn[i], phrase).toEqual(expectedLine(phrase, fonts.family, 700));
      });
      // Drawn from the bold file (CJK fonts have the same glyph ids and advances in both weights).
      const scriptFonts = [...fontNames].filter((n) => /^NotoSans(KR|SC|TC|Khmer)/.test(n));
      expect(scriptFonts.length, name).toBeGreaterThan(0);
      for (const fontName of scriptFonts) expect(fontName).toMatch(/-Bold$/);
    });
  }
});
