import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { PROVIDER } from "./global-setup";
import { REPO_ROOT } from "./playwright.config";
import { test } from "./fixtures";
import { finishSignIn } from "./sign-in";

/* Common steps in the browser, in either interface language. The console and CSP checks live in fixtures.ts. */

export { expect };
export { shot, test } from "./fixtures";

export const exact = { exact: true } as const;
export const group = (scope: Page | Locator, name: string) => scope.getByRole("group", { name, exact: true });
export const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/**
 * With JavaScript, waits until React has hydrated the page (root.tsx marks <html>). A key pressed
 * while React 18 hydrates inside a transition can end hydration with its error #345 (an upstream
 * bug: react PR 25494), which the console-error fixture rightly fails; a test types after it.
 */
export async function hydrated(page: Page) {
  if (test.info().project.name !== "no-js") await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/**
 * Logs in (the provider unless another account is given); with `language` "es" it first switches
 * the interface to Spanish on the login page.
 */
export async function logIn(page: Page, language: "en" | "es" = "en", account: { email: string; password: string } = PROVIDER) {
  await page.goto("/login");
  await hydrated(page);
  if (language === "es" && (await page.getByRole("button", { name: "Español" }).count())) {
    await page.getByRole("button", { name: "Español" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeVisible();
    await hydrated(page);
  }
  if (language === "en" && (await page.getByRole("button", { name: "English" }).count())) {
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
    await hydrated(page);
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
export async function addYouth(page: Page, name: string, planLanguage: "en" | "es" = "en", ui: "en" | "es" = "en"): Promise<string> {
  const es = ui === "es";
  await page.getByRole("link", { name: es ? "Añadir una persona joven" : "Add a youth" }).click();
  await page.getByLabel(es ? "Nombre o apodo" : "Name or nickname", { exact: true }).fill(name);
  await page.getByLabel(es ? "Idioma preferido" : "Preferred language").selectOption(planLanguage);
  await page.getByRole("button", { name: es ? "Añadir y abrir el plan" : "Add and open the plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: es ? `Plan de ${name}` : `${name}’s plan` })).toBeVisible();
  return new URL(page.url()).pathname;
}

export async function openSection(page: Page, title: string) {
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

export async function saveSection(page: Page, title: string) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved “${title}” to the draft.`);
}

/** Clicks an add button and waits until the new item's fieldset is on the page. */
export async function addItem(scope: Page | Locator, button: string, item: string) {
  await scope.getByRole("button", { name: button, exact: true }).click();
  const added = group(scope, item);
  await expect(added).toBeVisible();
  return added;
}

export async function backToOverview(page: Page, youth: string) {
  await page.getByRole("link", { name: youth, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${youth}’s plan` })).toBeVisible();
}

const PDF_DIR = join(REPO_ROOT, "tests/.output/pdf");

/** A downloaded PDF's text as pdftotext reads it, whitespace folded; the PDF stays in tests/.output/pdf for review. */
export function pdfToText(bytes: Buffer, name: string): string {
  mkdirSync(PDF_DIR, { recursive: true });
  const file = join(PDF_DIR, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}
