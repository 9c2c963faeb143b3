import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { REPO_ROOT } from "./playwright.config";

const SCREENSHOTS = join(REPO_ROOT, "tests/.output/screenshots");

/**
 * Fails a test on a page error, a console error (e.g. a hydration mismatch) or any Content
 * Security Policy violation the page reports.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // Reported through the console (below), not page.exposeFunction: Playwright's binding
      // itself uses eval, which our CSP rightly refuses.
      await page.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`)),
      );
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

/**
 * Saves a screenshot for a person to look at. `fullPage: false` where a form is filled in next:
 * with JavaScript, a full-page capture right after adding a list item in the together view left
 * the next Save click without a submission (seen in Chromium 2026-11; not understood yet).
 */
export async function shot(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${testInfo.project.name}-${name}.png`), fullPage });
}

