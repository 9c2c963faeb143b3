import { expect } from "@playwright/test";
import { addYouth, logIn, shot, test } from "./helpers";

/*
 * "Find by name" on the dashboard, with JavaScript on and off: what is found stands in place of the
 * lists, the name typed never reaches the address or the history, an empty search gets its message
 * at the field, and a link leads back to the whole list.
 */

test("a provider finds a youth by a part of the name, and the name stays out of the address", async ({ page }, testInfo) => {
  await logIn(page, "en");
  const project = testInfo.project.name;
  const wanted = `Ángela Finder ${project}`;
  await addYouth(page, wanted);
  await page.goto("/dashboard");
  await addYouth(page, `Other Finder ${project}`);
  await page.goto("/dashboard");

  const field = page.getByRole("textbox", { name: "Find by name" });
  await field.fill(`angela finder ${project}`);
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(`1 name has “angela finder ${project}” in it.`);
  await expect(page.getByRole("link", { name: wanted, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `Other Finder ${project}`, exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "All my youth" })).toHaveCount(0);
  expect(page.url()).not.toMatch(/finder|angela/i);
  await shot(page, testInfo, "name-search-found");

  await field.fill("");
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Type a name, or part of one.")).toBeVisible();

  await page.goto("/dashboard");
  await page.getByRole("textbox", { name: "Find by name" }).fill("Finder");
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await expect(page.getByRole("link", { name: `Other Finder ${project}`, exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Back to the whole list" }).click();
  await expect(page.getByRole("heading", { name: "All my youth" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
});
