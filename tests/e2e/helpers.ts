import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { test as base, expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { PROVIDER } from "./global-setup";
import { REPO_ROOT } from "./playwright.config";

/* What every browser test shares: the console-error check, screenshots, and the provider's common steps. */

const SCREENSHOTS = join(REPO_ROOT, "tests/.output/screenshots");

/** Fails a test on a page error or a console error (e.g. a hydration mismatch). */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        // Chromium logs every 4xx answer as a console error; refused forms answer 400 and 409 on purpose.
        if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
      });
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export async function shot(page: Page, testInfo: TestInfo, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${testInfo.project.name}-${name}.png`), fullPage: true });
}

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

export { expect };
