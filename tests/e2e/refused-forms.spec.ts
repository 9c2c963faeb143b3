import type { Locator, Page } from "@playwright/test";
import { addYouth, exact, expect, hydrated, logIn, openSection, shot, test } from "./helpers";
import { ADMIN, PROVIDER } from "./global-setup";

/*
 * Forms are checked on the server only (decision 023): the browser loads no schema. With
 * JavaScript a refused form is sent by script and answered in place: the message at its field
 * (aria-invalid, aria-describedby) and in the summary, focus on the first field with a problem,
 * everything typed kept, and the page never reloaded. A message goes once its field changes; the
 * others stay until the next Save. Without JavaScript the same forms post and come back with the
 * same messages (walkthrough.spec.ts, spanish.spec.ts, access.spec.ts).
 */

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "the in-place answer is the script's; without it the page comes back whole (other specs)");
});

/** Marks the document, so `stillSameDocument` can tell a reload (or a new document) from an answer in place. */
async function markDocument(page: Page) {
  await hydrated(page);
  await page.evaluate(() => document.documentElement.setAttribute("data-test-same-document", ""));
}

async function expectSameDocument(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-test-same-document", "");
}

async function expectRefusedAt(field: Locator, message: string) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

test("a refused section answers in place: messages at their fields and in the summary, all typed kept, each message gone once its field changes", async ({ page }, testInfo) => {
  const tooLong = "N".repeat(81);
  await logIn(page);
  await addYouth(page, `Ivy ${testInfo.project.name}`);
  await openSection(page, "About this plan");
  await markDocument(page);

  const name = page.getByLabel("Name or nickname on this plan", exact);
  const date = page.getByLabel("Date", exact);
  const present = page.getByLabel("Who is here today", exact);
  const safety = page.getByLabel("What safety means to me", exact);
  await name.fill(tooLong);
  // Leaving a field no longer checks it: nothing is said before Save.
  await name.blur();
  await date.fill("20261-12-05");
  await present.fill("Ivy and her provider");
  await safety.fill("Being somewhere I can rest");
  await expect(name).not.toHaveAttribute("aria-invalid", "true");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expectRefusedAt(name, "Please use at most 80 characters.");
  await expectRefusedAt(date, "Please enter a date like 2026-12-05.");
  const summary = page.locator(".notice.error[role=alert]");
  await expect(summary).toContainText("2 answers need a change");
  await expect(name).toBeFocused();
  await expect(name).toHaveValue(tooLong);
  await expect(present).toHaveValue("Ivy and her provider");
  await expect(safety).toHaveValue("Being somewhere I can rest");
  await expectSameDocument(page);
  await shot(page, testInfo, "section-about-refused");

  // Typing in the name takes its message away; the date's stays until it changes or Save.
  await name.press("End");
  await name.press("Backspace");
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#section-about-nameOnPlan-error")).toHaveText("");
  await expectRefusedAt(date, "Please enter a date like 2026-12-05.");
  await expect(summary).toContainText("One answer needs a change");

  await date.fill("2026-12-05");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved “About this plan” to the draft.");
});

test("the login, new youth and review forms answer a refusal in place and keep what was typed", async ({ page }, testInfo) => {
  // Login: the email typed, no password.
  await page.goto("/login");
  await markDocument(page);
  await page.getByLabel("Email", exact).fill(PROVIDER.email);
  await page.getByRole("button", { name: "Log in" }).click();
  const password = page.getByLabel("Password", exact);
  await expectRefusedAt(password, "Please enter your password.");
  await expect(page.getByLabel("Email", exact)).toHaveValue(PROVIDER.email);
  await expectSameDocument(page);
  // A wrong password is the server's own refusal: in place too, the email kept.
  await password.fill("not-the-passphrase");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password don't match an active account." })).toBeVisible();
  await expect(page.getByLabel("Email", exact)).toHaveValue(PROVIDER.email);
  await expectSameDocument(page);
  await logIn(page);

  // New youth: a too-long name, the language chosen kept.
  await page.getByRole("link", { name: "Add a youth" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a youth" })).toBeVisible();
  await markDocument(page);
  const chosenName = page.getByLabel("Name or nickname", exact);
  await chosenName.fill("Y".repeat(81));
  await page.getByLabel("Preferred language").selectOption("es");
  await page.getByRole("button", { name: "Add and open the plan" }).click();
  await expectRefusedAt(chosenName, "Please use at most 80 characters.");
  await expect(chosenName).toHaveValue("Y".repeat(81));
  await expect(page.getByLabel("Preferred language")).toHaveValue("es");
  await expectSameDocument(page);

  // Review: a too-long note, the next meeting kept.
  const youth = `Rue ${testInfo.project.name}`;
  await page.goto("/dashboard");
  const plan = await addYouth(page, youth);
  await page.goto(`${plan}/review`);
  await markDocument(page);
  const note = page.getByLabel("A short note about this version (optional)", exact);
  const nextMeeting = page.locator('input[name="nextMeeting"]');
  await nextMeeting.fill("2026-12-14");
  await note.fill("n".repeat(201));
  await page.getByRole("button", { name: "Save version 1" }).click();
  await expectRefusedAt(note, "Please use at most 200 characters.");
  await expect(note).toHaveValue("n".repeat(201));
  await expect(nextMeeting).toHaveValue("2026-12-14");
  await expectSameDocument(page);
});

test("the admin's new-account and delete forms answer a refusal in place and keep what was typed", async ({ page }, testInfo) => {
  await logIn(page);
  await addYouth(page, `Oak ${testInfo.project.name}`);
  await page.getByRole("button", { name: "Log out" }).click();
  await logIn(page, "en", ADMIN);
  await page.goto("/admin");
  await markDocument(page);
  const displayName = page.getByLabel("Name", exact);
  await displayName.fill("New Colleague");
  await page.getByLabel("Email", exact).fill("not-an-email");
  await page.getByRole("button", { name: "Add account" }).click();
  await expectRefusedAt(page.getByLabel("Email", exact), "Please enter an email address.");
  await expect(displayName).toHaveValue("New Colleague");
  await expect(page.getByLabel("Email", exact)).toHaveValue("not-an-email");
  await expectSameDocument(page);

  // Delete for good: the word typed in small letters is refused, and what was typed stays.
  await page.goto("/admin/records");
  await page.getByRole("row").filter({ hasText: `Oak ${testInfo.project.name}` }).getByRole("link", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Delete Oak ${testInfo.project.name}’s record for good?` })).toBeVisible();
  await markDocument(page);
  const confirm = page.getByLabel("Type DELETE to confirm", exact);
  await confirm.fill("delete");
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expectRefusedAt(confirm, "Please type DELETE in capitals to confirm.");
  await expect(confirm).toHaveValue("delete");
  await expectSameDocument(page);
  await confirm.fill("DELETE");
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByRole("row").filter({ hasText: `Oak ${testInfo.project.name}` })).toHaveCount(0);
});
