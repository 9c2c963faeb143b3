import { exact, expect, hydrated, test } from "./helpers";
import { PROVIDER } from "./global-setup";

/*
 * After login the browser goes back where the login page was asked to send it, but only to a
 * path of this app: `redirectTo=/%09/evil.example` once landed on another site in Chromium with
 * JavaScript on (the tab made `//evil.example` of it). Both projects, js and no-js.
 */

const FOREIGN = ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "/%2F%2Fevil.example", "https://evil.example/"];

for (const redirectTo of FOREIGN) {
  test(`login with redirectTo=${redirectTo} stays on this site`, async ({ page }) => {
    await page.goto(`/login?redirectTo=${redirectTo}`);
    await hydrated(page);
    const ownOrigin = new URL(page.url()).origin;
    await page.getByLabel("Email", exact).fill(PROVIDER.email);
    await page.getByLabel("Password", exact).fill(PROVIDER.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My youth" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(ownOrigin);
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  });
}
