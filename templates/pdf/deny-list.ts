/*
 * Words that must never appear on a copy meant to pass unnoticed (the discreet copy and the
 * pocket card): anything that tells a reader what the paper is about. English and Spanish, in
 * every plan whatever its language, since a reader may know either.
 *
 * Matching is case-insensitive and accent-insensitive ("explotacion" matches "explotación").
 * - `stem`: the word and anything it starts ("traffick" catches trafficking, trafficker, trafficked).
 * - `word`: the whole word only ("trata", not "tratamiento").
 * - `phrase`: words in order with any spacing between them ("safety plan", "the life").
 * An entry is data: add to it freely; the tests read the same list.
 */
export interface DenyEntry {
  text: string;
  match: "stem" | "word" | "phrase";
}

const stem = (text: string): DenyEntry => ({ text, match: "stem" });
const word = (text: string): DenyEntry => ({ text, match: "word" });
const phrase = (text: string): DenyEntry => ({ text, match: "phrase" });

export const DENY_LIST: readonly DenyEntry[] = [
  // English
  stem("traffick"),
  stem("exploit"),
  stem("pimp"),
  stem("buyer"),
  stem("sex"),
  stem("prostitut"),
  stem("escort"),
  stem("csec"),
  stem("hotline"),
  stem("condom"),
  stem("runaway"),
  word("safeline"),
  word("polaris"),
  word("childhelp"),
  word("dcfs"),
  phrase("safety plan"),
  phrase("safety planning"),
  phrase("the life"),
  phrase("squaring up"),
  phrase("square up"),
  phrase("child protection"),
  phrase("abusive relationship"),
  // Spanish
  word("trata"),
  phrase("trata de personas"),
  phrase("tráfico de personas"),
  phrase("tráfico humano"),
  stem("explotaci"),
  stem("explotad"),
  stem("proxenet"),
  stem("padrote"),
  word("lenón"),
  stem("prostitu"),
  stem("comprador"),
  stem("condón"),
  stem("sexo"),
  phrase("plan de seguridad"),
  phrase("línea directa"),
  phrase("en la vida"),
];

const FOLD: Record<string, string> = {
  a: "aáàâäãå",
  e: "eéèêë",
  i: "iíìîï",
  o: "oóòôöõ",
  u: "uúùûü",
  n: "nñ",
  c: "cç",
};

const LETTER = "[\\p{L}\\p{N}]";

function letterClass(ch: string): string {
  const base = ch
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
  const fold = FOLD[base];
  if (fold) return `[${fold}]`;
  if (/\s/.test(ch)) return "\\s+";
  return base.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

function pattern(entry: DenyEntry): string {
  const body = Array.from(entry.text.trim()).map(letterClass).join("");
  const start = `(?<!${LETTER})`;
  return entry.match === "stem" ? `${start}${body}${LETTER}*` : `${start}${body}(?!${LETTER})`;
}

/** One expression for the whole list; longest entries first so a phrase wins over its first word. */
const DENY_PATTERN = new RegExp(
  [...DENY_LIST]
    .sort((a, b) => b.text.length - a.text.length)
    .map(pattern)
    .join("|"),
  "giu",
);

const REDACTED = "\u2026";

/**
 * The text as the list is matched against it: compatibility forms folded (NFKC: full-width and
 * ligature letters become plain ones) and format characters removed (\p{Cf}: zero-width spaces
 * and joiners, soft hyphens, bidi marks), so that nothing invisible can split a listed word. Each
 * letter (with its marks) is folded on its own, and `from[i]` is where the letter that gave
 * `text[i]` starts in the typed text (with any invisible characters just before it), and
 * `from[text.length]` the typed text's end.
 */
function visible(typed: string): { text: string; from: number[] } {
  let text = "";
  const from: number[] = [];
  // Invisible characters belong to the letter after them, so a mark just before a word goes with it.
  let invisibleFrom: number | undefined;
  for (const m of typed.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const folded = m[0].normalize("NFKC").replace(/\p{Cf}/gu, "");
    if (!folded) {
      invisibleFrom ??= m.index;
      continue;
    }
    text += folded;
    for (let i = 0; i < folded.length; i++) from.push(invisibleFrom ?? m.index);
    invisibleFrom = undefined;
  }
  from.push(typed.length);
  return { text, from };
}

/** Every deny-listed word or phrase found in the text, as it reads once invisible characters are gone. */
export function findDeniedWords(text: string): string[] {
  return Array.from(visible(text).text.matchAll(DENY_PATTERN), (m) => m[0]);
}

/**
 * The text as typed, with every deny-listed word or phrase (and anything invisible inside it)
 * replaced by an ellipsis. The rest is left exactly as typed: a zero-width non-joiner is part of
 * Persian spelling, and a full-width colon of Chinese punctuation.
 */
export function redactDenied(typed: string): string {
  const { text, from } = visible(typed);
  let out = "";
  let kept = 0;
  for (const m of text.matchAll(DENY_PATTERN)) {
    const start = from[m.index]!;
    const end = from[m.index + m[0].length]!;
    out += typed.slice(kept, start) + REDACTED;
    kept = end;
  }
  return out + typed.slice(kept);
}
