import { expect, type Locator, type Page } from "@playwright/test";
import { PROVIDER } from "./global-setup";

/* The provider's common steps in the browser. The console and CSP checks live in fixtures.ts. */

export { expect };
export { shot, test } from "./fixtures";

export const exact = { exact: true } as const;
export const group = (scope: Page | Locator, name: string) => scope.getByRole("group", { name, exact: true });
export const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

export async function logIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email", exact).fill(PROVIDER.email);
  await page.getByLabel("Password", exact).fill(PROVIDER.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My youth" })).toBeVisible();
}

export async function addYouth(page: Page, name: string) {
  await page.getByRole("link", { name: "Add a youth" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a youth" })).toBeVisible();
  await page.getByLabel("Name or nickname", exact).fill(name);
  await page.getByLabel("Preferred language").selectOption("en");
  await page.getByRole("button", { name: "Add and open the plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name}’s plan` })).toBeVisible();
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
