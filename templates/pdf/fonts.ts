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
 * text is in their script (fontsFor), so a plan without them costs what it did before. Inside
 * such a document each paragraph's chain holds only the large families its own text needs
 * (chainFor), so a weight is read only for a paragraph set in it: the bold Korean or Chinese
 * font only for bold text in Korean or Chinese (a person's or a place's name). Korean and Chinese
 * are let go after the document (releaseLargeFonts).
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
  /**
   * 6-11 MB a weight: read for a document only where its text needs it (the bold weight by the
   * layout, for a paragraph set in bold) and let go after the document (decision 015).
   */
  large?: true;
}

// Han with the CJK punctuation, full-width forms and kana that come with it.
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u;

const KHMER: ScriptFamily = { family: "NotoSansKhmer", pkg: "noto-sans-khmer", file: "NotoSansKhmer", needed: /\p{Script=Khmer}/u };
const KOREAN: ScriptFamily = { family: "NotoSansKR", pkg: "noto-sans-kr", file: "NotoSansKR", needed: /\p{Script=Hangul}/u, large: true };
const SIMPLIFIED: ScriptFamily = { family: "NotoSansSC", pkg: "noto-sans-sc", file: "NotoSansSC", needed: HAN, large: true };
const TRADITIONAL: ScriptFamily = { family: "NotoSansTC", pkg: "noto-sans-tc", file: "NotoSansTC", needed: HAN, large: true };
const SCRIPT_FAMILIES: readonly ScriptFamily[] = [KHMER, KOREAN, SIMPLIFIED, TRADITIONAL];

const WEIGHTS = [
  { weight: 400, dir: "400Regular" },
  { weight: 700, dir: "700Bold" },
] as const;

/** The chain of a document with none of the large scripts; every text style starts from it. */
export const FONT_FAMILY: string[] = BASE_FAMILIES.map((f) => f.family);

const fontFile = (f: Family, dir: string) => require.resolve(`@expo-google-fonts/${f.pkg}/${dir}/${f.file}_${dir}.ttf`);

const ALL_FAMILIES: readonly (Family & { large?: true })[] = [...BASE_FAMILIES, ...SCRIPT_FAMILIES];

/** The TTF file of a family at a weight: what another shaping engine needs to check ours. */
export function fontFileOf(family: string, weight: 400 | 700): string {
  const f = ALL_FAMILIES.find((candidate) => candidate.family === family);
  if (!f) throw new Error(`unknown font family ${family}`);
  return fontFile(f, WEIGHTS.find((w) => w.weight === weight)!.dir);
}

let registered = false;
const coverages = new Map<string, ReadonlySet<number>>();

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
 * Loads a family (the small ones once per process or worker, both weights; of a large one the
 * regular weight, again after releaseLargeFonts, its bold left to the layout), each weight loaded
 * here remembering the text it has shaped (shaping-cache.ts); gives the code points it can print.
 */
async function loadFamily(f: Family & { large?: true }): Promise<ReadonlySet<number>> {
  registerOnce();
  for (const w of f.large ? WEIGHTS.slice(0, 1) : WEIGHTS) {
    await Font.load({ fontFamily: f.family, fontWeight: w.weight });
    const font = Font.getFont({ fontFamily: f.family, fontWeight: w.weight }).data;
    if (font && typeof font === "object" && "layout" in font) rememberShaping(font as unknown as Parameters<typeof rememberShaping>[0]);
  }
  let coverage = coverages.get(f.family);
  if (!coverage) {
    coverage = new Set<number>(Font.getFont({ fontFamily: f.family, fontWeight: 400 }).data?.characterSet ?? []);
    coverages.set(f.family, coverage);
  }
  return coverage;
}

/**
 * Lets go of the Korean and Chinese fonts (6-11 MB a weight, more once parsed) after a document
 * that used them: a worker that printed one such plan would otherwise hold them for good, and the
 * server's memory budget has no room for that (decisions 012, 014). The next document that needs
 * them reads them again; what they cover is remembered.
 */
export function releaseLargeFonts(): void {
  for (const f of SCRIPT_FAMILIES) {
    if (!f.large || !coverages.has(f.family)) continue;
    for (const w of WEIGHTS) {
      const source = Font.getFont({ fontFamily: f.family, fontWeight: w.weight }) as unknown as { data: unknown; loadResultPromise: unknown };
      source.data = null;
      source.loadResultPromise = null;
    }
  }
}

let baseCoverage: Promise<ReadonlySet<number>> | undefined;

/**
 * Registers the fonts and loads the families every document uses (once per process or worker);
 * gives the code points they can print.
 */
function ensureFonts(): Promise<ReadonlySet<number>> {
  baseCoverage ??= (async () => {
    const covered = new Set<number>();
    for (const f of BASE_FAMILIES) for (const cp of await loadFamily(f)) covered.add(cp);
    return covered;
  })();
  return baseCoverage;
}

export interface DocumentFonts {
  /** The fallback chain for this document. */
  family: string[];
  /** Every code point some family in the chain can print. */
  covered: ReadonlySet<number>;
  /**
   * The chain for one paragraph of the document: the families every document has, and of the
   * document's other families those that print a character of this text (no other family of the
   * chain could draw any of it, so the same glyphs are drawn).
   */
  chainFor(text: string): string[];
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
  const base = await ensureFonts();
  const chain: ScriptFamily[] = [];
  const covers = new Map<ScriptFamily, ReadonlySet<number>>();
  const add = async (f: ScriptFamily) => {
    chain.push(f);
    covers.set(f, await loadFamily(f));
  };
  if (KHMER.needed.test(text)) await add(KHMER);
  // Chinese before Korean: Han characters are more often Chinese than Korean hanja. The other
  // Chinese font only if the first lacks some of the text's characters.
  if (HAN.test(text)) {
    const [first, second] = await hanOrder(text);
    await add(first!);
    const missing = Array.from(text).some((ch) => HAN.test(ch) && !base.has(ch.codePointAt(0)!) && !covers.get(first!)!.has(ch.codePointAt(0)!));
    if (missing) await add(second!);
  }
  if (KOREAN.needed.test(text)) await add(KOREAN);
  if (!chain.length) return { family: FONT_FAMILY, covered: base, chainFor: () => FONT_FAMILY };
  const covered = new Set(base);
  for (const coverage of covers.values()) for (const cp of coverage) covered.add(cp);
  const chainFor = (paragraph: string) => {
    const needed = new Set<number>();
    for (const ch of paragraph) {
      const cp = ch.codePointAt(0)!;
      if (!base.has(cp)) needed.add(cp);
    }
    const own = chain.filter((f) => [...needed].some((cp) => covers.get(f)!.has(cp)));
    return [...FONT_FAMILY, ...own.map((f) => f.family)];
  };
  return { family: [...FONT_FAMILY, ...chain.map((f) => f.family)], covered, chainFor };
}
