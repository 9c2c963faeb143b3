import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

/*
 * render.tsx runs react-pdf's three steps itself (layout, then drawing with pdfkit) so that the
 * page count is known before page numbers are drawn (templates/pdf/page-numbers.tsx). It must use
 * the very copies of @react-pdf/layout, @react-pdf/render and pdfkit that @react-pdf/renderer
 * uses: an upgrade of the renderer that brings other versions would otherwise mix two of them.
 */
describe("react-pdf pipeline", () => {
  it.each(["@react-pdf/layout", "@react-pdf/render", "pdfkit"])("render.tsx imports the same %s as @react-pdf/renderer", (name) => {
    const ours = createRequire(import.meta.url);
    const renderers = createRequire(ours.resolve("@react-pdf/renderer"));
    expect(renderers.resolve(name)).toBe(ours.resolve(name));
  });
});
