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
 * and joiners, soft hyphens, bidi marks), so that nothing invisible can split a listed word.
 */
function visible(text: string): string {
  return text.normalize("NFKC").replace(/\p{Cf}/gu, "");
}

/** Every deny-listed word or phrase found in the text, as it reads once invisible characters are gone. */
export function findDeniedWords(text: string): string[] {
  return Array.from(visible(text).matchAll(DENY_PATTERN), (m) => m[0]);
}

/** The text, without invisible characters, with every deny-listed word or phrase replaced by an ellipsis. */
export function redactDenied(text: string): string {
  return visible(text).replace(DENY_PATTERN, REDACTED);
}
