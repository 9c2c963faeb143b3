import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";
import { rememberShaping } from "./shaping-cache";

/*
 * Fonts embedded in the PDFs, from npm font packages (static TTF: react-pdf cannot read WOFF2 or
 * variable fonts). Noto Sans covers Latin (Spanish, Tagalog, Vietnamese), Greek and Cyrillic
 * (Russian); Hebrew, Arabic (and Farsi) and Armenian come from their Noto families, and emoji from
 * monochrome Noto Emoji. These small ones are in every document's chain. Khmer, Korean and Chinese
 * (simplified and traditional) come from Noto families too, but the CJK files are 6-11 MB a
 * weight: a document gets them in its chain, and a worker loads them, only when the document's
 * text is in their script (fontsFor), so a plan without them costs what it did before.
 * react-pdf takes every character from the first family of the chain that has it; a character
 * no family has is printed as "�" by cleanText instead of turning into garbage in Helvetica,
 * react-pdf's last resort.
 */

const require = createRequire(import.meta.url);

interface Family {
  family: string;
  pkg: string;
  file: string;
}

const BASE_FAMILIES: readonly Family[] = [
  { family: "NotoSans", pkg: "noto-sans", file: "NotoSans" },
  { family: "NotoSansHebrew", pkg: "noto-sans-hebrew", file: "NotoSansHebrew" },
  { family: "NotoSansArabic", pkg: "noto-sans-arabic", file: "NotoSansArabic" },
  { family: "NotoSansArmenian", pkg: "noto-sans-armenian", file: "NotoSansArmenian" },
  { family: "NotoEmoji", pkg: "noto-emoji", file: "NotoEmoji" },
];

interface ScriptFamily extends Family {
  /** Text this family is needed for. */
  needed: RegExp;
}

// Han with the CJK punctuation, full-width forms and kana that come with it.
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u;

const KHMER: ScriptFamily = { family: "NotoSansKhmer", pkg: "noto-sans-khmer", file: "NotoSansKhmer", needed: /\p{Script=Khmer}/u };
const KOREAN: ScriptFamily = { family: "NotoSansKR", pkg: "noto-sans-kr", file: "NotoSansKR", needed: /\p{Script=Hangul}/u };
const SIMPLIFIED: ScriptFamily = { family: "NotoSansSC", pkg: "noto-sans-sc", file: "NotoSansSC", needed: HAN };
const TRADITIONAL: ScriptFamily = { family: "NotoSansTC", pkg: "noto-sans-tc", file: "NotoSansTC", needed: HAN };
const SCRIPT_FAMILIES: readonly ScriptFamily[] = [KHMER, KOREAN, SIMPLIFIED, TRADITIONAL];

const WEIGHTS = [
  { weight: 400, dir: "400Regular" },
  { weight: 700, dir: "700Bold" },
] as const;

/** The chain of a document with none of the large scripts; every text style starts from it. */
export const FONT_FAMILY: string[] = BASE_FAMILIES.map((f) => f.family);

const fontFile = (f: Family, dir: string) => require.resolve(`@expo-google-fonts/${f.pkg}/${dir}/${f.file}_${dir}.ttf`);

const ALL_FAMILIES: readonly Family[] = [...BASE_FAMILIES, ...SCRIPT_FAMILIES];

/** The TTF file of a family at a weight: what another shaping engine needs to check ours. */
export function fontFileOf(family: string, weight: 400 | 700): string {
  const f = ALL_FAMILIES.find((candidate) => candidate.family === family);
  if (!f) throw new Error(`unknown font family ${family}`);
  return fontFile(f, WEIGHTS.find((w) => w.weight === weight)!.dir);
}

let registered = false;
const loaded = new Map<string, Promise<ReadonlySet<number>>>();

/** Splits a word longer than this into pieces where a line may break, so no text runs off the page. */
const LONGEST_UNBROKEN = 24;
const PIECE = 12;

function registerOnce(): void {
  if (registered) return;
  registered = true;
  for (const f of ALL_FAMILIES) {
    Font.register({
      family: f.family,
      fonts: WEIGHTS.map((w) => ({ src: fontFile(f, w.dir), fontWeight: w.weight })),
    });
  }
  // No English hyphenation (it would break Spanish and the youth's own words at odd places); only
  // words too long for a line (a pasted link, a 10,000-letter string) are broken, anywhere.
  Font.registerHyphenationCallback((word) => {
    const chars = Array.from(word);
    if (chars.length <= LONGEST_UNBROKEN) return [word];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += PIECE) pieces.push(chars.slice(i, i + PIECE).join(""));
    return pieces;
  });
}

/**
 * Loads a family's weights (once per process or worker), each remembering the text it has shaped
 * (shaping-cache.ts); gives the code points it can print.
 */
function loadFamily(f: Family): Promise<ReadonlySet<number>> {
  registerOnce();
  let coverage = loaded.get(f.family);
  if (!coverage) {
    coverage = (async () => {
      for (const w of WEIGHTS) {
        await Font.load({ fontFamily: f.family, fontWeight: w.weight });
        const font = Font.getFont({ fontFamily: f.family, fontWeight: w.weight }).data;
        if (font && typeof font === "object" && "layout" in font) rememberShaping(font as unknown as Parameters<typeof rememberShaping>[0]);
      }
      return new Set<number>(Font.getFont({ fontFamily: f.family, fontWeight: 400 }).data?.characterSet ?? []);
    })();
    loaded.set(f.family, coverage);
  }
  return coverage;
}

/** Registers the fonts and loads the families every document uses (once per process or worker). */
export async function ensureFonts(): Promise<void> {
  for (const f of BASE_FAMILIES) await loadFamily(f);
}

export interface DocumentFonts {
  /** The fallback chain for this document. */
  family: string[];
  /** Every code point some family in the chain can print. */
  covered: ReadonlySet<number>;
}

/**
 * Han text could be Chinese simplified or traditional: most characters are in both fonts, drawn
 * a little differently. Text with characters that only traditional Chinese writes (OpenCC's
 * traditional-to-simplified conversion changes them: 陳 說 電) is set in Noto Sans TC first,
 * other Han text in Noto Sans SC. OpenCC's dictionary is loaded only for Han text.
 */
async function hanOrder(text: string): Promise<ScriptFamily[]> {
  const { Converter } = await import("opencc-js/t2cn");
  const toSimplified = (toSimplifiedConverter ??= Converter({ from: "tw", to: "cn" }));
  const han = Array.from(text).filter((ch) => HAN.test(ch)).join("");
  return toSimplified(han) !== han ? [TRADITIONAL, SIMPLIFIED] : [SIMPLIFIED, TRADITIONAL];
}

let toSimplifiedConverter: ((text: string) => string) | undefined;

/** The fonts a document with this text needs, loaded. */
export async function fontsFor(text: string): Promise<DocumentFonts> {
  await ensureFonts();
  const needed = SCRIPT_FAMILIES.filter((f) => f.needed.test(text));
  const coverages = new Map<ScriptFamily, ReadonlySet<number>>();
  for (const f of needed) coverages.set(f, await loadFamily(f));
  // Chinese before Korean: Han characters are more often Chinese than Korean hanja.
  const han = coverages.has(SIMPLIFIED) ? await hanOrder(text) : [];
  const chain = [...needed.filter((f) => f === KHMER), ...han, ...needed.filter((f) => f === KOREAN)];
  const covered = new Set<number>();
  for (const f of BASE_FAMILIES) for (const cp of await loadFamily(f)) covered.add(cp);
  for (const f of chain) for (const cp of coverages.get(f)!) covered.add(cp);
  return { family: [...FONT_FAMILY, ...chain.map((f) => f.family)], covered };
}
