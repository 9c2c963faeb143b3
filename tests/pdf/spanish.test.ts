import { describe, expect, it } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { findDeniedWords } from "../../templates/pdf/deny-list";
import { renderPlanPdf } from "../../templates/pdf/render";
import { RESOURCES } from "../../templates/resources/directory";
import { demoInput, flat, keepForReview, neutralPdfTexts, pdfText } from "./pdf-helpers";

/** Every copy in Spanish, parsed back with pdftotext: its own words are Spanish, the youth's stay as typed. */
const spanish = { ...demoPlanContent, about: { ...demoPlanContent.about, language: "es" as const } };

describe("Spanish copies", () => {
  it("prints the youth copy in Spanish: title, emergency box, section titles, resources and follow-up prompts", async () => {
    const bytes = await renderPlanPdf({ ...demoInput("youth", spanish), language: "es" });
    keepForReview("youth-es", bytes);
    const text = flat(pdfText(bytes));
    const es = templateText("es");
    for (const expected of [
      "Mi plan de seguridad",
      "En una emergencia, llama al 911.",
      es.sections.people.title,
      es.sections.coping.title,
      es.coping["deep-breathing"],
      "¿Cómo te ha ido desde que hicimos este plan?",
      RESOURCES.find((r) => r.id === "nhth")!.purpose.es,
      "Página 1 de",
      "I stay with my sister when things get bad",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain("My safety plan");
    expect(text).not.toContain("In an emergency");
  });

  it("prints the discreet copy and the card in Spanish with no listed word in either language", async () => {
    for (const copy of ["discreet", "card"] as const) {
      const bytes = await renderPlanPdf({ ...demoInput(copy, spanish), language: "es" });
      keepForReview(`${copy}-es`, bytes);
      const text = pdfText(bytes);
      expect(flat(text)).toContain(copy === "discreet" ? "Mis notas" : "Mi gente");
      expect(flat(text)).toContain(copy === "discreet" ? "Cómo me calmo" : "Emergencia");
      expect(findDeniedWords(text), copy).toEqual([]);
    }
    const neutral = neutralPdfTexts("es");
    for (const text of neutral) expect(findDeniedWords(text), text).toEqual([]);
  });

  it("prints a bilingual pair from one version: the youth copy in Spanish and the caregiver copy in English", async () => {
    const youth = flat(pdfText(await renderPlanPdf({ ...demoInput("youth", spanish), language: "es" })));
    const caregiver = flat(pdfText(await renderPlanPdf({ ...demoInput("youth", spanish), language: "en" })));
    expect(youth).toContain("Personas que me apoyan");
    expect(caregiver).toContain("People who support me");
    expect(caregiver).not.toContain("Personas que me apoyan");
    // The same youth's words in both.
    expect(caregiver).toContain("I stay with my sister when things get bad");
  });
});
