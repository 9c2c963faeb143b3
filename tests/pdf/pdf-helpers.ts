import { execFileSync } from "node:child_process";
import { pdfText as pdfTextFor } from "../../templates/pdf/text";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { demoPlanContent, type Language, type PlanContent } from "../../templates/csecy-safety-plan";
import type { PdfCopy, PdfInput } from "../../templates/pdf/render";

/** PDFs and PNGs of the last test run, for a person to look at (gitignored). */
export const OUTPUT_DIR = resolve("tests/.output/pdf");

export function demoInput(copy: PdfCopy, content: PlanContent = demoPlanContent): PdfInput {
  return {
    copy,
    language: "en",
    content,
    version: {
      number: 2,
      createdAt: "2026-11-20T18:30:00.000Z",
      authorName: "Jordan (demo provider)",
      note: "After the second meeting",
      templateId: "csecy-safety-plan",
      templateVersion: 1,
    },
    history: [
      { number: 1, createdAt: "2026-11-13T18:30:00.000Z", authorName: "Jordan (demo provider)", note: "First plan, made together", restoredFrom: null },
      { number: 2, createdAt: "2026-11-20T18:30:00.000Z", authorName: "Jordan (demo provider)", note: "After the second meeting", restoredFrom: null },
    ],
    youthName: "Sky",
  };
}

/** The PDF's text as poppler's pdftotext reads it (UTF-8, reading order). */
export function pdfText(bytes: Uint8Array, options: { layout?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "spb-pdf-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-enc", "UTF-8", ...(options.layout ? ["-layout"] : []), file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each page's text, in order (pdftotext separates pages with a form feed); `layout` keeps a table's row on one line. */
export function pdfPages(bytes: Uint8Array, options: { layout?: boolean } = {}): string[] {
  return pdfText(bytes, options).split("\f");
}

export function pageCount(bytes: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), "spb-pdf-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? "0");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace collapsed, so a phrase matches across line breaks. */
export const flat = (text: string) => text.replace(/\s+/g, " ");

/** Letters only: for "no text lost" checks across line breaks and the hyphens of split long words. */
export const squeeze = (text: string) => text.replace(/[\s\u00ad-]+/g, "");

/** Keeps the PDF and a PNG of its first page (60 dpi) in tests/.output/pdf/ for review. */
export function keepForReview(name: string, bytes: Uint8Array): void {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const pdf = join(OUTPUT_DIR, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  const prefix = join(OUTPUT_DIR, `${name}-tmp`);
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, prefix]);
  const made = readdirSync(OUTPUT_DIR).find((f) => f.startsWith(`${name}-tmp`) && f.endsWith(".png"));
  if (made) renameSync(join(OUTPUT_DIR, made), join(OUTPUT_DIR, `${name}.png`));
}

/** Every fixed text of the discreet copy and the pocket card: none may name what the plan is about. */
export function neutralPdfTexts(language: Language): string[] {
  const t = pdfTextFor(language);
  return [
    ...Object.values(t.discreet.sections),
    ...Object.values(t.discreet.questions),
    ...Object.values(t.discreet.situations),
    ...Object.values(t.discreet.resources),
    t.discreet.title,
    t.discreet.subtitle,
    t.discreet.nextMeeting("x"),
    ...Object.values(t.card).map((v) => (typeof v === "function" ? v("x") : v)),
  ];
}

/** Letter paper in points, and the page's own margins (templates/pdf/styles.ts): the area text may use. */
const PAGE_HEIGHT = 792;
const CONTENT_TOP = 44;
const CONTENT_BOTTOM = PAGE_HEIGHT - 60;

/**
 * How full each page is, from the PDF as drawn: poppler renders each page in grey (72 dpi, one
 * pixel a point) and the lowest row with ink above the footer, against the height text may use,
 * is the page's fill (0 = empty, 1 = written to the bottom margin).
 */
export function pageFills(bytes: Uint8Array): number[] {
  const dir = mkdtempSync(join(tmpdir(), "spb-fill-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    execFileSync("pdftoppm", ["-gray", "-r", "72", file, join(dir, "page")]);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".pgm"))
      .sort()
      .map((f) => {
        const image = readFileSync(join(dir, f));
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 40).toString("latin1"));
        if (!header) throw new Error(`not a PGM: ${f}`);
        const [width, height] = [Number(header[1]), Number(header[2])];
        const pixels = image.subarray(header[0].length);
        const scale = height / PAGE_HEIGHT;
        let lowest = 0;
        for (let y = 0; y < Math.floor(CONTENT_BOTTOM * scale); y++) {
          const row = pixels.subarray(y * width, (y + 1) * width);
          if (row.some((value) => value < 160)) lowest = y;
        }
        return Math.max(0, lowest / scale - CONTENT_TOP) / (CONTENT_BOTTOM - CONTENT_TOP);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Keeps every page of a PDF as a PNG (60 dpi) in tests/.output/pdf/, for a person to look at. */
export function keepPagesForReview(name: string, bytes: Uint8Array): void {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const pdf = join(OUTPUT_DIR, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(OUTPUT_DIR, name)]);
}
