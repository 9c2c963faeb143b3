// pdfkit ships no types; render.tsx only constructs a document for @react-pdf/render to draw on.
declare module "pdfkit" {
  export default class PDFDocument {
    constructor(options: Record<string, unknown>);
  }
}
