import { describe, expect, test } from "vitest";
import { uiEs } from "../../app/i18n/ui.es";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { demoPlanContent } from "../../templates/csecy-safety-plan/demo-plan";
import { followUpPrompts } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { SCHEMA_MESSAGES } from "../../templates/csecy-safety-plan/messages";
import { pdfText } from "../../templates/pdf/text";
import { RESOURCES } from "../../templates/resources/directory";
import { leaves } from "./strings";

/*
 * Spanish that means a person is gender-inclusive (decision 042): no masculine form standing for
 * everyone where a person is meant. "Seguro" of a place ("un lugar seguro") is right; "seguro"
 * of the youth must be "a salvo", or "seguro o segura". A pronoun that picks a gender for "that
 * person" ("contactarlo", "contactarla") becomes "esa persona". "Juntos" becomes "en equipo".
 * Role names are inclusive too: "profesional" or "la persona profesional" (not "proveedor"),
 * "supervisión" or "supervisor o supervisora", "administración"; "las personas jóvenes" (not
 * "los jóvenes"), "las personas que pagan" (not "los compradores").
 */
const MASCULINE_FOR_EVERYONE: readonly RegExp[] = [
  /\b(el|del|al|un) joven\b/i,
  /\bjuntos\b/i,
  /\b(contactarl[oa]s?|conectarl[oa]s?|con[eé]ctal[oa]|cont[aá]ctal[oa]|buscarl[oa])\b/i,
  /\b(siento|sientes|siente|sentir|sentirte|sentirme|estar|estoy|estás|está|esté|estés|quedarte|mantenerte)\s+(más\s+|muy\s+)?seguro\b(?!\s+o\s+segura)/i,
  /\b(estresado|herido|cansado|listo|asustado|solito|preparado)\b(?!\s+o\s+\w+a\b)/i,
  /\b(tu|un|al|del|el) supervisor\b(?!\s+o\s+supervisora)/i,
  /\bproveedor(es)?\b/i,
  /\bsupervisor(es)?\b(?!\s+o\s+supervisora)/i,
  /\badministrador(es)?\b(?!\s+o\s+(una\s+)?administradora)/i,
  /\b(los|todos|unos|otros|estos|esos)\s+((los|mis|tus|sus)\s+)?jóvenes\b/i,
  /\b(el|del|al|un|los|unos|todos)\s+(los\s+)?(clientes?|compradore?s?|usuarios?|adultos?|amigos?)\b/i,
  /\bcompradores\b/i,
];

const catalogue = [
  ...leaves({ ui: uiEs }),
  ...leaves({ template: templateText("es") }),
  ...leaves({ pdf: pdfText("es") }),
  ...leaves({ messages: SCHEMA_MESSAGES.es }),
  ...followUpPrompts(demoPlanContent, templateText("es")).map((p) => ({ path: p.key, text: p.question })),
  ...RESOURCES.flatMap((r) => [r.name.es, r.purpose.es, r.whenYouCall.es].map((text) => ({ path: r.id, text }))),
];

describe("Spanish that means a person", () => {
  test("uses no masculine form for everyone", () => {
    const found = catalogue.filter((l) => MASCULINE_FOR_EVERYONE.some((p) => p.test(l.text))).map((l) => `${l.path}: ${l.text}`);
    expect(found).toEqual([]);
  });

  test("the patterns catch what was in the product, and let places be safe", () => {
    for (const wrong of [
      "¿Cómo vas a contactarlo?",
      "Cómo contactarla",
      "Por qué me siento seguro ahí",
      "Quiero hablar de maneras de estar más seguro",
      "Cuando estás estresado",
      "Muestra el plan al joven",
      "Vamos a revisar tu plan juntos.",
      "Volver a la vista del proveedor",
      "Copia del proveedor",
      "Supervisor (ve a todos los jóvenes de la agencia)",
      "Todos los jóvenes",
      "Todos mis jóvenes",
      "¿Cómo hablas con los compradores?",
      "Administrador (cuentas y registros)",
    ]) {
      expect(MASCULINE_FOR_EVERYONE.some((p) => p.test(wrong)), wrong).toBe(true);
    }
    for (const right of [
      "Añadir un lugar seguro",
      "Por qué me siento a salvo ahí",
      "cuando estás estresado o estresada",
      "la persona joven",
      "Volver a la vista profesional",
      "Consulta con tu supervisor o supervisora",
      "Un administrador o una administradora puso tu contraseña",
      "Todas las personas jóvenes",
      "¿Cómo hablas con las personas que pagan?",
      "Mis jóvenes",
    ]) {
      expect(MASCULINE_FOR_EVERYONE.some((p) => p.test(right)), right).toBe(false);
    }
  });

  test("safer strategies in pairs read as working with another person, not with a partner", () => {
    expect(templateText("es").saferWorking.pairs).not.toMatch(/pareja/i);
  });
});
