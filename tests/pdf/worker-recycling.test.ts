import { afterAll, describe, expect, it, vi } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { demoInput, pdfText, squeeze } from "./pdf-helpers";
import { mixedLanguageContent } from "./threshold-languages";

/*
 * Issue 14: a worker that printed Korean or Chinese keeps the memory those fonts took, so past an
 * RSS threshold the pool is replaced (decision 015). Here the threshold is 1 MB, so every render
 * is followed by a replacement: renders given to the old pool all finish, and later ones go to
 * the new pool.
 */

vi.setConfig({ testTimeout: 300_000 });
process.env.PDF_RECYCLE_RSS_MB = "1";
const { closePdfWorkers, getPdf, pdfStats, renderInWorker, warmUpPdfWorkers } = await import("../../app/web/pdf.server");

afterAll(async () => {
  await closePdfWorkers();
});

describe("a PDF worker pool past its memory threshold", () => {
  it("is replaced after the renders given to it, none of them lost, and renders go on in the new one", async () => {
    const mixed = demoInput("card", mixedLanguageContent(demoPlanContent));
    const first = await Promise.all([renderInWorker(mixed), renderInWorker(demoInput("card")), renderInWorker(mixed)]);
    for (const bytes of first) expect(squeeze(pdfText(bytes))).toContain("911");
    expect(pdfStats().recycles).toBeGreaterThanOrEqual(1);
    const recycles = pdfStats().recycles;
    const later = await getPdf({ planId: "recycled", versionNumber: 1, copy: "card", language: "en" }, () => mixed);
    expect(squeeze(pdfText(later))).toContain("911");
    expect(pdfStats().recycles).toBeGreaterThan(recycles);
  });

  it("is not destroyed under a warm-up queued behind a render", async () => {
    await warmUpPdfWorkers();
    const render = renderInWorker(demoInput("card"));
    const warmUp = warmUpPdfWorkers();
    await expect(Promise.all([render, warmUp])).resolves.toBeDefined();
    await expect(warmUpPdfWorkers()).resolves.toBeUndefined();
  });
});
