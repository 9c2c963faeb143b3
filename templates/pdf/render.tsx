import layoutDocument from "@react-pdf/layout";
import renderPdf from "@react-pdf/render";
import { Font, pdf } from "@react-pdf/renderer";
import PDFDocument from "pdfkit";
import { emptyPlanContent, type PlanContent } from "../csecy-safety-plan/schema";
import { LANGUAGES, type Language } from "../csecy-safety-plan/structure";
import { cleanText, mapStrings } from "./clean-text";
import { AdultCopy, DiscreetCopy, ProviderCopy, YouthCopy, type DocumentProps, type PdfVersionInfo } from "./documents";
import { FONT_FAMILY, fontsFor, releaseLargeFonts, type DocumentFonts } from "./fonts";
import { PageNumbering } from "./page-numbers";
import { PocketCard } from "./PocketCard";
import { markActualText, type LaidNode } from "./text-layer";
import { fitTreeToText, type DocumentNode } from "./text-setting";
import { contentForCopy, PDF_COPIES, type PdfCopy } from "./printable";
import type { HistoryEntry } from "./sections/VersionHistorySection";

export { PDF_COPIES, type PdfCopy } from "./printable";
export type { HistoryEntry } from "./sections/VersionHistorySection";
export type { PdfVersionInfo } from "./documents";

/** Everything one PDF is made from: no database, no request; plain data a worker can receive. */
export interface PdfInput {
  copy: PdfCopy;
  language: Language;
  /** A plan validated by planContentSchema. */
  content: PlanContent;
  version: PdfVersionInfo;
  /** Versions 1..n (provider copy only; others ignore it). */
  history: readonly HistoryEntry[];
  /** The youth's chosen name on record (provider copy only). */
  youthName: string;
}

const DOCUMENTS: Record<PdfCopy, (props: DocumentProps) => JSX.Element> = {
  youth: YouthCopy,
  discreet: DiscreetCopy,
  card: PocketCard,
  adult: AdultCopy,
  provider: ProviderCopy,
};

/**
 * The ways each copy may be laid out, in order of preference: the youth copy's follow-up starts a
 * sheet of its own unless that leaves a page mostly blank; the trusted-adult copy is set smaller
 * when its usual size would take a second page.
 */
const LAYOUTS: Record<PdfCopy, readonly Pick<DocumentProps, "followUpFlows" | "compact">[]> = {
  youth: [{ followUpFlows: false }, { followUpFlows: true }],
  discreet: [{}],
  card: [{}],
  adult: [{}, { compact: true }],
  provider: [{}],
};

const NOT_TEXT = new Set(["id", "chosen", "kind", "status", "numberKept", "language"]);

/** Loads the fonts and renders a small card once, so the first real render is not a cold one. */
export async function warmUp(): Promise<void> {
  await renderPlanPdf({
    copy: "card",
    language: "en",
    content: emptyPlanContent(),
    version: { number: 1, createdAt: new Date(0).toISOString(), authorName: "", note: "", templateId: "", templateVersion: 1 },
    history: [],
    youthName: "",
  });
}

/** Every text of the input, whichever copy prints it: what decides the document's fonts. */
function textOf(input: PdfInput): string {
  const parts: string[] = [];
  const collect = (value: string) => {
    parts.push(value);
    return value;
  };
  mapStrings([input.content, input.version, input.history, input.youthName], collect, NOT_TEXT);
  return parts.join("\n");
}

/** Renders one copy of one version to PDF bytes. */
export async function renderPlanPdf(input: PdfInput): Promise<Uint8Array> {
  if (!PDF_COPIES.includes(input.copy)) throw new Error(`unknown copy ${String(input.copy)}`);
  if (!LANGUAGES.includes(input.language)) throw new Error(`unknown language ${String(input.language)}`);
  const fonts = await fontsFor(textOf(input));
  const clean = (value: string) => cleanText(value, fonts.covered);
  // What the copy holds is chosen (and deny-listed) on the youth's text as typed, before any
  // character without a glyph becomes "\uFFFD": a full-width letter must not hide a listed word.
  const content = mapStrings(contentForCopy(input.content, input.copy), clean, NOT_TEXT);
  const provider = input.copy === "provider";
  const pageNumbering = new PageNumbering();
  const props: DocumentProps = {
    content,
    language: input.language,
    version: mapStrings(input.version, clean),
    history: provider ? mapStrings(input.history, clean) : [],
    youthName: provider ? clean(input.youthName) : "",
    pageNumbering,
  };
  const Doc = DOCUMENTS[input.copy];
  try {
    return await renderDocument(
      LAYOUTS[input.copy].map((layout) => () => <Doc {...props} {...layout} />),
      input.copy === "adult" ? pagesAfterTheFirst : mostlyBlankPages,
      pageNumbering,
      fonts,
    );
  } finally {
    if (fonts.family.length > FONT_FAMILY.length) releaseLargeFonts();
  }
}

/** A page under half the height text may use is mostly blank; the layout keeps a margin above that. */
const MOSTLY_BLANK = 0.55;

interface LaidPage {
  box?: { top: number; height: number; paddingTop?: number; paddingBottom?: number };
  children?: { box?: { top: number; height: number }; props?: { fixed?: boolean }; style?: { position?: string } }[];
}

/** How far down each laid-out page its content (not its fixed footer) reaches, as a share of the height text may use. */
function pageFills(layout: LaidNode): number[] {
  return ((layout.children ?? []) as LaidPage[]).map((page) => {
    const top = page.box?.paddingTop ?? 0;
    const usable = (page.box?.height ?? 1) - top - (page.box?.paddingBottom ?? 0);
    const bottom = Math.max(
      top,
      ...(page.children ?? []).filter((c) => !c.props?.fixed && c.style?.position !== "absolute").map((c) => (c.box ? c.box.top + c.box.height : top)),
    );
    return (bottom - top) / usable;
  });
}

/** How many pages but the last are mostly blank. */
const mostlyBlankPages = (fills: readonly number[]) => fills.slice(0, -1).filter((fill) => fill < MOSTLY_BLANK).length;
/** How many pages a copy meant to be one sheet takes beyond it. */
const pagesAfterTheFirst = (fills: readonly number[]) => fills.length - 1;

type LaidDocument = { document: DocumentNode & { props: { title?: string; language?: string } }; layout: LaidNode };

async function layOut(element: JSX.Element, fonts: DocumentFonts): Promise<LaidDocument> {
  const document = (pdf(element).container as { document: LaidDocument["document"] }).document;
  fitTreeToText(document, fonts);
  // (its type omits the font store that @react-pdf/renderer passes as the second argument)
  const layout = await (layoutDocument as unknown as (doc: unknown, fonts: unknown) => Promise<LaidNode>)(document, Font);
  return { document, layout };
}

/**
 * react-pdf's renderToBuffer in its three steps (the reconciler's document, layout, drawing with
 * pdfkit, as @react-pdf/renderer 4.9's own `pdf().toBuffer()` does them, with the same document
 * options), so that the page count is known between layout and drawing (page-numbers.tsx).
 * Given several ways to lay the document out, in order of preference, the next is laid out only
 * while the best so far has a fault (`faults` of its pages' fills above zero), and the one with
 * the fewest is drawn (the first of equals).
 */
async function renderDocument(
  layouts: readonly (() => JSX.Element)[],
  faults: (fills: readonly number[]) => number,
  pageNumbering: PageNumbering,
  fonts: DocumentFonts,
): Promise<Uint8Array> {
  let best: (LaidDocument & { faults: number }) | undefined;
  for (const element of layouts) {
    const candidate = await layOut(element(), fonts);
    const found = faults(pageFills(candidate.layout));
    if (!best || found < best.faults) best = { ...candidate, faults: found };
    if (best.faults === 0) break;
  }
  const { document, layout } = best!;
  const { title, language } = document.props;
  const ctx = new PDFDocument({
    compress: true,
    lang: language,
    displayTitle: true,
    autoFirstPage: false,
    info: { Title: title, Creator: "react-pdf", Producer: "react-pdf", CreationDate: new Date() },
  });
  nameEachFont(ctx as unknown as PdfkitFonts);
  pageNumbering.total = layout.children?.length ?? 0;
  markActualText(layout);
  const stream = renderPdf(ctx as never, layout as never) as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

interface PdfkitFonts {
  font(src: unknown, family?: unknown, size?: unknown): unknown;
}

/**
 * react-pdf picks the font of every run of text with `ctx.font(fontkitFont, size)`. pdfkit finds
 * an already embedded font only by a name, so for a font object without one it wraps the font
 * anew and compares it with every embedded font by serialising their name tables, on every run
 * (3% of a render). Here each font object gets a name of its own the first time, so pdfkit finds
 * it directly afterwards; what is embedded and drawn is the same.
 */
function nameEachFont(ctx: PdfkitFonts): void {
  const names = new WeakMap<object, string>();
  let count = 0;
  const font = ctx.font.bind(ctx);
  ctx.font = (src, family, size) => {
    const isFontObject = typeof src === "object" && src !== null && typeof (src as { layout?: unknown }).layout === "function";
    if (!isFontObject || typeof family !== "number") return font(src, family, size);
    let name = names.get(src);
    if (!name) names.set(src, (name = `embedded-font-${(count += 1)}`));
    return font(src, name, family);
  };
}
