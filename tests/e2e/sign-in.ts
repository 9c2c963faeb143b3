import { expect, type Page } from "@playwright/test";
import { enrolmentCode, nextLoginCode, rememberApp } from "../setup/one-time-codes";

/**
 * After the password: the login's further steps, as its owner would take them, in any interface
 * language. A one-time code from the account's app (tests/setup/one-time-codes.ts plays it), or
 * enrolling an app where the role requires one. Returns once the login is ready.
 */
export async function finishSignIn(page: Page, email: string) {
  // The login form was just sent: wait for its answer before looking where it led.
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
  for (;;) {
    await page.waitForLoadState();
    const path = new URL(page.url()).pathname;
    if (path === "/login/code") {
      await page.locator('input[name="code"]').fill(nextLoginCode(email));
      await submitCodeForm(page);
    } else if (path === "/account/two-factor" && (await page.locator('[data-testid="totp-key"]').count())) {
      const key = (await page.locator('[data-testid="totp-key"]').textContent())!;
      const { code, step } = enrolmentCode(key);
      await page.locator('input[name="code"]').fill(code);
      await submitCodeForm(page);
      const codes = page.locator(".recovery-codes code");
      await expect(codes).toHaveCount(10);
      rememberApp(email, key, await codes.allTextContents(), step);
      await page.locator("main a.button").click();
    } else {
      return;
    }
    await expect(page).not.toHaveURL(new RegExp(`${path}(\\?|$)`));
  }
}

async function submitCodeForm(page: Page) {
  await page.locator('form:has(input[name="code"]) button[type="submit"]').click();
}
