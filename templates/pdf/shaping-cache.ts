/*
 * Shaped text, remembered across renders.
 *
 * Shaping (fontkit applying Noto Sans's OpenType substitution and positioning tables to a run of
 * text) is a fifth of a render's time, and most of what a copy shapes is the template's own text:
 * section titles, labels, questions, resources, the follow-up prompts, the same in every plan of a
 * language. Measured on the youth copy with the youth's words different in every render: 74% of
 * the runs shaped had been shaped before, and a render took 11% less CPU (97 -> 87 ms).
 *
 * A font's `layout` is a pure function of the text and the shaping options, so its result can be
 * kept. Each caller gets its own copy of the glyph and position lists (react-pdf and pdfkit adjust
 * positions in place); the glyph objects themselves are fontkit's, shared as fontkit shares them.
 * Only short runs are kept (the template's texts are short; a long paragraph of the youth's own
 * rarely comes again), at most MAX_RUNS per font, least recently used first out: a few MB at most.
 */

const MAX_RUNS = 600;
const MAX_TEXT_LENGTH = 120;

interface GlyphRun {
  glyphs: unknown[];
  positions: object[];
}

interface ShapingFont {
  layout: (text: string, ...options: unknown[]) => GlyphRun;
}

const wrapped = new WeakSet<object>();

/** A copy of a run that the caller may change: same prototype, own lists. */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p));
  return copy;
}

/** Makes `font.layout` remember its results (once per font object). */
export function rememberShaping(font: ShapingFont): void {
  if (wrapped.has(font)) return;
  wrapped.add(font);
  const shape = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text: string, ...options: unknown[]) => {
    if (typeof text !== "string" || text.length > MAX_TEXT_LENGTH) return shape(text, ...options);
    const key = `${JSON.stringify(options)}\u0000${text}`;
    let run = runs.get(key);
    if (run) {
      runs.delete(key); // most recently used last
    } else {
      run = shape(text, ...options);
      if (runs.size >= MAX_RUNS) runs.delete(runs.keys().next().value as string);
    }
    runs.set(key, run);
    return copyRun(run);
  };
}
