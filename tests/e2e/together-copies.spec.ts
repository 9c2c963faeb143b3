import { expect } from "@playwright/test";
import { addYouth, logIn, shot, test } from "./helpers";

/*
 * Issue 11, point 7, in the youth's hands: with the screen handed over, the youth opens "What goes
 * on each paper" from the together view, sees what each copy will hold, changes a choice and sees
 * the preview follow; the provider's pages still ask for the password. JavaScript on and off,
 * English and Spanish.
 */
const WORDS = {
  en: {
    handOver: "Hand the screen to the youth",
    copiesCard: "What goes on each paper",
    title: "What goes on each copy",
    coping: "Coping strategies",
    breathing: "Deep breathing",
    save: "Save and go back",
    adultTick: "Coping strategies \u2014 Trusted-adult copy",
    saveChoices: "Save these choices",
    saved: "Saved. A version you save now keeps these choices.",
    providerView: "Back to the provider view",
    unlock: "Provider view",
  },
  es: {
    handOver: "Darle la pantalla a la persona joven",
    copiesCard: "Qué va en cada papel",
    title: "Qué lleva cada copia",
    coping: "Maneras de calmarme",
    breathing: "Respirar profundo",
    save: "Guardar y volver",
    adultTick: "Maneras de calmarme \u2014 en Copia para una persona adulta de confianza",
    saveChoices: "Guardar estas opciones",
    saved: "Guardado. La versión que guardes ahora lleva estas opciones.",
    providerView: "Volver a la vista profesional",
    unlock: "Vista profesional",
  },
} as const;

for (const language of ["en", "es"] as const) {
  test(`the youth sees and chooses what each copy holds while the screen is handed over (${language})`, async ({ page }, testInfo) => {
    const w = WORDS[language];
    await logIn(page, language);
    const planPath = await addYouth(page, `Mar ${language} ${testInfo.project.name}`, language, language);
    await page.getByRole("button", { name: w.handOver }).click();
    // The plan overview has a link of the same name (the provider's section): wait for the together view.
    await expect(page).toHaveURL(new RegExp(`${planPath}/together$`));
    await page.getByRole("link", { name: w.coping, exact: true }).click();
    await page.getByLabel(w.breathing, { exact: true }).check();
    await page.getByRole("button", { name: w.save }).click();

    await page.getByRole("link", { name: w.copiesCard }).click();
    await expect(page.getByRole("heading", { level: 1, name: w.title })).toBeVisible();
    const adultPreview = page.locator('article[data-copy="adult"]');
    await expect(adultPreview.getByText(w.breathing)).toBeVisible();
    await shot(page, testInfo, `together-copies-${language}`);

    await page.getByRole("checkbox", { name: w.adultTick }).uncheck();
    await page.getByRole("button", { name: w.saveChoices }).click();
    await expect(page.getByRole("status")).toHaveText(w.saved);
    await expect(adultPreview.getByText(w.breathing)).toHaveCount(0);
    await expect(page.locator('article[data-copy="youth"]').getByText(w.breathing)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: w.adultTick })).not.toBeChecked();
    await shot(page, testInfo, `together-copies-saved-${language}`);

    // Still handed over: the provider's own copies page asks for the password.
    await page.goto(`${planPath}/copies`);
    await expect(page.getByRole("heading", { level: 1, name: w.unlock })).toBeVisible();
    await expect(page.getByLabel(language === "es" ? "Contraseña" : "Password", { exact: true })).toBeVisible();
  });
}
