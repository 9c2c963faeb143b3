import { addItem, addYouth, exact, expect, logIn, openSection, region, saveSection, shot, test } from "./helpers";

/*
 * A whole follow-up in the browser, with JavaScript and without: a plan saved as version 1 with
 * a next meeting in the past shows as overdue on the dashboard; the follow-up is started from
 * the plan, answered half-way, resumed, finished; the plan is changed and saved as version 2,
 * which shows it was reviewed with the youth; the comparison shows what changed.
 */

const DEEP_BREATHING = "How did things go? Did you use \u201cDeep breathing\u201d? Did it help?";
const JOURNALING = "How did things go? Did you use \u201cWriting in a journal\u201d? Did it help?";
const COACH = "Is Coach Dee still someone you can count on?";
const GO_BAG = "Are the things you would take if you leave still ready?";
const OPEN = "How did things go since we made this plan?";

test("a follow-up from the dashboard to version 2 and the comparison", async ({ page }, testInfo) => {
  const youth = `Rio ${testInfo.project.name}`;
  await logIn(page);
  await addYouth(page, youth);

  // Version 1: two coping strategies, a person, a go-bag, and a next meeting long past.
  await openSection(page, "Coping strategies");
  await page.getByLabel("Deep breathing", exact).check();
  await page.getByLabel("Writing in a journal", exact).check();
  await saveSection(page, "Coping strategies");
  await openSection(page, "People who support me");
  const person = await addItem(page, "Add a person", "Person 1");
  await person.getByLabel("Nickname", exact).fill("Coach Dee");
  await saveSection(page, "People who support me");
  await openSection(page, "Things to take if I leave");
  await page.getByLabel("Phone and charger", exact).check();
  await saveSection(page, "Things to take if I leave");
  await expect(page.getByText("A follow-up looks back at a saved version: save version 1 first")).toBeVisible();
  await page.getByRole("link", { name: "Review and save version 1" }).click();
  await page.getByLabel("Next meeting", exact).fill("2020-01-06");
  await page.getByRole("button", { name: "Save version 1" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 1.");

  // The dashboard lists the meeting as overdue, with the last version.
  await page.getByRole("link", { name: "My youth", exact: true }).click();
  const overdue = page.getByRole("region", { name: /^Overdue/ });
  await expect(overdue.getByRole("row").filter({ hasText: youth })).toContainText("Jan 6, 2020");
  await expect(overdue.getByRole("row").filter({ hasText: youth })).toContainText("Version 1");
  await shot(page, testInfo, "follow-up-dashboard-overdue");

  // Start from the plan.
  await overdue.getByRole("link", { name: youth, exact: true }).click();
  await expect(page.getByText("Next meeting: Jan 6, 2020.")).toBeVisible();
  await shot(page, testInfo, "follow-up-overview");
  await page.getByRole("button", { name: "Start a follow-up of version 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Follow-up with ${youth}` })).toBeVisible();
  await expect(page.getByText("Looking back at version 1 together.")).toBeVisible();

  // One part at a time. Half-way: two answers, then leave.
  await expect(page.getByText("Part 1 of 4. 0 of 5 answered so far.")).toBeVisible();
  await page.getByLabel(OPEN, exact).fill("Better. One rough weekend.");
  await page.getByRole("button", { name: "Save and go on: Coping strategies" }).click();
  await expect(page.getByRole("status")).toHaveText("Answers saved.");
  await expect(page.getByText("Part 2 of 4. 1 of 5 answered so far.")).toBeVisible();
  await page.getByRole("group", { name: DEEP_BREATHING }).getByLabel("Used it, and it helped", exact).check();
  await shot(page, testInfo, "follow-up-part");
  await page.getByRole("button", { name: "Save and go on: People" }).click();
  await expect(page.getByText("Part 3 of 4. 2 of 5 answered so far.")).toBeVisible();
  await page.getByRole("link", { name: youth, exact: true }).click();
  await expect(page.getByText("A follow-up of version 1 is in progress")).toBeVisible();
  await expect(page.getByText("2 of 5 answered")).toBeVisible();

  // Resume: the answers are still there; answer, skip and "rather not say", part by part.
  await page.getByRole("link", { name: "Continue the follow-up" }).click();
  await expect(page.getByLabel(OPEN, exact)).toHaveValue("Better. One rough weekend.");
  await page.getByRole("button", { name: "Coping strategies (1/2)" }).click();
  await expect(page.getByRole("group", { name: DEEP_BREATHING }).getByLabel("Used it, and it helped", exact)).toBeChecked();
  await page.getByRole("group", { name: JOURNALING }).getByLabel("Didn\u2019t use it", exact).check();
  await page.getByRole("button", { name: "Save and go on: People" }).click();
  await page.getByRole("group", { name: COACH }).getByLabel("Rather not say", exact).check();
  await page.getByRole("button", { name: "Save and go on: Things to take" }).click();
  await expect(page.getByText("Part 4 of 4. 4 of 5 answered so far.")).toBeVisible();
  await page.getByRole("group", { name: GO_BAG }).getByLabel("Skip this one", exact).check();
  await shot(page, testInfo, "follow-up-answers");
  await page.getByRole("button", { name: "Save answers and update the plan" }).click();
  await expect(page.getByRole("status")).toContainText("Follow-up answers saved. Now change what needs changing together");

  // Change the plan: journaling out, movement in.
  await openSection(page, "Coping strategies");
  await page.getByLabel("Writing in a journal", exact).uncheck();
  await page.getByLabel("Moving my body", exact).check();
  await saveSection(page, "Coping strategies");

  // Version 2 records the follow-up and a new next meeting.
  await page.getByRole("link", { name: "Review and save version 2" }).click();
  await expect(page.getByText(/This version records the follow-up reviewed with the youth on/)).toBeVisible();
  await expect(page.getByLabel("Next meeting", exact)).toHaveValue("2020-01-06");
  await page.getByLabel("Next meeting", exact).fill("2099-01-05");
  await page.getByLabel("A short note about this version (optional)").fill("After our follow-up");
  await shot(page, testInfo, "follow-up-review");
  await page.getByRole("button", { name: "Save version 2" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
  await expect(page.getByText(/Reviewed with the youth on [A-Z][a-z]{2} \d{1,2}, \d{4}\./)).toBeVisible();
  await shot(page, testInfo, "follow-up-version-2");

  // The comparison, from the version history.
  await page.getByRole("link", { name: "Saved versions", exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: "Version 2" })).toContainText("Reviewed with the youth on");
  await page.getByRole("link", { name: "Compare version 2 with version 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare versions" })).toBeVisible();
  const coping = region(page, "Coping strategies");
  await expect(coping.getByRole("cell").filter({ hasText: "Removed" })).toHaveText("RemovedWriting in a journal");
  await expect(coping.getByRole("cell").filter({ hasText: "Added" })).toHaveText("AddedMoving my body");
  await expect(page.getByText(/^No changes in: About this plan, Safety questions, People who support me,/)).toBeVisible();
  const nextTime = region(page, "Next time").getByRole("cell");
  await expect(nextTime.nth(0)).toHaveText("ChangedNext meeting: Jan 6, 2020");
  await expect(nextTime.nth(1)).toHaveText("ChangedNext meeting: Jan 5, 2099");
  await shot(page, testInfo, "follow-up-compare");

  // Any two versions: the same pair the other way round.
  await page.getByLabel("From", exact).selectOption("2");
  await page.getByLabel("To", exact).selectOption("1");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(region(page, "Coping strategies").getByRole("cell").filter({ hasText: "Added" })).toHaveText("AddedWriting in a journal");

  // What helped, over time.
  await page.getByRole("link", { name: youth, exact: true }).click();
  await page.getByRole("link", { name: "What helped, over time" }).click();
  await expect(page.getByRole("row", { name: /Deep breathing/ })).toContainText("Helped");
  await expect(page.getByRole("row", { name: /Writing in a journal/ })).toContainText("Not used");
  await shot(page, testInfo, "follow-up-what-helped");

  // The next meeting stays editable from the plan.
  await page.getByRole("link", { name: youth, exact: true }).click();
  await expect(page.getByText("Next meeting: Jan 5, 2099.")).toBeVisible();
  await page.getByRole("link", { name: "Change the date" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Next time" })).toBeVisible();
  await page.getByLabel("Next meeting", exact).fill("2099-01-12");
  await saveSection(page, "Next time");
  await expect(page.getByText("Next meeting: Jan 12, 2099.")).toBeVisible();

  // The dashboard: no longer overdue, the next meeting is later.
  await page.getByRole("link", { name: "My youth", exact: true }).click();
  await expect(page.getByRole("region", { name: /^Overdue/ }).getByRole("row").filter({ hasText: youth })).toHaveCount(0);
  const later = page.getByRole("region", { name: /^Later/ }).getByRole("row").filter({ hasText: youth });
  await expect(later).toContainText("Jan 12, 2099");
  await expect(later).toContainText("Version 2");
  await shot(page, testInfo, "follow-up-dashboard-later");
});
