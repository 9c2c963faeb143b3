import { Canvas, Font } from "@react-pdf/renderer";
import { COLORS } from "./styles";

/*
 * "Page 2 of 5" on every page, without react-pdf's dynamic text.
 *
 * A `<Text render={({ pageNumber, totalPages }) => …}>` makes react-pdf lay out every page again
 * once the page count is known, and lay out all the rest of the document again at every page
 * break while it paginates: measured on the youth copy, 37% of its render time (146 → 92 ms of
 * CPU without it). Here the number is painted instead: render.tsx lays the document out once,
 * tells this document's PageNumbering how many pages there are, then renders; each page's footer
 * canvas paints its number when react-pdf draws that page (pages are drawn in order, and a fixed
 * element once per page). The text is drawn with the same embedded Noto Sans as the rest, so it
 * reads and copies like any other text.
 */

/** One document's page count (set after layout) and the page being drawn. */
export class PageNumbering {
  total = 0;
  private drawn = 0;

  /** The number of the page being drawn: called once per page, in page order. */
  next(): number {
    this.drawn += 1;
    return this.drawn;
  }
}

/** What the footer's page number is made of. */
export interface PageNumberProps {
  numbering: PageNumbering;
  pageOf: (page: number, total: number) => string;
  fontSize: number;
  /** Room for the longest "Page n of n" in any language. */
  width: number;
}

/** Noto Sans's line height is 1.362 em: the canvas is one line of footer text high. */
const LINE_HEIGHT = 1.362;

interface FontkitGlyphRun {
  advanceWidth: number;
}
interface FontkitFont {
  unitsPerEm: number;
  layout(text: string): FontkitGlyphRun;
}

/** Right-aligned "Page n of N" in the footer's font, size and colour. */
export function PageNumber({ numbering, pageOf, fontSize, width }: PageNumberProps) {
  return (
    <Canvas
      style={{ width, height: fontSize * LINE_HEIGHT }}
      paint={(painter: { font: (f: unknown, size: number) => typeof painter; fillColor: (c: string) => typeof painter; text: (t: string, x: number, y: number, o: object) => typeof painter }, availableWidth) => {
        const font = Font.getFont({ fontFamily: "NotoSans", fontWeight: 400 }).data as unknown as FontkitFont;
        const text = pageOf(numbering.next(), numbering.total);
        const textWidth = (font.layout(text).advanceWidth * fontSize) / font.unitsPerEm;
        painter.font(font, fontSize).fillColor(COLORS.muted).text(text, availableWidth - textWidth, 0, { lineBreak: false });
        return null;
      }}
    />
  );
}
