import { renderToBuffer } from "@react-pdf/renderer";
import { emptyPlanContent, type PlanContent } from "../csecy-safety-plan/schema";
import { LANGUAGES, type Language } from "../csecy-safety-plan/structure";
import { cleanText, mapStrings } from "./clean-text";
import { DiscreetCopy, ProviderCopy, YouthCopy, type DocumentProps, type PdfVersionInfo } from "./documents";
import { ensureFonts } from "./fonts";
import { PocketCard } from "./PocketCard";
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
  provider: ProviderCopy,
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

/** Renders one copy of one version to PDF bytes. */
export async function renderPlanPdf(input: PdfInput): Promise<Uint8Array> {
  if (!PDF_COPIES.includes(input.copy)) throw new Error(`unknown copy ${String(input.copy)}`);
  if (!LANGUAGES.includes(input.language)) throw new Error(`unknown language ${String(input.language)}`);
  const covered = await ensureFonts();
  const clean = (value: string) => cleanText(value, covered);
  const content = contentForCopy(mapStrings(input.content, clean, NOT_TEXT), input.copy);
  const provider = input.copy === "provider";
  const props: DocumentProps = {
    content,
    language: input.language,
    version: mapStrings(input.version, clean),
    history: provider ? mapStrings(input.history, clean) : [],
    youthName: provider ? clean(input.youthName) : "",
  };
  const Doc = DOCUMENTS[input.copy];
  const buffer = await renderToBuffer(<Doc {...props} />);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
