import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { demoPlanContent, onCopy, printTargets, withChoices, type CopyChoice, type PlanContent } from "../../templates/csecy-safety-plan";
import { PDF_COPIES, renderPlanPdf, type PdfCopy } from "../../templates/pdf/render";
import { demoInput, OUTPUT_DIR, pdfText } from "./pdf-helpers";
import { THRESHOLD_LANGUAGES, type LanguagePhrases } from "./threshold-languages";

// Rendering takes a few seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

/*
 * Every copy of a plan written in each threshold language prints the youth's words, and its text
 * layer gives them back: pdftotext (poppler) reads each phrase out of each copy, after Unicode
 * normalisation, with no "\uFFFD" anywhere. The pages are kept as PNGs in
 * tests/.output/pdf/languages/ for a person to look at.
 *
 * Right-to-left text is drawn in the order Unicode's bidi algorithm gives (checked glyph by glyph
 * against HarfBuzz and bidi-js in shaping-harfbuzz.test.ts), but a PDF holds text in drawing
 * order, and poppler turns a line back into reading order by a simpler rule of its own: numbers
 * inside right-to-left text are read left to right as drawn, brackets are not mirrored back,
 * punctuation drawn from another font or between runs lands on either side (Chromium's own PDFs
 * read back the same way). So a phrase without right-to-left letters must come back whole, and
 * one with them piece by piece: every word, name and number exactly as typed, and every stretch
 * of right-to-left words between punctuation and numbers whole and in its order.
 */

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const plain = (s: string) => s.normalize("NFC").replace(BIDI_MARKS, "").replace(/\s+/g, " ");

const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const words = (phrase: string) => phrase.match(/[\p{L}\p{M}\p{N}\u200c\u200d]+/gu) ?? [];
/** Right-to-left words separated by single spaces only. */
const rightToLeftStretches = (phrase: string) =>
  (phrase.match(/[\p{Script=Arabic}\p{M}\u200c\u200d]+(?: [\p{Script=Arabic}\p{M}\u200c\u200d]+)*/gu) ?? []).filter((s) => !/\p{N}/u.test(s));

function expectGivenBack(extracted: string, phrase: string, where: string): void {
  const text = plain(extracted);
  if (!RIGHT_TO_LEFT_LETTER.test(phrase)) {
    expect(text, `${where}: ${phrase}`).toContain(plain(phrase));
    return;
  }
  for (const piece of [...words(phrase), ...rightToLeftStretches(phrase)]) {
    expect(text, `${where}: ${phrase} ("${piece}")`).toContain(plain(piece));
  }
}

const ALL: CopyChoice = { youth: true, discreet: true, card: true, adult: true };

/**
 * A plan in one language: three people (each copy prints names and how to reach them), two
 * answers, with every thing chosen for every copy it may go on (the discreet and trusted-adult
 * copies hold only what the youth chooses).
 */
function planIn(language: LanguagePhrases): PlanContent {
  const content: PlanContent = {
    ...demoPlanContent,
    people: {
      items: language.names.map((nickname, i) => ({
        id: `p${i}`,
        nickname,
        relationship: "",
        contact: language.lines[i]!,
        numberKept: "" as const,
        knowsSituation: false,
        mightBeLinked: false,
        codeWord: "",
        codeWordMeaning: "",
        codeWordAction: "",
        keepOffPrint: false,
      })),
    },
    questions: {
      ...demoPlanContent.questions,
      q1: { text: language.sentences[0], keepOffPrint: false },
      q5: { text: language.sentences[1], keepOffPrint: false },
    },
  };
  return withChoices(content, new Map(printTargets(content).map((t) => [t.key, ALL])));
}

/** Copies that print the answers to q1 and q5 (the card prints people only). */
const PRINTS_ANSWERS: ReadonlySet<PdfCopy> = new Set(["youth", "discreet", "adult", "provider"]);

/** The phrases a copy must give back: each person and answer the youth chose for it (the provider copy holds all). */
function chosenPhrases(content: PlanContent, language: LanguagePhrases, copy: PdfCopy): string[] {
  const targets = printTargets(content);
  const chosen = (key: string) => {
    const on = copy === "provider" || onCopy(targets.find((t) => t.key === key), copy);
    // Everything was chosen: a thing this copy may print and does not would be a bug, not a choice.
    expect(on, `${language.name} ${copy}: ${key} chosen`).toBe(true);
    return on;
  };
  const people = language.names.flatMap((name, i) => (chosen(`people.p${i}`) ? [name, language.lines[i]!] : []));
  const answers = PRINTS_ANSWERS.has(copy) ? (["q1", "q5"] as const).flatMap((id, i) => (chosen(`questions.${id}`) ? [language.sentences[i]!] : [])) : [];
  return [...people, ...answers];
}

function keepPages(name: string, bytes: Uint8Array): void {
  const dir = join(OUTPUT_DIR, "languages");
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir).filter((f) => f.startsWith(`${name}-`))) rmSync(join(dir, old));
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  execFileSync("pdftoppm", ["-png", "-r", "70", pdf, join(dir, name)]);
}

describe("every threshold language prints as typed in every copy", () => {
  it("the corpus fits the pocket card's lines, so every copy prints it whole", () => {
    for (const language of THRESHOLD_LANGUAGES) {
      for (const name of language.names) expect(Array.from(name).length, name).toBeLessThanOrEqual(28);
      for (const line of language.lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(44);
    }
  });

  for (const language of THRESHOLD_LANGUAGES) {
    it(`${language.name}: each copy's text gives every phrase back`, async () => {
      const content = planIn(language);
      for (const copy of PDF_COPIES) {
        const bytes = await renderPlanPdf(demoInput(copy, content));
        keepPages(`${language.tag}-${copy}`, bytes);
        const text = pdfText(bytes);
        expect(text, `${language.name} ${copy}`).not.toContain("\uFFFD");
        const phrases = chosenPhrases(content, language, copy);
        expect(phrases.length, `${language.name} ${copy}`).toBe(language.names.length * 2 + (PRINTS_ANSWERS.has(copy) ? language.sentences.length : 0));
        for (const phrase of phrases) expectGivenBack(text, phrase, `${language.name} ${copy}`);
      }
    });
  }

  it("Chinese prints in the font of its own variant: traditional in Noto Sans TC, simplified in Noto Sans SC", async () => {
    const [traditional, simplified] = ["zh-Hant", "zh-Hans"].map((tag) => THRESHOLD_LANGUAGES.find((l) => l.tag === tag)!);
    const fontsOf = async (language: LanguagePhrases) => Buffer.from(await renderPlanPdf(demoInput("youth", planIn(language)))).toString("latin1");
    const tc = await fontsOf(traditional!);
    expect(tc).toContain("NotoSansTC");
    expect(tc).not.toContain("NotoSansSC");
    const sc = await fontsOf(simplified!);
    expect(sc).toContain("NotoSansSC");
    expect(sc).not.toContain("NotoSansTC");
  });

  it("a plan in Latin letters embeds none of the Khmer, Korean or Chinese fonts", async () => {
    const bytes = Buffer.from(await renderPlanPdf(demoInput("youth"))).toString("latin1");
    for (const family of ["NotoSansKhmer", "NotoSansKR", "NotoSansSC", "NotoSansTC"]) expect(bytes).not.toContain(family);
  });

  it("a paragraph that starts in Arabic is set right to left on the right; one in English stays on the left", async () => {
    const arabic = THRESHOLD_LANGUAGES.find((l) => l.tag === "ar")!;
    const bytes = await renderPlanPdf(demoInput("youth", planIn(arabic)));
    const dir = execFileSync("mktemp", ["-d"], { encoding: "utf8" }).trim();
    try {
      const file = join(dir, "doc.pdf");
      writeFileSync(file, bytes);
      const boxes = execFileSync("pdftotext", ["-enc", "UTF-8", "-bbox", file, "-"], { encoding: "utf8" });
      const words = [...boxes.matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => ({ xMin: Number(m[1]), xMax: Number(m[2]), text: m[3]! }));
      const arabic = words.filter((w) => /\p{Script=Arabic}/u.test(w.text));
      const rightMargin = 612 - 54;
      // the answers are Arabic: they end at the right margin (within the item's padding)
      expect(Math.max(...arabic.map((w) => w.xMax))).toBeGreaterThan(rightMargin - 6);
      // an English answer starts at the left, as the question does
      const english = words.find((w) => w.text === "My" && w.xMin < 100);
      expect(english).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
