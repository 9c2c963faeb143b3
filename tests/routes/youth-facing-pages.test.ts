import { describe, expect, it } from "vitest";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { demoPlanContent, PROVIDER_ONLY_SECTIONS, SECTION_IDS, type Language } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { RESOURCES } from "../../templates/resources/directory";
import { EXPLOITED_LABELS, matches, SECRECY_PROMISES } from "../i18n/youth-facing";
import { get, html, LANGUAGE_COOKIE, post, signedInApp, visibleText } from "../setup/handler";

/*
 * Decision 042 on the pages a youth sees (the together view), in both languages, and the Spanish
 * fixes of issue 11 on the provider's pages.
 */

const { handle, people, cookie: session } = await signedInApp();

const YOUTH_SECTIONS = SECTION_IDS.filter((s) => !PROVIDER_ONLY_SECTIONS.includes(s));

/** A plan holding the demo plan's content (every section filled in) in the given language. */
function demoPlan(language: Language, changes: Partial<typeof demoPlanContent> = {}) {
  const { planId } = createYouthWithPlan(people.provider, { chosenName: "Wren", preferredLanguage: language });
  const content = { ...demoPlanContent, about: { ...demoPlanContent.about, language }, ...changes };
  SECTION_IDS.forEach((section, i) => {
    const saved = saveSection(people.provider, planId, section, content[section], i);
    if (saved.status !== "saved") throw new Error(`fixture: ${section} not saved`);
  });
  return planId;
}

async function page(path: string, cookie = session) {
  const response = await handle(get(path, cookie));
  expect(response.status, path).toBe(200);
  return html(response);
}

describe.each(["en", "es"] as const)("the together view in %s", (language) => {
  it("promises no secrecy and never names the youth as exploited, on every page", async () => {
    const planId = demoPlan(language);
    for (const path of ["", ...YOUTH_SECTIONS.map((s) => `/${s}`), "/copies"]) {
      const text = visibleText(await page(`/plans/${planId}/together${path}`));
      expect(matches(SECRECY_PROMISES, text), path || "/").toEqual([]);
      expect(matches(EXPLOITED_LABELS, text), path || "/").toEqual([]);
    }
  });

  it("shows the neutral situation title to the youth, the precise one on the provider's form", async () => {
    const planId = demoPlan(language);
    const text = templateText(language).situations["exploiter-contact"];
    const youth = visibleText(await page(`/plans/${planId}/together/situations`));
    expect(youth).toContain(text.title);
    const provider = visibleText(await page(`/plans/${planId}/sections/situations`));
    expect(provider).toContain(text.providerTitle);
  });
});

describe.each(["en", "es"] as const)("where each resource comes from (%s)", (language) => {
  it("is told to the provider on the resources form, per entry, and not in the youth's view", async () => {
    const planId = demoPlan(language);
    const { resourceSource } = templateText(language);
    const provider = visibleText(await page(`/plans/${planId}/sections/resources`));
    const count = (text: string, phrase: string) => text.split(phrase).length - 1;
    expect(count(provider, resourceSource.toolkit)).toBe(RESOURCES.filter((r) => r.numberFrom === "toolkit").length);
    expect(count(provider, resourceSource.publicListing)).toBe(RESOURCES.filter((r) => r.numberFrom === "public-listing").length);
    const youth = visibleText(await page(`/plans/${planId}/together/resources`));
    expect(youth).not.toContain(resourceSource.toolkit);
    expect(youth).not.toContain(resourceSource.publicListing);
  });
});

describe("the work questions in the together view", () => {
  const text = templateText("en");
  const workAnswer = "Only regulars I already know";

  it("are behind the choice to talk about safer strategies; the provider's form keeps them, with the tip", async () => {
    const planId = demoPlan("en", {
      "safer-working": { wanted: false, chosen: [], own: [] },
      questions: { ...demoPlanContent.questions, q2: { text: workAnswer, keepOffPrint: true } },
    });
    const youth = await page(`/plans/${planId}/together/questions`);
    for (const id of ["q2", "q3", "q4"] as const) expect(visibleText(youth), id).not.toContain(text.youthQuestions[id]);
    expect(youth).toContain(text.youthQuestions.q1);
    expect(youth).not.toContain(workAnswer);
    expect(youth).toContain('data-testid="work-questions-closed"');
    expect(visibleText(youth)).toContain("You can choose that in “Safer strategies”.");

    const provider = visibleText(await page(`/plans/${planId}/sections/questions`));
    for (const id of ["q2", "q3", "q4"] as const) expect(provider, id).toContain(text.questions[id]);
    expect(provider).toContain(workAnswer);
    expect(provider).toContain("the questions about buyers and work show only once the youth has chosen to talk about safer strategies");
  });

  it("keep the provider's answers when the youth saves the questions without them", async () => {
    const planId = demoPlan("en", {
      "safer-working": { wanted: false, chosen: [], own: [] },
      questions: { ...demoPlanContent.questions, q2: { text: workAnswer, keepOffPrint: true } },
    });
    const { revision } = getPlan(people.provider, planId)!;
    const saved = await handle(post(`/plans/${planId}/together/questions`, { revision: String(revision), "q1.text": "I stay close to Dee", "q2.text": "smuggled in" }, session));
    expect(saved.status).toBe(302);
    const questions = getPlan(people.provider, planId)!.draft.questions;
    expect(questions.q1.text).toBe("I stay close to Dee");
    expect(questions.q2).toEqual({ text: workAnswer, keepOffPrint: true });
  });

  it("open once the youth chose to talk about safer strategies", async () => {
    const planId = demoPlan("en");
    const youth = await page(`/plans/${planId}/together/questions`);
    for (const id of ["q2", "q3", "q4"] as const) expect(visibleText(youth), id).toContain(text.youthQuestions[id]);
    expect(youth).not.toContain('data-testid="work-questions-closed"');
  });
});

describe("Spanish on the provider's pages", () => {
  it("names the hidden Save button of a Spanish plan's section form in Spanish, on every section", async () => {
    const planId = demoPlan("es");
    for (const section of YOUTH_SECTIONS) {
      const together = await page(`/plans/${planId}/together/${section}`);
      expect(together, section).toMatch(/class="visually-hidden"[^>]*>Guardar<\/button>/);
      expect(together, section).not.toMatch(/>Save</);
    }
  });

  it("says which language is which when the interface is Spanish and the plan English", async () => {
    const planId = demoPlan("en");
    const spanish = `${session}; ${LANGUAGE_COOKIE.es}`;
    for (const path of [`/plans/${planId}`, `/plans/${planId}/sections/people`, `/plans/${planId}/review`]) {
      expect(visibleText(await page(path, spanish)), path).toContain(
        "Este plan está en inglés, el idioma de la persona joven: sus preguntas, etiquetas y respuestas están en inglés. El resto de la página está en español.",
      );
      expect(await page(path, `${session}; ${LANGUAGE_COOKIE.en}`), path).not.toContain("plan-language-note");
    }
  });

  it("counts with the language's plural rules", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Uno", preferredLanguage: "es" });
    saveSection(people.provider, planId, "go-bag", { chosen: ["keys"], own: [] }, 0);
    saveSection(people.provider, planId, "coping", { chosen: ["deep-breathing", "journaling"], own: [] }, 1);
    const overview = visibleText(await page(`/plans/${planId}`, `${session}; ${LANGUAGE_COOKIE.es}`));
    expect(overview).toContain("1 elemento añadido");
    expect(overview).toContain("2 elementos añadidos");
    expect(overview).not.toContain("1 añadidos");
  });

  it("says there is no saved version yet, in words that make sense, in both languages", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Nadie", preferredLanguage: "en" });
    const en = visibleText(await page(`/plans/${planId}/versions/compare`, `${session}; ${LANGUAGE_COOKIE.en}`));
    expect(en).toContain("No version of this plan is saved yet: nothing to compare.");
    expect(en).not.toContain("only no saved version");
    const es = visibleText(await page(`/plans/${planId}/versions/compare`, `${session}; ${LANGUAGE_COOKIE.es}`));
    expect(es).toContain("Todavía no hay ninguna versión guardada de este plan: no hay nada que comparar.");
  });
});

describe("the first visit's interface language", () => {
  const loginLanguage = async (headers: Record<string, string>) => {
    const response = await handle(new Request("http://127.0.0.1:3000/login", { headers }));
    return /<html lang="(\w+)"/.exec(await html(response))?.[1];
  };

  it("follows the browser's Accept-Language until a language is chosen", async () => {
    expect(await loginLanguage({ "Accept-Language": "es-MX,es;q=0.9,en;q=0.8" })).toBe("es");
    expect(await loginLanguage({ "Accept-Language": "en-US,en;q=0.9" })).toBe("en");
    expect(await loginLanguage({ "Accept-Language": "fr-FR,fr;q=0.9" })).toBe("en");
    expect(await loginLanguage({ "Accept-Language": "es;q=0.2,en;q=0.8" })).toBe("en");
    expect(await loginLanguage({})).toBe("en");
    // A chosen language wins over the browser's.
    expect(await loginLanguage({ "Accept-Language": "es-MX", Cookie: LANGUAGE_COOKIE.en })).toBe("en");
    expect(await loginLanguage({ "Accept-Language": "en-US", Cookie: LANGUAGE_COOKIE.es })).toBe("es");
  });
});
