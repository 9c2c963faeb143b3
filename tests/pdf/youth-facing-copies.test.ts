import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { demoPlanContent, type Language } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { PDF_COPIES, renderPlanPdf } from "../../templates/pdf/render";
import { RESOURCES } from "../../templates/resources/directory";
import { EXPLOITED_LABELS, matches, SECRECY_PROMISES } from "../i18n/youth-facing";
import { demoInput, flat, keepForReview, pdfText } from "./pdf-helpers";

// Rendering takes a few seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

/** Decision 042 on paper: every copy a youth may hold, in both languages, read back with pdftotext. */
const YOUTH_COPIES = PDF_COPIES.filter((c) => c !== "provider");

const inLanguage = (language: Language) => ({ ...demoPlanContent, about: { ...demoPlanContent.about, language } });

async function render(copy: (typeof PDF_COPIES)[number], language: Language) {
  return renderPlanPdf({ ...demoInput(copy, inLanguage(language)), language });
}

function firstPageText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "spb-pdf-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-enc", "UTF-8", "-f", "1", "-l", "1", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(["en", "es"] as const)("youth copies in %s", (language) => {
  it.each(YOUTH_COPIES)("the %s copy promises no secrecy and never names the youth as exploited", async (copy) => {
    const text = flat(pdfText(await render(copy, language)));
    expect(matches(SECRECY_PROMISES, text)).toEqual([]);
    expect(matches(EXPLOITED_LABELS, text)).toEqual([]);
  });

  it("the youth copy says what each resource is and what can happen when you call, and the neutral situation title", async () => {
    const bytes = await render("youth", language);
    keepForReview(`youth-words-${language}`, bytes);
    const text = flat(pdfText(bytes));
    const chosen = RESOURCES.filter((r) => r.always || demoPlanContent.resources.chosen.includes(r.id));
    for (const r of chosen) {
      expect(text, r.id).toContain(r.name[language]);
      expect(text, r.id).toContain(r.whenYouCall[language]);
    }
    expect(text).toContain(templateText(language).situations["exploiter-contact"].title);
  });

  it("the provider copy keeps the precise words", async () => {
    const text = flat(pdfText(await render("provider", language)));
    expect(text).toContain(templateText(language).situations["exploiter-contact"].providerTitle);
  });
});

describe("the Spanish youth copy", () => {
  it("names the hotline in Spanish on page 1 and says how to call and text it in whole Spanish sentences", async () => {
    const bytes = await render("youth", "es");
    const page1 = flat(firstPageText(bytes));
    expect(page1).toContain("Línea Nacional contra la Trata de Personas");
    expect(page1).not.toContain("National Human Trafficking Hotline");
    expect(page1).toContain("Llama al 1-888-373-7888 · Manda un mensaje al 233733");
    expect(page1).toContain("Si tienes menos de 18 años, tal vez tengan que reportar");
    const all = flat(pdfText(bytes));
    expect(all).not.toMatch(/Llama 1-|Mensaje 233733|Llama 988/);
  });
});
