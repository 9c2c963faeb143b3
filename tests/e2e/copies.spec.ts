import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { addYouth, logIn, pdfToText, shot, test } from "./helpers";

/*
 * What goes on each copy, with JavaScript on and off: the youth chooses per copy, sees each copy
 * before it prints, prints from the preview, and makes a trusted-adult copy in the adult's
 * language (refused at the field for a person who might be linked). English and Spanish pages.
 */

async function addPerson(page: Page, index: number, nickname: string, codeWord: string, linked = false) {
  await page.getByRole("button", { name: "Add a person", exact: true }).click();
  const person = page.getByRole("group", { name: `Person ${index}`, exact: true });
  await expect(person).toBeVisible();
  await person.getByLabel("Nickname", { exact: true }).fill(nickname);
  await person.getByLabel("How to reach them", { exact: true }).fill(`${nickname} by text`);
  if (codeWord) await person.getByLabel("Code word", { exact: true }).fill(codeWord);
  if (linked) await person.getByLabel(/Might be linked/).check();
}

test("the youth chooses what each copy holds, sees it, and prints it", async ({ page }, testInfo) => {
  await logIn(page, "en");
  const plan = await addYouth(page, `Robin ${testInfo.project.name}`, "en");

  await page.getByRole("link", { name: "People who support me", exact: true }).click();
  await addPerson(page, 1, "Dee", "mango");
  await addPerson(page, 2, "Rico", "", true);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("People who support me");

  // The choices, and the preview on the same page.
  await page.getByRole("link", { name: "What goes on each copy", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What goes on each copy" })).toBeVisible();
  const card = page.locator('article[data-copy="card"]');
  await expect(card).toContainText("Dee");
  await expect(card).not.toContainText("mango");
  await expect(page.locator("article[data-copy]")).not.toContainText(["Rico"]);
  await expect(page.getByText("Only on the provider's copy")).toBeVisible();
  await page.getByRole("checkbox", { name: "Dee: Code word — Pocket card" }).check();
  await shot(page, testInfo, "copies-choices");
  await page.getByRole("button", { name: "Save these choices" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. A version you save now keeps these choices.");
  await expect(page.locator('article[data-copy="card"]')).toContainText("Word: mango");
  await expect(page.getByRole("checkbox", { name: "Dee: Code word — Pocket card" })).toBeChecked();

  // On a phone the choices fit the screen, each box beside its copy's name, and a tap on the name ticks it.
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 740 });
  const table = (await page.locator(".copy-choices table").boundingBox())!;
  const box = (await page.locator(".copy-choices .table-scroll").boundingBox())!;
  expect(table.x + table.width).toBeLessThanOrEqual(box.x + box.width);
  const pocketCard = page.getByRole("checkbox", { name: "Dee: Code word — Pocket card" });
  const tick = page.locator(".table-tick").filter({ has: pocketCard });
  await expect(tick).toHaveText("Pocket card");
  expect((await tick.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await shot(page, testInfo, "copies-choices-phone");
  await tick.getByText("Pocket card").click();
  await expect(pocketCard).not.toBeChecked();
  await tick.getByText("Pocket card").click();
  await expect(pocketCard).toBeChecked();
  await page.setViewportSize(viewport);

  // Save a version; its print buttons lead through the preview.
  await page.goto(`${plan}/review`);
  await page.getByRole("button", { name: "Save version 1" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 1.");
  await page.getByRole("link", { name: "See what each copy holds, then print" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What each copy of version 1 holds" })).toBeVisible();
  await shot(page, testInfo, "version-copies");
  const cardLink = page.getByRole("link", { name: "Pocket card: download in English" });
  const cardPdf = await page.request.get((await cardLink.getAttribute("href"))!);
  expect(cardPdf.headers()["content-disposition"]).toContain('filename="card-en.pdf"');
  const cardText = pdfToText(await cardPdf.body(), `e2e-card-${testInfo.project.name}`);
  expect(cardText).toContain("Word: mango");
  expect(cardText).not.toContain("Rico");

  // A trusted-adult copy: refused at the field for a person who might be linked.
  await page.getByLabel("Who is it for?").selectOption({ label: "Rico" });
  await page.getByRole("button", { name: "Make the copy and download it" }).click();
  await expect(page.locator("#adult-person-error")).toHaveText("A trusted-adult copy can't be made for Rico. Talk with your provider about who to share it with.");
  await expect(page.getByLabel("Who is it for?")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Who is it for?")).toHaveValue(/.+/);
  await shot(page, testInfo, "adult-refused");

  // For Dee, in Spanish: the copy downloads, and the page stays.
  await page.getByLabel("Who is it for?").selectOption({ label: "Dee" });
  await page.getByLabel("Español").check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Make the copy and download it" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("shared-v1-es.pdf");
  const adultText = pdfToText(readFileSync((await file.path())!), `e2e-adult-es-${testInfo.project.name}`);
  expect(adultText).toContain("Mi plan, compartido contigo");
  expect(adultText).not.toContain("mango");
  expect(adultText).not.toContain("Robin");
  await page.goto(`${plan}/versions/1/copies`);
  await expect(page.getByText(/For Dee, in Spanish/)).toBeVisible();
});

test("the preview pages in Spanish", async ({ page }, testInfo) => {
  await logIn(page, "es");
  const plan = await addYouth(page, `Luna ${testInfo.project.name}`, "es", "es");
  await page.getByRole("link", { name: "Qué lleva cada copia", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Qué lleva cada copia" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Qué va a llevar cada copia" })).toBeVisible();
  await page.goto(`${plan}/review`);
  await page.getByRole("button", { name: "Guardar la versión 1" }).click();
  await page.getByRole("link", { name: "Ver qué lleva cada copia y luego imprimir" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Qué lleva cada copia de la versión 1" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Copia discreta (“Mis notas”): descargar en español" })).toBeVisible();
  await shot(page, testInfo, "es-version-copies");
});
