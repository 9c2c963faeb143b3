import { expect } from "@playwright/test";
import { addYouth, logIn, shot, test } from "./helpers";

/*
 * Decision 042 in the browser, with JavaScript ("js") and without ("no-js"): the work questions
 * wait behind the youth's choice to talk about safer strategies, the provider's tips box shows
 * that it opens and whose words each tip is, and the together view in both languages.
 */

test("the work questions show in the together view only after the youth chooses safer strategies; the provider's form always has them", async ({ page }, testInfo) => {
  await logIn(page);
  const planPath = await addYouth(page, `Ash ${testInfo.project.name}`, "en");

  // The provider's form: every toolkit question, and the tips box says it opens.
  await page.goto(`${planPath}/sections/questions`);
  await expect(page.getByLabel("When you are working, how do you usually meet buyers (clients, dates)?")).toBeVisible();
  const tips = page.locator("details.tips");
  await expect(tips.locator("summary")).toContainText("(click to open)");
  const marker = await tips.locator("summary").evaluate((summary) => getComputedStyle(summary, "::before").content);
  expect(marker).toContain("\u25B8");
  await expect(tips.getByText("Support youth to identify and resolve ambivalence.", { exact: false })).toBeHidden();
  await tips.locator("summary").click();
  await expect(tips.getByText("Support youth to identify and resolve ambivalence.", { exact: false })).toBeVisible();
  await expect(tips.locator('li[data-source="toolkit"] .tag').first()).toHaveText("toolkit");
  await expect(tips.locator('li[data-source="ours"] .tag').first()).toHaveText("our suggestion");
  await shot(page, testInfo, "provider-questions-tips");

  // Together view: no questions about buyers or work until the youth chooses.
  await page.goto(`${planPath}/together/questions`);
  await expect(page.getByLabel("How have you kept yourself safe before?", { exact: true })).toBeVisible();
  await expect(page.getByText("how do you meet buyers", { exact: false })).toHaveCount(0);
  await expect(page.getByText("Where do you most often work?", { exact: false })).toHaveCount(0);
  await expect(page.getByText("You can choose that in “Safer strategies”.", { exact: false })).toBeVisible();
  await shot(page, testInfo, "together-questions-closed");
  await page.getByRole("button", { name: "Save and go back" }).click();
  await page.getByRole("link", { name: "Safer strategies", exact: true }).click();
  await page.getByLabel("I want to talk about safer strategies").check();
  await page.getByRole("button", { name: "Save and go back" }).click();
  await expect(page.getByRole("status")).toHaveText("We saved “Safer strategies”.");

  await page.getByRole("link", { name: "Safety questions", exact: true }).click();
  await expect(page.getByLabel("If you are working, how do you meet buyers? (They may be called clients or dates.)")).toBeVisible();
  await expect(page.getByLabel("Where do you most often work? (A street, a hotel, a house.)")).toBeVisible();
});

test("the together view in Spanish: a neutral situation title and a Spanish hotline, with no English left", async ({ page }, testInfo) => {
  await logIn(page, "es");
  const planPath = await addYouth(page, `Luz ${testInfo.project.name}`, "es", "es");
  await page.goto(`${planPath}/together/situations`);
  await expect(page.getByText("Si me busca alguien de quien me quiero alejar", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("explota", { exact: false })).toHaveCount(0);
  await shot(page, testInfo, "together-situations-es");
  await page.goto(`${planPath}/together/resources`);
  await expect(page.getByText("Línea Nacional contra la Trata de Personas", { exact: false })).toBeVisible();
  await expect(page.getByText("Childhelp (fuera del condado de LA)", { exact: false })).toBeVisible();
  await expect(page.getByText("secret", { exact: false })).toHaveCount(0);
  await shot(page, testInfo, "together-resources-es");
});

test("the together view in English says what can happen when you call", async ({ page }, testInfo) => {
  await logIn(page);
  const planPath = await addYouth(page, `Kit ${testInfo.project.name}`, "en");
  await page.goto(`${planPath}/together/resources`);
  await expect(page.getByText("If you are under 18, they may have to report that a child is being hurt.", { exact: false })).toBeVisible();
  await expect(page.getByText("keeps your secrets", { exact: false })).toHaveCount(0);
  await shot(page, testInfo, "together-resources-en");
});
