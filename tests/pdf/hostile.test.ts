import { describe, expect, it, vi } from "vitest";
import { cleanText } from "../../templates/pdf/clean-text";
import { fontsFor } from "../../templates/pdf/fonts";
import { renderPlanPdf } from "../../templates/pdf/render";
import { HEBREW, hostilePlan, LONG_ANSWER, ONE_LONG_WORD } from "./hostile-plan";
import { demoInput, flat, keepForReview, pageCount, pdfText, squeeze } from "./pdf-helpers";

// Rendering takes a few seconds on a busy 2-core machine; a worker's first start more.
vi.setConfig({ testTimeout: 60_000 });

/**
 * Right-to-left words, each in reading order. pdftotext gives each word of a right-to-left run in
 * logical order but may order the runs of one line differently than typed (its own bidi
 * heuristics; word boxes from pdftotext -bbox show the layout itself is right), so the words are
 * checked one by one.
 */
const rtlWords = (t: string) => t.split(/[\s,]+/).filter(Boolean);

/** Page footers, which pdftotext reads in the middle of text that runs across pages. */
const FOOTER = /(Version \d+ · \w+ \d+, \d{4}\s*)?Page \d+ of \d+/g;

const norm = (t: string) => squeeze(t.normalize("NFKC").replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, ""));

describe("hostile content", () => {
  it("the youth copy prints every word of a 10,000-character answer, a 3,000-letter word and 50 people", async () => {
    const bytes = await renderPlanPdf(demoInput("youth", hostilePlan()));
    keepForReview("hostile-youth", bytes);
    const text = pdfText(bytes);
    expect(norm(text.replace(FOOTER, ""))).toContain(norm(LONG_ANSWER));
    expect(norm(text.replace(FOOTER, ""))).toContain(norm(ONE_LONG_WORD));
    for (let i = 0; i < 50; i++) expect(text).toContain(`Person${i} (`);
    // footers survive on every page
    const pages = pageCount(bytes);
    expect(pages).toBeGreaterThan(5);
    expect(flat(text)).toContain(`Page ${pages} of ${pages}`);
    expect(flat(text).match(/Page \d+ of \d+/g)).toHaveLength(pages);
  });

  it("prints HTML and script text as the letters typed, never as markup", async () => {
    const text = flat(pdfText(await renderPlanPdf(demoInput("youth", hostilePlan()))));
    expect(text).toContain(`<script>alert("pwned")</script><b>bold</b> &amp; <img src=x onerror=alert(1)>`);
  });

  it("prints right-to-left Hebrew and Arabic, alone and inside English, without losing a letter", async () => {
    const text = pdfText(await renderPlanPdf(demoInput("youth", hostilePlan())));
    for (const word of rtlWords(HEBREW)) expect(text).toContain(word);
    // Arabic prints right (see tests/.output/pdf/hostile-youth.pdf), but pdfkit maps some ligature
    // glyphs (ب + ا) back to one letter only, so text extraction drops the ب of "بالعالم".
    expect(text).toContain("مرحبا");
    expect(text).toContain("العالم");
    expect(flat(text)).toMatch(/I said .*עולם.* to Dee/);
  });

  it("prints emoji as glyphs of the embedded emoji font", async () => {
    const bytes = await renderPlanPdf(demoInput("youth", hostilePlan()));
    const text = pdfText(bytes);
    for (const e of ["🎧", "🐱", "😀"]) expect(text).toContain(e);
    expect(Buffer.from(bytes).toString("latin1")).toContain("NotoEmoji");
  });

  it("drops control and bidi-override characters and keeps every visible letter", async () => {
    const text = flat(pdfText(await renderPlanPdf(demoInput("youth", hostilePlan()))));
    expect(text).toContain("abcdefg");
    expect(text).toContain("line one line two");
  });

  it("every copy renders the hostile plan; the card stays one page", async () => {
    for (const copy of ["discreet", "card", "provider"] as const) {
      const bytes = await renderPlanPdf(demoInput(copy, hostilePlan()));
      keepForReview(`hostile-${copy}`, bytes);
      if (copy === "card") expect(pageCount(bytes)).toBe(1);
      else for (const word of rtlWords(HEBREW)) expect(pdfText(bytes)).toContain(word);
    }
  });

  it("a character no embedded font can draw prints as \u201c\uFFFD\u201d, not as garbage", async () => {
    // Egyptian hieroglyphs: in no family of any chain.
    const { covered } = await fontsFor("𓀀𓁐 Sky");
    expect(cleanText("𓀀𓁐 Sky", covered)).toBe("\uFFFD\uFFFD Sky");
    expect(cleanText("Dee 😀 ñ ¿Qué? ¡Sí! שלום مرحبا Բարեւ", covered)).toBe("Dee 😀 ñ ¿Qué? ¡Sí! שלום مرحبا Բարեւ");
  });
});
