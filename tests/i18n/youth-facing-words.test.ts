import { describe, expect, test } from "vitest";
import { LANGUAGES } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { leaves } from "./strings";
import { EXPLOITED_LABELS, matches, providerPreciseTexts, SECRECY_PROMISES, youthFacingTexts } from "./youth-facing";

/*
 * Decision 042 over the catalogues: no text promises a youth secrecy, and no text a youth reads
 * names them as exploited. The together view's pages and the printed youth copies are checked
 * the same way in tests/routes/youth-facing-pages.test.ts and tests/pdf/youth-facing-copies.test.ts.
 */

describe("the patterns", () => {
  test("catch the promises that were in the product and others like them", () => {
    for (const promise of [
      "Help that keeps your secrets, any time, in many languages",
      "Ayuda que guarda tus secretos, a cualquier hora, en muchos idiomas",
      "Everything you say is confidential.",
      "Todo es confidencial.",
      "You can stay anonymous.",
      "Puedes llamar de forma anónima.",
      "No one will ever know you called.",
      "Nadie va a saber que llamaste.",
      "We won't tell anyone.",
      "No le diremos a nadie.",
      "This stays between us.",
      "Esto queda entre tú y yo.",
      "It is 100% private.",
      "Es totalmente privado.",
    ]) {
      expect(matches(SECRECY_PROMISES, promise), promise).not.toEqual([]);
    }
  });

  test("let truthful descriptions through", () => {
    for (const truthful of [
      "Free help by call or text, any time. You don't have to give your name.",
      "They may share what you tell them when the law says they must.",
      "Ayuda gratis. No tienes que dar tu nombre.",
      "Pueden contar lo que les dices cuando la ley lo pide.",
      "I respect your privacy, we can talk about some strategies without going into details, does that sound ok?",
    ]) {
      expect(matches(SECRECY_PROMISES, truthful), truthful).toEqual([]);
    }
  });

  test("catch labels that name the youth as exploited, in both languages", () => {
    for (const label of ["If the person exploiting me gets in touch", "Si la persona que me explota me busca", "victim services", "víctima", "I was trafficked"]) {
      expect(matches(EXPLOITED_LABELS, label), label).not.toEqual([]);
    }
    expect(matches(EXPLOITED_LABELS, "If someone I want to stay away from gets in touch")).toEqual([]);
  });
});

describe.each(LANGUAGES)("youth-facing texts in %s", (language) => {
  const texts = youthFacingTexts(language);

  test("are many (the list is not empty by mistake)", () => {
    expect(texts.length).toBeGreaterThan(150);
  });

  test("promise no secrecy", () => {
    expect(texts.filter((t) => matches(SECRECY_PROMISES, t.text).length).map((t) => `${t.path}: ${t.text}`)).toEqual([]);
  });

  test("never name the youth as exploited, trafficked or a victim", () => {
    expect(texts.filter((t) => matches(EXPLOITED_LABELS, t.text).length).map((t) => `${t.path}: ${t.text}`)).toEqual([]);
  });

  test("the provider's words keep the precise terms", () => {
    for (const t of providerPreciseTexts(language)) expect(matches(EXPLOITED_LABELS, t.text), t.path).not.toEqual([]);
  });

  test("no template text at all promises secrecy, not even the provider's tips", () => {
    const all = leaves(templateText(language));
    expect(all.filter((t) => matches(SECRECY_PROMISES, t.text).length).map((t) => `${t.path}: ${t.text}`)).toEqual([]);
  });
});
