import bidiFactory from "bidi-js";
import type { DocumentFonts } from "./fonts";

/*
 * Fits a document's element tree (react-pdf's instances, before layout) to the text it holds:
 * the document's own font chain (fonts.ts: only the scripts it contains) in place of the base
 * chain the styles name, each paragraph with only the families its own text needs (so the layout
 * reads a large font's bold weight only for bold text in that script), and a right-to-left paragraph for text that starts in a right-to-left
 * script. A paragraph's direction follows its first strong character, as a browser's dir="auto"
 * does: an Arabic or Farsi answer is set right to left and aligned right, a label in English
 * followed by Arabic words stays left to right with the words in their own order inside it.
 */

const bidi = bidiFactory();

type Style = Record<string, unknown>;

export interface DocumentNode {
  type: string;
  style?: Style | Style[];
  value?: string;
  children?: DocumentNode[];
}

const styles = (node: DocumentNode): Style[] => (Array.isArray(node.style) ? node.style : node.style ? [node.style] : []);

function textOf(node: DocumentNode): string {
  if (node.type === "TEXT_INSTANCE") return node.value ?? "";
  return (node.children ?? []).map(textOf).join("");
}

function startsRightToLeft(text: string): boolean {
  return bidi.getEmbeddingLevels(text).paragraphs[0]?.level === 1;
}

/** Sets the font chain wherever a style names one and on each paragraph, and each paragraph's direction. */
export function fitTreeToText(node: DocumentNode, fonts: Pick<DocumentFonts, "family" | "chainFor">): void {
  const own = styles(node);
  const extra: Style = {};
  const isParagraph = node.type === "TEXT";
  if (isParagraph) extra.fontFamily = fonts.chainFor(textOf(node));
  else if (own.some((style) => "fontFamily" in style)) extra.fontFamily = [...fonts.family];
  if (isParagraph && !own.some((style) => "direction" in style) && startsRightToLeft(textOf(node))) extra.direction = "rtl";
  if (Object.keys(extra).length) node.style = [...own, extra];
  // A Text inside a Text is part of its paragraph: the paragraph decides the direction.
  if (isParagraph) return;
  for (const child of node.children ?? []) fitTreeToText(child, fonts);
}
