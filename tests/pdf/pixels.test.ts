import { afterAll, describe, expect, it, vi } from "vitest";
import { closePdfWorkers, renderInWorker } from "../../app/web/pdf.server";
import { demoPlanContent, LANGUAGES, type PlanContent } from "../../templates/csecy-safety-plan";
import { PDF_COPIES } from "../../templates/pdf/printable";
import { hostilePlan } from "./hostile-plan";
import { demoInput } from "./pdf-helpers";
import { comparePages, rasterize, UPDATE_COMMAND, updateReferences, updating } from "./pixel-compare";

/*
 * Every copy of the demo plan and of a hostile plan, in both languages, rendered by the PDF worker
 * the download route uses, drawn to grey PNGs and compared with the reference images committed in
 * tests/pdf/pixels/. The text checks elsewhere would pass a glyph drawn in the wrong place, an
 * overlap or a lost line; this fails on them, naming the copy and the page. A change that is
 * meant (a template, a font, an upgrade of react-pdf, pdfkit or fontkit, a patch) refreshes the
 * references on purpose with `npm run test:pdf-pixels:update`; look at the new images first.
 * Every date printed comes from the fixed input of demoInput(), so the pages are the same every run.
 */

// A hostile youth copy is many pages; rendering and drawing them takes a while on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const PLANS: Record<string, () => PlanContent> = { demo: () => demoPlanContent, hostile: hostilePlan };

afterAll(async () => {
  await closePdfWorkers();
});

describe(updating ? "refreshing the PDF reference images" : "every copy looks as its reference images", () => {
  for (const [plan, content] of Object.entries(PLANS)) {
    for (const copy of PDF_COPIES) {
      for (const language of LANGUAGES) {
        const name = `${plan}-${copy}-${language}`;
        it(name, async () => {
          const bytes = await renderInWorker({ ...demoInput(copy, content()), language });
          const pages = rasterize(bytes);
          if (updating) return updateReferences(name, pages);
          const failures = comparePages(name, pages);
          expect(failures, `${failures.join("\n")}\nIf the change is meant, run \`${UPDATE_COMMAND}\` and commit the new images.`).toEqual([]);
        });
      }
    }
  }
});
