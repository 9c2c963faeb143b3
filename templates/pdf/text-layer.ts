import bidiFactory from "bidi-js";

/*
 * The PDF's text layer (what copy, search and screen readers get) must be the youth's words.
 * pdfkit maps each glyph to one text for the whole document (the ToUnicode map), and for shaped
 * scripts a glyph does not stand for one letter: Arabic draws ب as a dotless body and a dot, the
 * same body serves ت ث ن ي, a mark has no letter of its own, a Khmer vowel is drawn in two parts
 * around its consonant. So each glyph is mapped to the character the font itself maps to it (none
 * for a glyph no character maps to), the same in every document, and each cluster of glyphs (the
 * glyphs drawn for one character, or for the characters of a ligature) whose glyphs do not spell
 * its characters that way carries them as an ActualText: the patched @react-pdf/render wraps those
 * glyphs in a marked-content span (templates/pdf/patches/, decision 012). Clusters spelled by their glyphs, all
 * of plain Latin text, need nothing more. Cluster by cluster, not run by run, because a reader
 * places an ActualText where its glyphs are: a one-letter span sits where its letter is, and
 * right-to-left text is ordered by the reader as it orders any other letters.
 */

const bidi = bidiFactory();

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

interface CmapFont {
  _cmapProcessor: { codePointsForGlyph(id: number): number[] };
}

/** Glyph `index` starts a span whose ActualText is `text`, up to glyph `end` (exclusive). */
export interface ActualTextSpan {
  text: string;
  end: number;
}

interface LaidRun {
  start: number;
  end: number;
  glyphs?: Glyph[];
  attributes: { bidiLevel?: number; font?: unknown[] };
  actualTexts?: (ActualTextSpan | undefined)[];
}

interface LaidLine {
  string: string;
  runs: LaidRun[];
}

export interface LaidNode {
  lines?: LaidLine[];
  children?: LaidNode[];
}

interface Cluster {
  glyphs: number[];
  chars: string[];
}

/**
 * A right-to-left run is stored in visual order, its brackets mirrored (textkit's bidi); these
 * are its characters as typed.
 */
function logicalChars(visual: string, rightToLeft: boolean): string[] {
  const chars = Array.from(visual);
  if (!rightToLeft) return chars;
  return chars.reverse().map((ch) => bidi.getMirroredCharacter(ch) ?? ch);
}

/**
 * Groups glyphs (in logical order) with the characters they draw: a glyph with code points takes
 * that many characters, a glyph without (a mark) joins the glyph before it. If the glyphs' code
 * points do not add up to the characters, the run is one cluster.
 */
function clusters(glyphs: readonly Glyph[], chars: readonly string[]): Cluster[] {
  const out: Cluster[] = [];
  let next = 0;
  glyphs.forEach((glyph, index) => {
    const count = glyph.codePoints.length;
    const previous = out.at(-1);
    if (count === 0 && previous) {
      previous.glyphs.push(index);
      return;
    }
    out.push({ glyphs: [index], chars: chars.slice(next, next + count) });
    next += count;
  });
  if (next !== chars.length) return [{ glyphs: glyphs.map((_, i) => i), chars: [...chars] }];
  return out;
}

const nominalByFont = new WeakMap<object, Map<number, number[]>>();

/**
 * The text of a glyph in the PDF's map: the character the font maps to it (the lowest, if several
 * do), or none; none for a glyph of no width (a mark: drawn aside from its letter, its text goes
 * with the letter's).
 */
function nominal(font: CmapFont, glyph: Glyph): number[] {
  let byGlyph = nominalByFont.get(font);
  if (!byGlyph) nominalByFont.set(font, (byGlyph = new Map()));
  let codePoints = byGlyph.get(glyph.id);
  if (!codePoints) {
    const all = glyph.advanceWidth > 0 ? font._cmapProcessor.codePointsForGlyph(glyph.id) : [];
    codePoints = all.length ? [Math.min(...all)] : [];
    byGlyph.set(glyph.id, codePoints);
  }
  return codePoints;
}

const spell = (glyphs: readonly Glyph[], indices: readonly number[]) =>
  indices.map((i) => String.fromCodePoint(...glyphs[i]!.codePoints)).join("");

function markRun(line: LaidLine, run: LaidRun): void {
  const glyphs = run.glyphs ?? [];
  const font = run.attributes.font?.[0] as CmapFont | undefined;
  if (glyphs.length === 0 || !font?._cmapProcessor) return;
  const rightToLeft = (run.attributes.bidiLevel ?? 0) % 2 === 1;
  const logicalGlyphs = rightToLeft ? [...glyphs].reverse() : glyphs;
  const chars = logicalChars(line.string.slice(run.start, run.end), rightToLeft);
  const visualIndex = (logical: number) => (rightToLeft ? glyphs.length - 1 - logical : logical);
  // what pdfkit's map will say for each glyph: the font's own character for it
  const mapped = logicalGlyphs.map((g) => {
    const own = nominal(font, g);
    const same = own.length === g.codePoints.length && own.every((cp, i) => cp === g.codePoints[i]);
    return same ? g : (Object.create(g, { codePoints: { value: own } }) as Glyph);
  });
  // Clusters the map does not spell become spans. A cluster of marks alone (no width: a Khmer
  // vowel sign over its consonant) joins the cluster it sits on. Left to right, neighbours share
  // one span (a Khmer syllable's parts are drawn in another order than typed: only the whole is
  // right); right to left, one cluster a span (readers put a right-to-left span's letters in
  // drawing order).
  const groups: (Cluster & { wrong: boolean })[] = [];
  for (const cluster of clusters(logicalGlyphs, chars)) {
    const wrong = spell(mapped, cluster.glyphs) !== cluster.chars.join("");
    const marksOnly = cluster.glyphs.every((i) => logicalGlyphs[i]!.advanceWidth === 0);
    const last = groups.at(-1);
    if (last && wrong && (marksOnly || (last.wrong && !rightToLeft))) {
      last.glyphs.push(...cluster.glyphs);
      last.chars.push(...cluster.chars);
      last.wrong = true;
    } else groups.push({ ...cluster, wrong });
  }
  let spans: (ActualTextSpan | undefined)[] | undefined;
  for (const cluster of groups.filter((g) => g.wrong)) {
    // A reader gives the ActualText the place of the glyphs in its span: marks at its edges (no
    // width, drawn aside from their letter) stay out of it, or the word seems to break there.
    const advancing = cluster.glyphs.filter((i) => logicalGlyphs[i]!.advanceWidth > 0);
    const visual = (advancing.length ? advancing : cluster.glyphs).map(visualIndex);
    spans ??= [];
    spans[Math.min(...visual)] = { text: cluster.chars.join(""), end: Math.max(...visual) + 1 };
  }
  run.glyphs = rightToLeft ? mapped.reverse() : mapped;
  if (spans) run.actualTexts = spans;
}

/**
 * Maps every laid-out glyph to the font's own character for it, and gives every cluster of glyphs
 * that does not spell its characters that way an ActualText.
 */
export function markActualText(node: LaidNode): void {
  for (const line of node.lines ?? []) for (const run of line.runs) markRun(line, run);
  for (const child of node.children ?? []) markActualText(child);
}
