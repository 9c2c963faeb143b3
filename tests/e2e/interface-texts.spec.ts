import { expect, type Page } from "@playwright/test";
import { uiEn, type UiText } from "../../app/i18n/ui.en";
import { uiEs } from "../../app/i18n/ui.es";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { addYouth, hydrated, logIn, shot, test } from "./helpers";

/*
 * The browser gets the interface texts a page shows, not whole catalogues (app/i18n/ui.ts): the
 * shared group and the groups the page's routes declare, in the languages the page shows. An
 * English page loads English groups only; a Spanish plan opened from it brings the Spanish groups
 * in during the navigation, and a page that shows both loads both before it hydrates. A form
 * refused by the server shows its message in the form's language, in place.
 */

/** The interface-text chunks (app/i18n/ui/<group>.<language>.ts) the page has asked the server for, as "group.language". */
function uiTextRequests(page: Page): Set<string> {
  const seen = new Set<string>();
  page.on("request", (request) => {
    const chunk = /\/build\/.*\/([a-z]+)\.(en|es)-[A-Z0-9]+\.js$/.exec(request.url());
    // text.<language> is the plan template's (below).
    if (chunk && chunk[1] !== "text") seen.add(`${chunk[1]}.${chunk[2]}`);
  });
  return seen;
}

const languagesOf = (requests: Set<string>) => [...new Set([...requests].map((request) => request.split(".")[1]))].sort();

/** The groups this page's routes declare (root.tsx names them on <body>), with the shared one, in a language. */
async function declaredGroups(page: Page, language: string): Promise<string[]> {
  const named = ((await page.locator("body").getAttribute("data-ui-groups")) ?? "").split(" ").filter(Boolean);
  return ["shared", ...named].map((group) => `${group}.${language}`).sort();
}

/** The languages the page shows: the document's and those of parts marked with another (a plan in the youth's language), the language switch's names aside. */
const languagesShown = (page: Page) =>
  page.evaluate(() => [...new Set([document.documentElement, ...document.body.querySelectorAll("[lang]:not(.language-switch [lang])")].map((e) => e.getAttribute("lang")!))].sort());

test("each page loads the interface texts of the languages it shows, and a refused form answers in the form's language", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "without JavaScript no script loads at all");
  const catalogues = uiTextRequests(page);
  await logIn(page);
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  expect(languagesOf(catalogues)).toEqual(["en"]);
  // The login page's groups, then the dashboard's: nothing of the plan pages, the admin's or the together view.
  expect([...catalogues].sort()).toEqual(["account.en", "lists.en", "shared.en"]);

  const youth = `Sol texts`;
  const plan = await addYouth(page, youth, "es");
  // The together view of a Spanish plan is in Spanish: reached by a client navigation, whose
  // render waits for the Spanish groups.
  await page.getByRole("link", { name: "Work on it together" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "¿Qué te gustaría hacer primero?" })).toBeVisible();
  expect(languagesOf(catalogues)).toEqual(["en", "es"]);
  expect([...catalogues].filter((request) => request.endsWith(".es")).sort()).toEqual(["shared.es", "together.es"]);

  // A first load of a page in both languages: its groups in both before hydration, no mismatch
  // (the fixture fails the test on any console error).
  catalogues.clear();
  await page.goto(`${plan}/together/about`);
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  expect([...catalogues].sort()).toEqual([...(await declaredGroups(page, "en")), ...(await declaredGroups(page, "es"))].sort());

  // Checked on the server (decision 023), answered in place with the Spanish message at the field:
  // one post, no new document, what was typed kept.
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(new URL(request.url()).pathname);
  });
  await page.evaluate(() => document.documentElement.setAttribute("data-test-same-document", ""));
  const name = page.getByLabel("Nombre o apodo en este plan", { exact: true });
  await name.fill("L".repeat(81));
  await page.getByRole("button", { name: "Guardar y volver" }).click();
  await expect(page.locator("#section-about-nameOnPlan-error")).toHaveText("Usa como máximo 80 caracteres, por favor.");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveValue("L".repeat(81));
  await expect(page.locator("html")).toHaveAttribute("data-test-same-document", "");
  expect(posts).toEqual([`${plan}/together/about.data`]);
});

test("every kind of page hydrates with its own groups of texts, in Spanish and in English", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "without JavaScript no script loads at all");
  await logIn(page, "es");
  const name = "Luz grupos";
  const plan = await addYouth(page, name, "es", "es");
  const requests = uiTextRequests(page);
  const es = templateText("es");
  const visits: [path: string, heading: (ui: UiText) => string][] = [
    ["/dashboard", (ui) => ui.dashboard.title],
    ["/youth/new", (ui) => ui.newYouth.title],
    [plan, (ui) => ui.overview.title(name)],
    [`${plan}/sections/people`, () => es.sections.people.title],
    [`${plan}/versions`, (ui) => ui.versions.title],
    [`${plan}/copies`, (ui) => ui.copies.title],
    // The together view is in the plan's language (Spanish), whatever the interface's.
    [`${plan}/together`, () => uiEs.together.title(name)],
    ["/account/two-factor", (ui) => ui.shell.security],
  ];
  for (const language of ["es", "en"] as const) {
    const ui = language === "es" ? uiEs : uiEn;
    for (const [path, heading] of visits) {
      requests.clear();
      await page.goto(path);
      await hydrated(page);
      // Rendered by the server and kept by hydration (a mismatch is a console error: the fixture fails the test).
      await expect(page.getByRole("heading", { level: 1, name: heading(ui) }), path).toBeVisible();
      const shown = await languagesShown(page);
      expect(shown, path).toContain(language);
      const expected = (await Promise.all(shown.map((l) => declaredGroups(page, l)))).flat().sort();
      expect([...requests].sort(), path).toEqual(expected);
      if (language === "es" && (path === plan || path.endsWith("/sections/people"))) await shot(page, testInfo, `texts-es-${path === plan ? "overview" : "section"}`);
    }
    if (language === "es") {
      // Switching the language after hydration brings the other language's groups in, then renders with them.
      await page.goto("/dashboard");
      await hydrated(page);
      requests.clear();
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.getByRole("heading", { level: 1, name: uiEn.dashboard.title })).toBeVisible();
      expect([...requests].sort()).toEqual(["lists.en", "shared.en"]);
    }
  }
});

/** The plan-template text chunks (app/i18n/plan-text.ts) the page has asked the server for, by language. */
function planTextRequests(page: Page): Set<string> {
  const seen = new Set<string>();
  page.on("request", (request) => {
    const language = /\/build\/.*\/text\.(en|es)-[A-Z0-9]+\.js$/.exec(request.url())?.[1];
    if (language) seen.add(language);
  });
  return seen;
}

test("the plan template's texts come only to pages that show them, in the plan's language", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "without JavaScript no script loads at all");
  const texts = planTextRequests(page);
  await logIn(page);
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  expect([...texts]).toEqual([]);

  const plan = await addYouth(page, "Sol plan texts", "es");
  // A first load of a Spanish plan's overview in the English interface: the Spanish texts only,
  // before hydration (the fixture fails the test on a hydration mismatch).
  texts.clear();
  await page.goto(plan);
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  expect([...texts]).toEqual(["es"]);
  await expect(page.getByRole("link", { name: /Sobre este plan/ })).toBeVisible();

  // A page without them asks for none.
  texts.clear();
  await page.goto("/dashboard");
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  expect([...texts]).toEqual([]);
});
