import { test as base, expect, type Page } from "@playwright/test";
import { addYouth, exact, logIn, shot, test } from "./helpers";
import { ADMIN, PROVIDER, SUPERVISOR } from "./global-setup";

/*
 * Access and hardening in the browser, with JavaScript on and off: forms post under
 * Referrer-Policy no-referrer (Chromium sends Origin: null), Back after logout shows nothing,
 * the supervisor's consult and the admin's pages, the idle warning (JS only), and a check that
 * the CSP listener the fixture relies on does see a violation.
 */

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
}

test("form posts work with Referrer-Policy: no-referrer, and Back after logout shows nothing", async ({ page }, testInfo) => {
  const posts: { path: string; origin: string | undefined; status: number }[] = [];
  page.on("response", async (r) => {
    if (r.request().method() === "POST") posts.push({ path: new URL(r.url()).pathname, origin: (await r.request().allHeaders())["origin"], status: r.status() });
  });
  const login = await page.goto("/login");
  expect(login!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(await page.locator('meta[name="referrer"]').count()).toBe(0);
  await logIn(page, "en", PROVIDER);
  const name = `Back ${testInfo.project.name}`;
  await addYouth(page, name);
  expect(posts.length).toBeGreaterThanOrEqual(2);
  expect(posts.every((p) => p.status < 400), JSON.stringify(posts)).toBe(true);
  // The trap this guards: under no-referrer Chromium sends "Origin: null" on same-origin form
  // navigations (no-js, and the login form, which loads a new document so that the head's Quick
  // exit script comes with the signed-in page); Remix's fetch submissions (js) carry the real origin.
  const ownOrigin = new URL(page.url()).origin;
  const expectedOrigin = (path: string) => (testInfo.project.name === "no-js" || path === "/login" ? "null" : ownOrigin);
  expect(posts.filter((p) => p.origin !== expectedOrigin(p.path)), JSON.stringify(posts)).toEqual([]);

  await logOut(page);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
});

test("a flagged plan goes to the supervisor, whose consult the provider then sees", async ({ page }, testInfo) => {
  const name = `Flag ${testInfo.project.name}`;
  await logIn(page, "en", PROVIDER);
  await addYouth(page, name);
  await page.getByRole("link", { name: "Provider notes", exact: true }).click();
  await page.getByLabel("Imminent-safety concern: consult a supervisor").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("waits for a supervisor’s consult")).toBeVisible();
  await logOut(page);

  await logIn(page, "en", SUPERVISOR);
  await page.getByRole("link", { name: "Flagged plans" }).click();
  // Wait for the queue itself: the dashboard behind it links the same name to the plan.
  await expect(page.getByRole("heading", { level: 1, name: "Plans flagged for a consult" })).toBeVisible();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Safety concern: ${name}` })).toBeVisible();
  await page.getByRole("button", { name: "Record the consult and acknowledge" }).click();
  await expect(page.getByText("Please write a short note of the consult.").first()).toBeVisible();
  await page.getByLabel("Consult note").fill("Met with the provider; check in with the youth by Friday.");
  await shot(page, testInfo, "supervisor-consult");
  await page.getByRole("button", { name: "Record the consult and acknowledge" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plans flagged for a consult" })).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await logOut(page);

  await logIn(page, "en", PROVIDER);
  await page.getByRole("link", { name }).click();
  await expect(page.getByText("Met with the provider; check in with the youth by Friday.")).toBeVisible();
  await expect(page.getByText(`${SUPERVISOR.name} acknowledged the imminent-safety concern`)).toBeVisible();
  await shot(page, testInfo, "provider-sees-consult");
});

test("the admin adds an account, sees a youth's audit history and can export it", async ({ page }, testInfo) => {
  const name = `Audit ${testInfo.project.name}`;
  await logIn(page, "en", PROVIDER);
  await addYouth(page, name);
  await logOut(page);
  await logIn(page, "en", ADMIN);
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  const email = `new-${testInfo.project.name}@e2e.local`;
  await page.getByLabel("Name", exact).fill(`New ${testInfo.project.name}`);
  await page.getByLabel("Email", exact).fill(email);
  await page.getByLabel("First password").fill("short");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByText("Please use at least 12 characters.").first()).toBeVisible();
  await page.getByLabel("First password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByText("Account created.")).toBeVisible();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await shot(page, testInfo, "admin-accounts");

  await page.getByRole("link", { name: "Youth records: audit history, export, delete" }).click();
  const row = page.getByRole("row").filter({ hasText: name });
  await row.getByRole("link", { name: "Audit history" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Audit history: ${name}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Added the youth" }).first()).toBeVisible();
  await shot(page, testInfo, "admin-audit-history");
  await page.goBack();
  await row.getByRole("link", { name: "Export (JSON)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Export ${name}’s record` })).toBeVisible();
  await page.getByLabel("Why are you exporting this record?").fill("Records request from the youth");
  await page.getByLabel("Your password").fill(ADMIN.password);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export (JSON)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^youth-record-[A-Za-z0-9_-]{16}\.json$/);
});

test("warns before the idle logout and saves what was typed into the draft", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "the warning is a script; without JavaScript the session still ends");
  await page.clock.install();
  await logIn(page, "en", PROVIDER);
  await addYouth(page, "Idle");
  await page.getByRole("link", { name: "About this plan", exact: true }).click();
  const safetyMeans = page.getByLabel(/What safety means/);
  await safetyMeans.fill("Being somewhere I can sleep");
  await page.clock.fastForward(26.5 * 60_000);
  const warning = page.getByRole("alert").filter({ hasText: "you will be logged out in about 3 minutes" });
  await expect(warning).toBeVisible();
  await shot(page, testInfo, "idle-warning");
  await page.clock.fastForward(2.6 * 60_000);
  await expect(page.getByText("Saved “About this plan” to the draft.")).toBeVisible();
  await page.getByRole("link", { name: "About this plan", exact: true }).click();
  await expect(page.getByLabel(/What safety means/)).toHaveValue("Being somewhere I can sleep");
});

base("the CSP violation listener does hear a violation (so its silence in the walk-through means something)", async ({ page }, testInfo) => {
  base.skip(testInfo.project.name === "no-js", "needs JavaScript");
  await page.goto("/login");
  const violation = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective));
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
      }),
  );
  expect(await violation).toBe("script-src-elem");
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});
