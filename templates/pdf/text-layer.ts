import bidiFactory from "bidi-js";

/*
 * The PDF's text layer (what copy, search and screen readers get) must be the youth's words. pdfkit
 * maps each glyph to one fixed text, the code points fontkit gave that glyph the first time it
 * was made, and for shaped scripts a glyph does not stand for one letter: Arabic draws ب as a
 * dotless body and a dot, the same body serves ت ث ن ي, a mark has no code point at all. So each
 * cluster of glyphs (the glyphs drawn for one character, or for the characters of a ligature)
 * whose glyphs do not spell its characters carries them as an ActualText: the patched
 * @react-pdf/render wraps those glyphs in a marked-content span (patches/, decision 012).
 * Clusters whose glyphs spell them exactly, all Latin text, are left as they are: no cost.
 * Cluster by cluster, not run by run, because a reader places an ActualText where its glyphs
 * are: a one-letter span sits where its letter is, and right-to-left text is ordered by the
 * reader as it orders any other letters.
 */

const bidi = bidiFactory();

interface Glyph {
  codePoints: number[];
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
  attributes: { bidiLevel?: number };
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

function spelled(glyphs: readonly Glyph[], indices: readonly number[]): string {
  return indices.map((i) => String.fromCodePoint(...glyphs[i]!.codePoints)).join("");
}

function markRun(line: LaidLine, run: LaidRun): void {
  const glyphs = run.glyphs ?? [];
  if (glyphs.length === 0) return;
  const rightToLeft = (run.attributes.bidiLevel ?? 0) % 2 === 1;
  const logicalGlyphs = rightToLeft ? [...glyphs].reverse() : glyphs;
  const chars = logicalChars(line.string.slice(run.start, run.end), rightToLeft);
  const visualIndex = (logical: number) => (rightToLeft ? glyphs.length - 1 - logical : logical);
  let spans: (ActualTextSpan | undefined)[] | undefined;
  for (const cluster of clusters(logicalGlyphs, chars)) {
    const text = cluster.chars.join("");
    if (spelled(logicalGlyphs, cluster.glyphs) === text) continue;
    const visual = cluster.glyphs.map(visualIndex);
    spans ??= [];
    spans[Math.min(...visual)] = { text, end: Math.max(...visual) + 1 };
  }
  if (spans) run.actualTexts = spans;
}

/** Gives every laid-out cluster of glyphs that does not spell its characters an ActualText. */
export function markActualText(node: LaidNode): void {
  for (const line of node.lines ?? []) for (const run of line.runs) markRun(line, run);
  for (const child of node.children ?? []) markActualText(child);
}
