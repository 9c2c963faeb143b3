/*
 * Makes a youth's text safe to lay out: what is invisible or would break the layout goes, every
 * visible character stays (or, where no embedded font can draw it, shows as "�").
 */

const REPLACEMENT = "\uFFFD";

/** Line and paragraph separators and carriage returns become plain line breaks; tabs, spaces. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
/**
 * Control characters, bidirectional overrides and isolates (the layout does its own bidi, and an
 * override could reverse the words that follow), byte-order marks, emoji skin-tone modifiers (a
 * monochrome font has no skin tones), noncharacters and lone surrogate halves.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|\uD83C[\uDFFB-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** More than two empty lines in a row carry no text; they only push content off the page. */
const EMPTY_LINES = /\n{4,}/g;

/** Characters that need no glyph: whitespace, joiners and variation selectors. */
function needsNoGlyph(cp: number): boolean {
  return (
    cp === 0x0a ||
    cp === 0x20 ||
    cp === 0xa0 ||
    (cp >= 0x2000 && cp <= 0x200d) ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  );
}

export function cleanText(value: string, covered: ReadonlySet<number>): string {
  const text = value
    .replace(LINE_BREAKS, "\n")
    .replace(/\t/g, " ")
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .replace(EMPTY_LINES, "\n\n\n");
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += needsNoGlyph(cp) || covered.has(cp) ? ch : REPLACEMENT;
  }
  return out;
}

/**
 * Applies a string function to every string inside a plain JSON-like value, except under the
 * given keys (ids and choices, which are not text a person typed).
 */
export function mapStrings<T>(value: T, fn: (s: string) => string, skipKeys: ReadonlySet<string> = new Set()): T {
  if (typeof value === "string") return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn, skipKeys)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, skipKeys.has(k) ? v : mapStrings(v, fn, skipKeys)]),
    ) as T;
  }
  return value;
}
