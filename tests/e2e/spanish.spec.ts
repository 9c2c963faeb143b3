import { expect } from "@playwright/test";
import { addYouth, logIn, pdfToText, shot, test } from "./helpers";

/*
 * A Spanish-speaking provider and youth: the interface in Spanish, a Spanish plan filled in the
 * together view, saved as a version, and the Spanish youth copy (and the same copy in English) printed
 * from the preview, read back with pdftotext.
 */

test("a plan made in Spanish from start to printed copy", async ({ page }, testInfo) => {
  const youth = `Luz ${testInfo.project.name}`;
  await logIn(page, "es");
  await shot(page, testInfo, "es-dashboard");
  await addYouth(page, youth, "es", "es");
  await expect(page.getByText("Hoy tenemos varias cosas que hacer. ¿Qué te gustaría hacer primero?")).toBeVisible();
  await shot(page, testInfo, "es-overview");

  await page.getByRole("link", { name: "Trabajar en equipo" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "¿Qué te gustaría hacer primero?" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Salida rápida" })).toBeVisible();
  await shot(page, testInfo, "es-together-start");

  await page.getByRole("link", { name: "Maneras de calmarme", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maneras de calmarme" })).toBeVisible();
  await page.getByLabel("Respirar profundo", { exact: true }).check();
  await page.getByRole("button", { name: "Añadir mi propia idea" }).click();
  await page.getByRole("group", { name: "Mi idea 1", exact: true }).getByLabel("Mi idea", { exact: true }).fill("Escuchar música");
  await shot(page, testInfo, "es-together-coping", false);
  await page.getByRole("button", { name: "Guardar y volver" }).click();
  await expect(page.getByRole("status")).toHaveText("Guardamos “Maneras de calmarme”.");

  await page.getByRole("link", { name: "Sobre este plan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sobre este plan" })).toBeVisible();
  // A field error, in Spanish, at its field and in the summary; what was typed stays.
  const name = page.getByLabel("Nombre o apodo en este plan", { exact: true });
  await name.fill("L".repeat(81));
  await page.getByRole("button", { name: "Guardar y volver" }).click();
  await expect(page.getByRole("alert").getByText("Usa como máximo 80 caracteres, por favor.")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await shot(page, testInfo, "es-together-error", false);
  await name.fill("Luz");
  await page.getByRole("button", { name: "Guardar y volver" }).click();
  await expect(page.getByRole("status")).toHaveText("Guardamos “Sobre este plan”.");

  await page.getByRole("link", { name: "Volver a la vista profesional" }).click();
  await page.getByRole("link", { name: "Revisar y guardar la versión 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Revisar el plan" })).toBeVisible();
  await shot(page, testInfo, "es-review");
  await page.getByRole("button", { name: "Guardar la versión 1" }).click();
  await expect(page.getByRole("status")).toHaveText("Guardada como versión 1.");
  await shot(page, testInfo, "es-version");

  // The copies print from the preview, in either language; the caregiver copy is gone.
  await page.getByRole("link", { name: "Ver qué lleva cada copia y luego imprimir" }).click();
  const youthLink = page.getByRole("link", { name: "Mi plan (copia completa): descargar en español" });
  const youthPdf = await page.request.get((await youthLink.getAttribute("href"))!);
  expect(youthPdf.headers()["content-type"]).toBe("application/pdf");
  const youthText = pdfToText(await youthPdf.body(), `e2e-youth-es-${testInfo.project.name}`);
  for (const expected of ["Mi plan de seguridad", "En una emergencia, llama al 911.", "Maneras de calmarme", "Respirar profundo", "Escuchar música", "¿Lo usaste? ¿Te ayudó?"]) {
    expect(youthText, expected).toContain(expected);
  }
  const englishLink = page.getByRole("link", { name: "Mi plan (copia completa): descargar en inglés" });
  const englishPdf = await page.request.get((await englishLink.getAttribute("href"))!);
  expect(englishPdf.headers()["content-disposition"]).toContain('filename="my-plan-v1-en.pdf"');
  expect(youthPdf.headers()["content-disposition"]).toContain('filename="my-plan-v1-es.pdf"');
  const englishText = pdfToText(await englishPdf.body(), `e2e-youth-en-${testInfo.project.name}`);
  expect(englishText).toContain("My safety plan");
  expect(englishText).toContain("Deep breathing");
  expect(englishText).toContain("Escuchar música");
});
