import { expect, type Page } from "@playwright/test";
import { SUPERVISOR } from "./global-setup";
import { addYouth, logIn, shot, test } from "./helpers";

/*
 * Quick exit on every signed-in page (issue 11, point 9), with JavaScript ("js") and without
 * ("no-js"): the button, Shift three times (also while the page is still loading, before React
 * has hydrated), and after it nothing in the address that Back shows names the youth's record.
 */

/** What Back may show after an exit: no youth, no plan id, no section. */
async function backTellsNothing(page: Page, youth: string, planPath: string) {
  const planId = planPath.split("/")[2]!;
  for (let step = 0; step < 3; step++) {
    await page.goBack().catch(() => undefined);
    await page.waitForLoadState();
    const address = page.url();
    expect(address).not.toContain(planId);
    expect(address).not.toMatch(/plans|youth|sections|together|coping|people/);
    expect(await page.locator("body").innerText()).not.toContain(youth);
  }
}

test("Quick exit from a provider page (button): the neutral page, and Back shows an address that names nothing", async ({ page }, testInfo) => {
  const youth = `Wren ${testInfo.project.name}`;
  await logIn(page);
  const planPath = await addYouth(page, youth, "en");
  await page.getByRole("link", { name: "People who support me", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People who support me" })).toBeVisible();
  await shot(page, testInfo, "provider-page-with-quick-exit", false);

  await page.getByRole("button", { name: "Quick exit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Los Angeles weather" })).toBeVisible();
  await backTellsNothing(page, youth, planPath);

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
});

test("Shift three times on a provider page leaves, and so does a press while the page is still loading", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "the Shift shortcut needs JavaScript");
  const youth = `Ember ${testInfo.project.name}`;
  await logIn(page);
  const planPath = await addYouth(page, youth, "en");

  // Shift three times on the hydrated overview.
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page.getByRole("heading", { level: 1, name: "Los Angeles weather" })).toBeVisible();
  await backTellsNothing(page, youth, planPath);

  // Again, while the together view is still loading: its scripts are held back, so React never
  // hydrates before the presses; only the head's script can answer them.
  await logIn(page);
  const held: (() => Promise<void>)[] = [];
  await page.route("**/build/**/*.js", (route) => {
    held.push(() => route.abort().catch(() => undefined));
  });
  await page.goto(`${planPath}/together`, { waitUntil: "commit" });
  await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
  expect(held.length).toBeGreaterThan(0);
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page.getByRole("heading", { level: 1, name: "Los Angeles weather" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/weather");
  await page.unroute("**/build/**/*.js");
  await Promise.all(held.map((release) => release()));

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
});

test("Shift pressed while typing capitals does not leave: another key between presses starts the count again", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "the Shift shortcut needs JavaScript");
  await logIn(page);
  await addYouth(page, `Moss ${testInfo.project.name}`, "en");
  await page.getByRole("link", { name: "Provider notes", exact: true }).click();
  const notes = page.getByLabel("Private notes", { exact: true });
  await notes.click();
  for (const letter of ["M", "A", "L"]) {
    await page.keyboard.press("Shift");
    await page.keyboard.type(letter.toLowerCase());
  }
  await expect(notes).toHaveValue("mal");
  await expect(page.getByRole("heading", { level: 1, name: "Provider notes" })).toBeVisible();
});

test("an imminent-safety flag shows the 911 and DCFS steps, and every supervisor page counts it; the queue shows it first with its wait", async ({ page }, testInfo) => {
  const youth = `Sage ${testInfo.project.name}`;
  await logIn(page);
  await addYouth(page, youth, "en");
  await page.getByRole("link", { name: "Provider notes", exact: true }).click();
  await page.getByLabel("Imminent-safety concern: consult a supervisor").check();
  await expect(page.getByText("If there is an imminent threat to the youth’s safety, and in all emergencies, call 9-1-1.")).toBeVisible();
  await expect(page.getByText(/Child Protection Hotline \(CPS\) with DCFS at 1-800-540-4000/)).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await shot(page, testInfo, "imminent-danger-provider-notes");
  await page.getByRole("button", { name: "Log out" }).click();

  await logIn(page, "en", SUPERVISOR);
  const flagged = page.getByRole("link", { name: /^Flagged plans [1-9]\d* plans? waits? for a consult$/ });
  await expect(flagged).toBeVisible();
  await shot(page, testInfo, "supervisor-flagged-count", false);
  await flagged.click();
  const first = page.locator(".cards li").first();
  await expect(first).toContainText(youth);
  await expect(first).toContainText(/waiting \d+ minutes?/);
  await shot(page, testInfo, "supervisor-queue");
});
