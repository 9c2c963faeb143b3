import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import * as hb from "harfbuzzjs";
import { describe, expect, it, vi } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { fontFileOf } from "../../templates/pdf/fonts";
import { renderPlanPdf } from "../../templates/pdf/render";
import { demoInput } from "./pdf-helpers";

vi.setConfig({ testTimeout: 60_000 });

/*
 * A mark is drawn where HarfBuzz puts it, in the PDF itself: the dot of ن in «من» is drawn at its
 * own text position, offset from the pen by HarfBuzz's x and y offsets at the printed size (the
 * layout's offsets are compared glyph by glyph in shaping-harfbuzz.test.ts; this checks that the
 * drawing turns them into the right distance on paper).
 */

const ANSWER_SIZE = 10.5;

/** Text positions (Tm) set in the page content streams, as [x, y]. */
function textPositions(pdf: Uint8Array): [number, number][] {
  const bytes = Buffer.from(pdf);
  const out: [number, number][] = [];
  let at = 0;
  for (;;) {
    const start = bytes.indexOf(">>\nstream\n", at);
    const end = start < 0 ? -1 : bytes.indexOf("\nendstream", start);
    if (end < 0) break;
    try {
      const content = inflateSync(bytes.subarray(start + 10, end)).toString("latin1");
      for (const m of content.matchAll(/1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm/g)) out.push([Number(m[1]), Number(m[2])]);
    } catch {
      // not a compressed content stream (a font file, an image)
    }
    at = end + 1;
  }
  return out;
}

describe("marks on paper", () => {
  it("the dot of ن sits where HarfBuzz puts it", async () => {
    const face = new hb.Face(new hb.Blob(readFileSync(fontFileOf("NotoSansArabic", 400))));
    const buffer = new hb.Buffer();
    buffer.addText("من");
    buffer.guessSegmentProperties();
    hb.shape(new hb.Font(face), buffer);
    const dot = buffer.getGlyphPositions().find((p) => p.xOffset !== 0 || p.yOffset !== 0)!;
    const scale = ANSWER_SIZE / face.upem;
    const content = { ...demoPlanContent, questions: { ...demoPlanContent.questions, q1: { text: "من", keepOffPrint: false } } };
    const positions = textPositions(await renderPlanPdf(demoInput("youth", content)));
    // pdfkit draws each run from x = 0 in its own coordinates, the page height up (792)
    const expected = [dot.xOffset * scale, 792 + dot.yOffset * scale];
    expect(positions.some(([x, y]) => Math.abs(x - expected[0]!) < 0.01 && Math.abs(y - expected[1]!) < 0.01), JSON.stringify(expected)).toBe(true);
  });
});
