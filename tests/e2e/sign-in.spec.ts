import { expect, type Page } from "@playwright/test";
import { enrolmentCode, nextLoginCode, rememberApp } from "../setup/one-time-codes";
import { shot, test } from "./fixtures";
import { ADMIN } from "./global-setup";
import { finishSignIn } from "./sign-in";

/*
 * A new supervisor's first logins, with JavaScript on and off: the password the admin chose is
 * replaced first, then a one-time-code app is enrolled from the QR page's key, then logins ask
 * for a code, a recovery code works once, and the supervisor changes their own password.
 */

const exact = { exact: true } as const;

async function submitLogin(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email", exact).fill(email);
  await page.getByLabel("Password", exact).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
}

test("a new supervisor replaces the admin's password, enrols an app, logs in with a code and with a recovery code, and changes their password", async ({ page }, testInfo) => {
  const email = `supervisor-${testInfo.project.name}@e2e.local`;
  const given = "handed over in person today";
  const own = "my own lantern by the harbour";
  const newer = "another quiet evening walk home";

  await submitLogin(page, ADMIN.email, ADMIN.password);
  await finishSignIn(page, ADMIN.email);
  await page.getByLabel("Name", exact).fill(`Sup ${testInfo.project.name}`);
  await page.getByLabel("Email", exact).fill(email);
  await page.getByLabel("Role").selectOption("supervisor");
  await page.getByLabel("First password").fill("password1234");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByText("This password is too common or too easy to guess.").first()).toBeVisible();
  await page.getByLabel("First password").fill(given);
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByText("Account created.")).toBeVisible();
  await logOut(page);

  // First login: the admin's password must be replaced before anything else.
  await submitLogin(page, email, given);
  await expect(page.getByRole("heading", { level: 1, name: "Change your password" })).toBeVisible();
  await expect(page.getByText("An admin set your password.")).toBeVisible();
  await page.getByLabel("Current password").fill(given);
  await page.getByLabel("New password").fill("aaaaaaaaaaaa");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("This password is too common or too easy to guess.").first()).toBeVisible();
  await page.getByLabel("Current password").fill(given);
  await page.getByLabel("New password").fill(own);
  await page.getByRole("button", { name: "Save the new password" }).click();

  // Then the one-time-code app: the page shows a QR code and the key to type.
  await expect(page.getByRole("heading", { level: 1, name: "Set up one-time codes" })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  await shot(page, testInfo, "enrol-one-time-codes");
  const key = (await page.getByTestId("totp-key").textContent())!;
  await page.getByLabel("One-time code or recovery code").fill("000000");
  await page.getByRole("button", { name: "Turn on one-time codes" }).click();
  await expect(page.getByText("That code did not work.").first()).toBeVisible();
  const { code, step } = enrolmentCode(key);
  await page.getByLabel("One-time code or recovery code").fill(code);
  await page.getByRole("button", { name: "Turn on one-time codes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your recovery codes" })).toBeVisible();
  const recoveryCodes = await page.locator(".recovery-codes code").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await shot(page, testInfo, "recovery-codes");
  rememberApp(email, key, recoveryCodes.slice(1), step);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await logOut(page);

  // A login with a code from the app.
  await submitLogin(page, email, own);
  await expect(page.getByRole("heading", { level: 1, name: "Your one-time code" })).toBeVisible();
  await shot(page, testInfo, "login-code");
  await page.getByLabel("One-time code or recovery code").fill(nextLoginCode(email));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await logOut(page);

  // A login with a recovery code: it works once, and the page says how many are left.
  await submitLogin(page, email, own);
  await page.getByLabel("One-time code or recovery code").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("You logged in with a recovery code. 9 left")).toBeVisible();
  await logOut(page);
  await submitLogin(page, email, own);
  await page.getByLabel("One-time code or recovery code").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("That code did not work.").first()).toBeVisible();
  await page.getByLabel("One-time code or recovery code").fill(nextLoginCode(email));
  await page.getByRole("button", { name: "Continue" }).click();

  // The supervisor changes their own password from the security page.
  await page.getByRole("link", { name: "Sign-in and security" }).click();
  await page.getByRole("link", { name: "Change your password" }).click();
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password").fill(newer);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("That is not your current password.").first()).toBeVisible();
  await page.getByLabel("Current password").fill(own);
  await page.getByLabel("New password").fill(newer);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("Your password is changed.")).toBeVisible();
  await logOut(page);
  await submitLogin(page, email, newer);
  await finishSignIn(page, email);
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
});
