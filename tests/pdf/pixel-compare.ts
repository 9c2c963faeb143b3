import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/** The committed reference images, one grey PNG a page: `<plan>-<copy>-<language>-p<page>.png`. */
export const REFERENCE_DIR = resolve("tests/pdf/reference-pages");
/** What a failed comparison leaves for a person to look at (gitignored). */
const OUTPUT_DIR = resolve("tests/.output/pdf-pixels");

export const UPDATE_COMMAND = "npm run test:pdf-pixels:update";
/** Set by UPDATE_COMMAND: the run writes the references instead of comparing with them. */
export const updating = process.env.PDF_PIXELS_UPDATE === "1";

/** Low enough to keep the references small, high enough that a body-text glyph is ~6 px tall. */
const DPI = 40;
/**
 * Grey levels kept of poppler's 256: fewer levels compress to far smaller references, and a
 * step (17) stays under COLOUR_THRESHOLD, so rounding never counts as a difference by itself.
 */
const GREY_LEVELS = 16;
/** pixelmatch's colour distance (0–1) under which two pixels count as the same. */
const COLOUR_THRESHOLD = 0.1;
/**
 * Pixels a page may differ by. Rendering is deterministic here (0 on every run); the margin is
 * for a poppler or FreeType build that smooths an edge differently. One glyph moved by a point
 * changes several dozen pixels.
 */
const MAX_DIFFERENT_PIXELS = 8;

/** Each page of the PDF as a grey image at DPI in GREY_LEVELS (drawn by poppler's pdftoppm). */
export function rasterize(bytes: Uint8Array): PNG[] {
  const dir = mkdtempSync(join(tmpdir(), "spb-pixels-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    execFileSync("pdftoppm", ["-png", "-gray", "-r", String(DPI), file, join(dir, "page")]);
    const pageNumber = (f: string) => Number(/-(\d+)\.png$/.exec(f)![1]);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort((a, b) => pageNumber(a) - pageNumber(b))
      .map((f) => quantize(PNG.sync.read(readFileSync(join(dir, f)))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function quantize(png: PNG): PNG {
  const step = 255 / (GREY_LEVELS - 1);
  for (let i = 0; i < png.data.length; i += 4) {
    const grey = Math.round(Math.round(png.data[i]! / step) * step);
    png.data[i] = png.data[i + 1] = png.data[i + 2] = grey;
  }
  return png;
}

/** A small grey PNG file of the image. */
const encode = (png: PNG) => PNG.sync.write(png, { colorType: 0, deflateLevel: 9 });

const referenceFile = (name: string, page: number) => join(REFERENCE_DIR, `${name}-p${page}.png`);
const referencesOf = (name: string) =>
  existsSync(REFERENCE_DIR) ? readdirSync(REFERENCE_DIR).filter((f) => new RegExp(`^${name}-p\\d+\\.png$`).test(f)) : [];

/** Replaces the references of one document with its pages. */
export function updateReferences(name: string, pages: readonly PNG[]): void {
  mkdirSync(REFERENCE_DIR, { recursive: true });
  for (const old of referencesOf(name)) unlinkSync(join(REFERENCE_DIR, old));
  pages.forEach((page, i) => {
    writeFileSync(referenceFile(name, i + 1), encode(page));
  });
}

/** "demo plan, youth copy (es)" for "demo-youth-es". */
const describeDocument = (name: string) => {
  const [plan, copy, language] = name.split("-");
  return `${plan} plan, ${copy} copy (${language})`;
};

/**
 * Compares each page with its reference; returns one message per page that differs (empty when
 * all match). A differing page leaves the new page and a diff image (changed pixels in red) in
 * tests/.output/pdf-pixels/.
 */
export function comparePages(name: string, pages: readonly PNG[]): string[] {
  const what = describeDocument(name);
  const references = referencesOf(name).length;
  if (references === 0) return [`${what}: no reference images in ${relative(process.cwd(), REFERENCE_DIR)}.`];
  const failures: string[] = [];
  if (references !== pages.length) failures.push(`${what}: ${pages.length} pages printed, the reference has ${references}.`);
  for (let i = 0; i < Math.min(references, pages.length); i++) {
    const page = i + 1;
    const expected = PNG.sync.read(readFileSync(referenceFile(name, page)));
    const actual = pages[i]!;
    const keep = (suffix: string, png: PNG) => {
      mkdirSync(OUTPUT_DIR, { recursive: true });
      const file = join(OUTPUT_DIR, `${name}-p${page}-${suffix}.png`);
      writeFileSync(file, PNG.sync.write(png));
      return relative(process.cwd(), file);
    };
    if (expected.width !== actual.width || expected.height !== actual.height) {
      const kept = keep("actual", actual);
      failures.push(`${what}, page ${page}: ${actual.width}×${actual.height} px, the reference is ${expected.width}×${expected.height}; see ${kept}`);
      continue;
    }
    const diff = new PNG({ width: actual.width, height: actual.height });
    const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
      threshold: COLOUR_THRESHOLD,
      // Count anti-aliased pixels too: at this resolution a glyph's edges are most of it.
      includeAA: true,
    });
    if (different > MAX_DIFFERENT_PIXELS) {
      keep("actual", actual);
      const kept = keep("diff", diff);
      failures.push(`${what}, page ${page}: ${different} pixels differ (tolerance ${MAX_DIFFERENT_PIXELS}); diff image: ${kept}`);
    }
  }
  return failures;
}
