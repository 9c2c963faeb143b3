import { expect, type Page } from "@playwright/test";
import { addYouth, logIn, shot, test } from "./helpers";

/*
 * Two tabs of one session on one section, with JavaScript and without: the tab opened first and
 * saved second must never undo the other tab's save. It sees both sides, keeps only its own
 * changes, and chooses where both tabs changed the same field.
 */

const nextMeeting = (page: Page) => page.getByLabel("Next meeting", { exact: true });
const checkOn = (page: Page) => page.getByLabel("What we will check on", { exact: true });
const save = (page: Page) => page.getByRole("button", { name: "Save", exact: true }).click();

async function saveAndSee(page: Page) {
  await save(page);
  await expect(page.getByRole("status")).toContainText("Saved");
}

/** Logs in, adds a youth, and opens the plan's follow-up section in two tabs of the session. */
async function followUpInTwoTabs(page: Page, youth: string) {
  await logIn(page);
  const planPath = await addYouth(page, youth, "en");
  const section = `${planPath}/sections/follow-up`;
  const tab2 = await page.context().newPage();
  await page.goto(section);
  await tab2.goto(section);
  return { tab1: page, tab2, section };
}

test("the second tab's save keeps the first tab's save and adds only its own change", async ({ page }, testInfo) => {
  const { tab1, tab2, section } = await followUpInTwoTabs(page, `Juniper ${testInfo.project.name}`);

  await nextMeeting(tab1).fill("2026-12-10");
  await saveAndSee(tab1);

  await checkOn(tab2).fill("How the new phone is going");
  await save(tab2);
  await expect(tab2.getByText("This part was saved in another tab or on another device")).toBeVisible();
  const row = tab2.getByRole("row", { name: /Next meeting/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Dec 10, 2026");
  await expect(row.getByRole("cell").nth(2)).toHaveText("The form now shows the other save. You had not changed this.");
  await expect(nextMeeting(tab2)).toHaveValue("2026-12-10");
  await expect(checkOn(tab2)).toHaveValue("How the new phone is going");
  await shot(tab2, testInfo, "two-tabs-merged");

  await saveAndSee(tab2);
  await tab2.goto(section);
  await expect(nextMeeting(tab2)).toHaveValue("2026-12-10");
  await expect(checkOn(tab2)).toHaveValue("How the new phone is going");
});

test("where both tabs changed one field, the second tab chooses, and nothing is saved until it does", async ({ page }, testInfo) => {
  const { tab1, tab2, section } = await followUpInTwoTabs(page, `Cedar ${testInfo.project.name}`);

  await checkOn(tab1).fill("Saved in the first tab");
  await saveAndSee(tab1);

  await checkOn(tab2).fill("Typed in the second tab");
  await save(tab2);
  const row = tab2.getByRole("row", { name: /What we will check on/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Saved in the first tab");
  await expect(row.getByRole("cell").nth(1)).toHaveText("Typed in the second tab");
  await shot(tab2, testInfo, "two-tabs-choose");

  await save(tab2);
  await expect(tab2.getByText("Pick which one to keep for each part marked below. Then press Save.")).toBeVisible();
  await expect(checkOn(tab2)).toHaveValue("Typed in the second tab");

  await tab2.getByRole("radio", { name: "Use the other save" }).check();
  await saveAndSee(tab2);
  await tab2.goto(section);
  await expect(checkOn(tab2)).toHaveValue("Saved in the first tab");
});
