import { describe, expect, it } from "vitest";
import { renderPlanPdf } from "../../templates/pdf/render";
import { HISTORY_ENTRIES_PRINTED } from "../../templates/pdf/sections/VersionHistorySection";
import { demoInput, pageCount, pdfText, squeeze } from "./pdf-helpers";

/** Issue 13: version 1,000's provider copy printed all 1,000 versions (31 pages, 5.4 s on the one PDF worker). */
describe("provider copy of a plan with a long history", () => {
  it("prints the latest versions and a count of the earlier ones, as long as a short history's copy", async () => {
    const base = demoInput("provider");
    const history = Array.from({ length: 1000 }, (_, i) => ({ ...base.history[0]!, number: i + 1, note: `Meeting ${i + 1}` }));
    const long = await renderPlanPdf({ ...base, version: { ...base.version, number: 1000 }, history });
    const text = squeeze(pdfText(long));
    expect(text).toContain(squeeze(`${1000 - HISTORY_ENTRIES_PRINTED} earlier`));
    expect(text).toContain(squeeze("Version 1000 ·"));
    expect(text).toContain(squeeze(`Version ${1000 - HISTORY_ENTRIES_PRINTED + 1} ·`));
    expect(text).not.toContain(squeeze(`Version ${1000 - HISTORY_ENTRIES_PRINTED} ·`));
    expect(pageCount(long)).toBeLessThanOrEqual(pageCount(await renderPlanPdf(base)) + 1);
  });
});
