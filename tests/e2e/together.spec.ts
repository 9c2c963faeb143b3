import { expect } from "@playwright/test";
import { PROVIDER } from "./global-setup";
import { addYouth, logIn, shot, test } from "./helpers";

/*
 * The together view and Quick exit in the browser, with JavaScript ("js") and without ("no-js").
 * Quick exit must leave no way back to the plan: Back after it shows no plan content, and the
 * session is over until the provider logs in again.
 */

test("the youth picks a section in the together view and saves it; the provider's flag stays hidden and kept", async ({ page }, testInfo) => {
  const youth = `Rain ${testInfo.project.name}`;
  await logIn(page);
  const planPath = await addYouth(page, youth, "en");

  // The provider adds a person and marks them as maybe linked to the exploiter.
  await page.getByRole("link", { name: "People who support me", exact: true }).click();
  await page.getByRole("button", { name: "Add a person", exact: true }).click();
  await page.getByRole("group", { name: "Person 1", exact: true }).getByLabel("Nickname", { exact: true }).fill("Rico");
  await page.getByLabel("Might be linked to the person exploiting me").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  // Together view: the youth chooses, in larger type, with Quick exit and no provider notes.
  await page.getByRole("link", { name: "Work on it together" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "What would you like to do first?" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
  await expect(page.getByText("Provider notes")).toHaveCount(0);
  await shot(page, testInfo, "together-start");

  await page.getByRole("link", { name: "Safety questions", exact: true }).click();
  await expect(page.getByLabel("How have you kept yourself safe before?", { exact: true })).toBeVisible();
  await expect(page.getByText("Conversation tips")).toHaveCount(0);
  await page.getByLabel("How have you kept yourself safe before?", { exact: true }).fill("I go to my cousin's place.");
  await shot(page, testInfo, "together-questions");
  await page.getByRole("button", { name: "Save and go back" }).click();
  await expect(page.getByRole("status")).toHaveText("We saved “Safety questions”.");

  await page.getByRole("link", { name: "People who support me", exact: true }).click();
  await expect(page.getByLabel("Nickname", { exact: true })).toHaveValue("Rico");
  await expect(page.getByText("Might be linked")).toHaveCount(0);
  await shot(page, testInfo, "together-people");
  await page.getByRole("button", { name: "Save and go back" }).click();
  await expect(page.getByRole("status")).toHaveText("We saved “People who support me”.");

  // One tap back to the provider view (not handed over: no password); the flag is still set.
  await page.getByRole("link", { name: "Back to the provider view" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${youth}’s plan` })).toBeVisible();
  await page.goto(`${planPath}/sections/people`);
  await expect(page.getByLabel("Might be linked to the person exploiting me")).toBeChecked();
});

test("a handed-over screen asks for the provider's password before the provider view", async ({ page }, testInfo) => {
  await logIn(page);
  const planPath = await addYouth(page, `Sol ${testInfo.project.name}`, "en");
  await page.getByRole("button", { name: "Hand the screen to the youth" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "What would you like to do first?" })).toBeVisible();

  await page.getByRole("link", { name: "Back to the provider view" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Provider view" })).toBeVisible();
  await shot(page, testInfo, "unlock");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Provider view" })).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill("not my password");
  await page.getByRole("button", { name: "Go to the provider view" }).click();
  await expect(page.getByText("That password is not right. Please try again.")).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill(PROVIDER.password);
  await page.getByRole("button", { name: "Go to the provider view" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My youth" })).toBeVisible();
  await page.goto(planPath);
  await expect(page.getByRole("link", { name: "Work on it together" })).toBeVisible();
});

for (const how of ["button", "shift"] as const) {
  test(`Quick exit (${how}) replaces the page, Back shows no plan, and the session is locked`, async ({ page }, testInfo) => {
    test.skip(how === "shift" && testInfo.project.name === "no-js", "the Shift shortcut needs JavaScript");
    const youth = `Kai ${how} ${testInfo.project.name}`;
    await logIn(page);
    await addYouth(page, youth, "en");
    await page.getByRole("link", { name: "Work on it together" }).click();
    // The overview has a "Coping strategies" link too, and Quick exit is on every page: wait for the
    // together view's own question before clicking one.
    await expect(page.getByRole("heading", { level: 2, name: "What would you like to do first?" })).toBeVisible();
    await page.getByRole("link", { name: "Coping strategies", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Coping strategies" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();

    if (how === "button") {
      await page.getByRole("button", { name: "Quick exit" }).click();
    } else {
      await page.locator("body").click({ position: { x: 5, y: 300 } });
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    }
    await expect(page.getByRole("heading", { level: 1, name: "Los Angeles weather" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/weather");
    await shot(page, testInfo, `quick-exit-${how}`);

    // Back: never the plan again.
    await page.goBack().catch(() => undefined);
    await page.waitForLoadState();
    const body = await page.locator("body").innerText();
    expect(body).not.toContain(youth);
    expect(body).not.toContain("Coping strategies");
    expect(body).not.toContain("What would you like to do first?");

    // Locked: the provider must log in again.
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  });
}
