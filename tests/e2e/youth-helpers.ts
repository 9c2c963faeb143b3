import { expect, type Page } from "@playwright/test";
import { PROVIDER } from "./global-setup";
import { finishSignIn } from "./sign-in";
export { shot, test } from "./fixtures";

/**
 * Logs in (the provider unless another account is given); with `language` "es" it first switches
 * the interface to Spanish on the login page.
 */
export async function logIn(page: Page, language: "en" | "es" = "en", account: { email: string; password: string } = PROVIDER) {
  await page.goto("/login");
  if (language === "es" && (await page.getByRole("button", { name: "Español" }).count())) {
    await page.getByRole("button", { name: "Español" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
  }
  if (language === "en" && (await page.getByRole("button", { name: "English" }).count())) {
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  }
  const es = language === "es";
  await page.getByLabel(es ? "Correo electrónico" : "Email", { exact: true }).fill(account.email);
  await page.getByLabel(es ? "Contraseña" : "Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: es ? "Iniciar sesión" : "Log in" }).click();
  await finishSignIn(page, account.email);
  if (account === PROVIDER) await expect(page.getByRole("heading", { level: 1, name: es ? "Mis jóvenes" : "My youth" })).toBeVisible();
  else await expect(page.getByRole("button", { name: es ? "Cerrar sesión" : "Log out" })).toBeVisible();
}

/** Adds a youth from the dashboard and waits for the plan overview; returns the plan's path. */
export async function addYouth(page: Page, name: string, planLanguage: "en" | "es", ui: "en" | "es" = "en"): Promise<string> {
  const es = ui === "es";
  await page.getByRole("link", { name: es ? "Añadir una persona joven" : "Add a youth" }).click();
  await page.getByLabel(es ? "Nombre o apodo" : "Name or nickname", { exact: true }).fill(name);
  await page.getByLabel(es ? "Idioma preferido" : "Preferred language").selectOption(planLanguage);
  await page.getByRole("button", { name: es ? "Añadir y abrir el plan" : "Add and open the plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: es ? `Plan de ${name}` : `${name}’s plan` })).toBeVisible();
  return new URL(page.url()).pathname;
}
