import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";
import { rememberShaping } from "./shaping-cache";

/*
 * Fonts embedded in every PDF, from npm font packages (TTF: react-pdf cannot read WOFF2 or
 * variable fonts). Noto Sans covers Latin (Spanish accents, ñ, ¿ ¡), Greek and Cyrillic; Hebrew,
 * Arabic and Armenian come from their Noto families, and emoji from monochrome Noto Emoji, each
 * as a fallback family: react-pdf takes every character from the first family that has it.
 * A character none of them has (Chinese, Korean, ...) is printed as "�" by cleanText instead of
 * turning into garbage in Helvetica, react-pdf's last resort.
 */

const require = createRequire(import.meta.url);

interface Family {
  family: string;
  pkg: string;
  file: string;
}

const FAMILIES: readonly Family[] = [
  { family: "NotoSans", pkg: "noto-sans", file: "NotoSans" },
  { family: "NotoSansHebrew", pkg: "noto-sans-hebrew", file: "NotoSansHebrew" },
  { family: "NotoSansArabic", pkg: "noto-sans-arabic", file: "NotoSansArabic" },
  { family: "NotoSansArmenian", pkg: "noto-sans-armenian", file: "NotoSansArmenian" },
  { family: "NotoEmoji", pkg: "noto-emoji", file: "NotoEmoji" },
];

const WEIGHTS = [
  { weight: 400, dir: "400Regular" },
  { weight: 700, dir: "700Bold" },
] as const;

/** The fallback chain every text style uses. */
export const FONT_FAMILY: string[] = FAMILIES.map((f) => f.family);

const fontFile = (f: Family, dir: string) => require.resolve(`@expo-google-fonts/${f.pkg}/${dir}/${f.file}_${dir}.ttf`);

let registered = false;
let coverage: Promise<ReadonlySet<number>> | undefined;

/** Splits a word longer than this into pieces where a line may break, so no text runs off the page. */
const LONGEST_UNBROKEN = 24;
const PIECE = 12;

function registerOnce(): void {
  if (registered) return;
  registered = true;
  for (const f of FAMILIES) {
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
 * Registers the fonts (once per process or worker) and loads them, returning every code point
 * some font in the chain can print. Each loaded font remembers the text it has shaped
 * (shaping-cache.ts).
 */
export function ensureFonts(): Promise<ReadonlySet<number>> {
  registerOnce();
  coverage ??= (async () => {
    const covered = new Set<number>();
    for (const f of FAMILIES) {
      for (const w of WEIGHTS) {
        await Font.load({ fontFamily: f.family, fontWeight: w.weight });
        const font = Font.getFont({ fontFamily: f.family, fontWeight: w.weight }).data;
        if (font && typeof font === "object" && "layout" in font) rememberShaping(font as unknown as Parameters<typeof rememberShaping>[0]);
      }
      const data = Font.getFont({ fontFamily: f.family, fontWeight: 400 }).data;
      for (const cp of data?.characterSet ?? []) covered.add(cp);
    }
    return covered;
  })();
  return coverage;
}
