import { describe, expect, it, vi } from "vitest";
import { printTargets, withChoices } from "../../templates/csecy-safety-plan";
import { renderPlanPdf } from "../../templates/pdf/render";
import { generatedPlan } from "./generated-plans";
import { demoInput, keepPagesForReview, pageFills } from "./pdf-helpers";

// Rendering takes a few seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 240_000 });

/*
 * "No page mostly blank" over plans of every size, measured on the PDF as drawn (each page's
 * lowest ink above the footer): small (0-3 people), medium (5-9) and long (10-14) plans, in
 * English and Spanish. The sizes are the ones whose plan ended on a short page before the
 * follow-up sheet when that sheet always started a page of its own.
 */
const SIZES = [0, 1, 3, 5, 7, 9, 10, 12, 14];

describe.each(["en", "es"] as const)("page fill (%s)", (language) => {
  it("the youth copy leaves no page but the last mostly blank", async () => {
    const short: string[] = [];
    for (const n of SIZES) {
      const bytes = await renderPlanPdf({ ...demoInput("youth", generatedPlan(n, language)), language });
      const fills = pageFills(bytes);
      expect(fills.length, `plan ${n}`).toBeGreaterThan(1);
      fills.slice(0, -1).forEach((fill, page) => {
        if (fill < 0.5) short.push(`plan ${n}, page ${page + 1} of ${fills.length}: ${Math.round(fill * 100)}% full`);
      });
      if (n === 5 || n === 14) keepPagesForReview(`fill-youth-${language}-${n}`, bytes);
    }
    expect(short).toEqual([]);
  });

  it("the discreet copy with everything chosen, the help line on and off, leaves no page but the last mostly blank", async () => {
    const all = { youth: true, discreet: true, card: true, adult: true };
    const short: string[] = [];
    for (const n of SIZES) {
      const plan = generatedPlan(n, language);
      const on = withChoices(plan, new Map(printTargets(plan).map((t) => [t.key, all])));
      const off = withChoices(on, new Map([["resources.helpLine", { youth: false, discreet: false, card: false, adult: false }]]));
      for (const [helpLine, content] of [["on", on], ["off", off]] as const) {
        const fills = pageFills(await renderPlanPdf({ ...demoInput("discreet", content), language }));
        fills.slice(0, -1).forEach((fill, page) => {
          if (fill < 0.5) short.push(`plan ${n}, help line ${helpLine}, page ${page + 1} of ${fills.length}: ${Math.round(fill * 100)}% full`);
        });
      }
    }
    expect(short).toEqual([]);
  });

  it("the trusted-adult copy with the default choices is one page", async () => {
    const pages: string[] = [];
    for (const n of SIZES) {
      const bytes = await renderPlanPdf({ ...demoInput("adult", generatedPlan(n, language)), language });
      const fills = pageFills(bytes);
      if (fills.length !== 1) pages.push(`plan ${n}: ${fills.length} pages`);
      if (n === 14) keepPagesForReview(`fill-adult-${language}-${n}`, bytes);
    }
    expect(pages).toEqual([]);
  });
});
