import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page, type TestInfo } from "@playwright/test";
import { addYouth, hydrated, logIn, shot, test } from "./helpers";

/*
 * Together from two screens: the provider's laptop and the youth's 360-px phone. With JavaScript
 * ("js") each screen shows the other's saves by itself; without ("no-js") the "Show the latest"
 * button and link do the same. Quick exit on the phone ends only the phone's session.
 */

const PHONE = { width: 360, height: 740 };
const Q_LAPTOP = "How have you kept yourself safe before?";
const Q_PHONE = "When I feel stressed, I can calm down by…";

async function phoneContext(browser: Browser, testInfo: TestInfo) {
  return browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    baseURL: testInfo.project.use.baseURL,
    javaScriptEnabled: testInfo.project.name === "js",
    locale: "en-US",
  });
}

/** The provider makes a code in the together view; returns it as shown. */
async function makeCode(laptop: Page, planPath: string): Promise<string> {
  await laptop.goto(`${planPath}/together`);
  await laptop.getByRole("button", { name: /^(Make a code for the phone|Crear un código para el teléfono)$/ }).click();
  const code = (await laptop.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4} [A-Z0-9]{4}$/);
  return code;
}

async function answerCheck(phone: Page, answer: "Yes" | "No") {
  for (const question of ["Does anyone else use this phone?", "Does anyone look through this phone, or ask to see it?"]) {
    await phone.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
  }
  await phone.getByRole("group", { name: /Could someone see where this phone is/ }).getByLabel("No", { exact: true }).check();
  await phone.getByRole("button", { name: "Next" }).click();
}

test("laptop and phone join by code, edit different questions and converge; Quick exit on the phone ends only its session", async ({ page: laptop, browser }, testInfo) => {
  const js = testInfo.project.name === "js";
  const name = `Ash ${testInfo.project.name}`;
  await logIn(laptop);
  const planPath = await addYouth(laptop, name, "en");
  const code = await makeCode(laptop, planPath);

  const context = await phoneContext(browser, testInfo);
  const phone = await context.newPage();
  await phone.goto("/join");
  await expect(phone).toHaveTitle("Join");
  await answerCheck(phone, "No");
  await expect(phone.getByText("Thanks for checking. You can join now.")).toBeVisible();
  await phone.getByLabel("Code", { exact: true }).fill(code.toLowerCase());
  await phone.getByRole("button", { name: "Join", exact: true }).click();
  await expect(phone.getByRole("heading", { level: 1, name: `Hi ${name}. This is your plan.` })).toBeVisible();
  await expect(phone).toHaveURL(/\/j$/);
  await expect(phone.getByRole("button", { name: "Leave" })).toBeVisible();
  await expect(phone.getByText("Back to the provider view")).toHaveCount(0);
  await shot(phone, testInfo, "two-screens-phone-start");

  // Both open the same section; the phone answers one question and saves.
  await laptop.getByRole("link", { name: "Safety questions", exact: true }).click();
  await phone.getByRole("link", { name: "Safety questions", exact: true }).click();
  await phone.getByLabel(Q_PHONE, { exact: true }).fill("music and a walk");
  await phone.getByRole("button", { name: "Save and go back" }).click();
  await expect(phone.getByRole("status").first()).toHaveText("We saved “Safety questions”.");

  // The laptop shows it: by itself with JavaScript, with "Show the latest" without.
  if (!js) await laptop.getByRole("button", { name: "Show the latest" }).click();
  await expect(laptop.getByLabel(Q_PHONE, { exact: true })).toHaveValue("music and a walk");

  // The laptop answers another question: no conflict, both answers kept.
  await laptop.getByLabel(Q_LAPTOP, { exact: true }).fill("I stay at my cousin's");
  await laptop.getByRole("button", { name: "Save and go back" }).click();
  await expect(laptop.getByRole("status").first()).toHaveText("We saved “Safety questions”.");

  // The phone hears of it (with JavaScript) or asks (without), and sees both answers.
  if (js) await expect(phone.getByText("The other screen saved “Safety questions”.")).toBeVisible();
  else await phone.getByRole("link", { name: "Show the latest" }).click();
  await phone.getByRole("link", { name: "Safety questions", exact: true }).click();
  await expect(phone.getByLabel(Q_LAPTOP, { exact: true })).toHaveValue("I stay at my cousin's");
  await expect(phone.getByLabel(Q_PHONE, { exact: true })).toHaveValue("music and a walk");
  await shot(phone, testInfo, "two-screens-phone-section");

  // Quick exit on the phone: the neutral page, no way back, and the laptop goes on.
  await phone.getByRole("button", { name: "Quick exit" }).click();
  await expect(phone).toHaveURL(/\/weather$/);
  await phone.goto("/j");
  // Quick exit left nothing, not even the mark of having joined: the plain login, naming no plan.
  await expect(phone).toHaveURL(/\/login$/);
  await expect(phone.getByText(name)).toHaveCount(0);
  await laptop.goto(`${planPath}/together`);
  await expect(laptop.getByRole("heading", { level: 1, name: `Hi ${name}. This is your plan.` })).toBeVisible();
  await context.close();
});

test("scanning the QR code: the code leaves the address at once and is filled in; the joined phone's addresses name nothing; its plan's old addresses are refused", async ({ page: laptop, browser }, testInfo) => {
  const name = `Rue ${testInfo.project.name}`;
  await logIn(laptop);
  const planPath = await addYouth(laptop, name, "en");
  const planId = planPath.split("/")[2]!;
  const code = (await makeCode(laptop, planPath)).replace(" ", "");

  const context = await phoneContext(browser, testInfo);
  const phone = await context.newPage();
  const visited: string[] = [];
  phone.on("framenavigated", (frame) => {
    if (frame === phone.mainFrame()) visited.push(frame.url());
  });
  // What the QR code carries (the route tests check the page draws it from this address).
  await phone.goto(`/join?c=${code}`);
  expect(new URL(phone.url()).pathname + new URL(phone.url()).search).toBe("/join");
  await answerCheck(phone, "No");
  await expect(phone.getByLabel("Code", { exact: true })).toHaveValue(code);
  await phone.getByRole("button", { name: "Join", exact: true }).click();
  await expect(phone.getByRole("heading", { level: 1, name: `Hi ${name}. This is your plan.` })).toBeVisible();
  await expect(phone).toHaveURL(/\/j$/);

  await phone.getByRole("link", { name: "Safety questions", exact: true }).click();
  await expect(phone).toHaveURL(/\/j\/[0-9]+$/);
  await expect(phone).toHaveTitle("Notes");
  await phone.getByLabel(Q_PHONE, { exact: true }).fill("a playlist");
  await phone.getByRole("button", { name: "Save and go back" }).click();
  await expect(phone.getByRole("status").first()).toHaveText("We saved “Safety questions”.");
  await expect(phone).toHaveURL(/\/j\?saved=[0-9]+$/);
  await phone.getByRole("link", { name: "What goes on each paper" }).click();
  await expect(phone).toHaveURL(/\/j\/c$/);
  await expect(phone).toHaveTitle("Notes");
  await phone.getByRole("link", { name: "Back to the start" }).click();
  await expect(phone).toHaveURL(/\/j$/);

  // Every address the phone's history holds: no code, no plan, no section, nothing of the app's purpose.
  expect(visited.length).toBeGreaterThanOrEqual(5);
  for (const address of visited) {
    expect(address).not.toContain(code);
    expect(address).not.toContain(planId);
    expect(new URL(address).pathname).toMatch(/^\/(join|j|j\/[0-9]+|j\/c)$/);
  }

  // The plan's provider addresses are refused on the phone, as any provider page; its own still open.
  await phone.goto(`${planPath}/together`);
  await expect(phone.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(phone.getByText(name)).toHaveCount(0);
  await phone.goto("/j");
  await expect(phone.getByRole("heading", { level: 1, name: `Hi ${name}. This is your plan.` })).toBeVisible();
  await context.close();
});

/** The phone's text size at 200%, as a phone's accessibility setting sets it (the CSP refuses an inline style sheet). */
const textSize200 = (phone: Page) =>
  phone.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });

test("the join pages pass axe at 360 px, and fit at 200% text size, in English and Spanish", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "js", "axe runs scripts in the page");
  const context = await phoneContext(browser, testInfo);
  const phone = await context.newPage();
  const problems = async () =>
    (await new AxeBuilder({ page: phone }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  // Against the phone's width: a phone widens its layout viewport (innerWidth) to content that overflows.
  const sideways = () => phone.evaluate((width) => document.documentElement.scrollWidth - width, PHONE.width);

  await phone.goto("/join");
  expect(await problems(), "axe on the phone check").toEqual([]);
  await phone.getByRole("button", { name: "Next" }).click();
  await expect(phone.getByText("Please choose an answer.").first()).toBeVisible();
  expect(await problems(), "axe on the phone check with errors").toEqual([]);
  // The check posts a whole document (decision 023: the server checks it): answer once it hydrated.
  await hydrated(phone);
  await answerCheck(phone, "Yes");
  await expect(phone.getByText(/This phone may not be the safest place for this/)).toBeVisible();
  await expect(phone.getByRole("link", { name: "I'll stay on their screen" })).toBeVisible();
  expect(await problems(), "axe on the caution").toEqual([]);
  await shot(phone, testInfo, "join-caution");

  // The phone's text size at 200%: everything still fits the width, nothing to scroll sideways.
  await textSize200(phone);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await expect(phone.getByRole("button", { name: "Join from this phone anyway" })).toBeVisible();
  await shot(phone, testInfo, "join-caution-200");

  await phone.getByRole("button", { name: "Español" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Antes de unirte" })).toBeVisible();
  expect(await problems(), "axe on the Spanish phone check").toEqual([]);
  await textSize200(phone);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await shot(phone, testInfo, "join-es-200");
  await context.close();
});

test("the phone's own pages pass axe at 360 px, and fit at 200% text size, for an English and a Spanish plan", async ({ page: laptop, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "js", "axe runs scripts in the page");
  await logIn(laptop);
  for (const language of ["en", "es"] as const) {
    await laptop.goto("/dashboard");
    const planPath = await addYouth(laptop, `Sol ${language}`, language);
    const code = await makeCode(laptop, planPath);
    const context = await phoneContext(browser, testInfo);
    const phone = await context.newPage();
    await phone.goto("/join");
    await answerCheck(phone, "No");
    await phone.getByLabel("Code", { exact: true }).fill(code);
    await phone.getByRole("button", { name: "Join", exact: true }).click();
    await expect(phone).toHaveURL(/\/j$/);
    for (const address of ["/j", "/j/1", "/j/2", "/j/c"]) {
      expect((await phone.goto(address))?.status(), address).toBe(200);
      await expect(phone.locator("html[data-hydrated]")).toHaveCount(1);
      const violations = (await new AxeBuilder({ page: phone }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(violations, `axe on ${address} (${language})`).toEqual([]);
      await textSize200(phone);
      // Against the phone's width: a phone widens its layout viewport (innerWidth) to content that overflows.
      expect(await phone.evaluate((width) => document.documentElement.scrollWidth - width, PHONE.width), `sideways scroll on ${address} at 200% (${language})`).toBeLessThanOrEqual(0);
      // Nor inside the page: a table in its own scroll box (the copies' choices) fits as well.
      const overflow = await phone.evaluate(() => Math.max(0, ...[...document.querySelectorAll(".table-scroll")].map((e) => e.scrollWidth - e.clientWidth)));
      expect(overflow, `a box scrolls sideways on ${address} at 200% (${language})`).toBeLessThanOrEqual(0);
      await shot(phone, testInfo, `phone-${language}${address.replaceAll("/", "-")}-200`);
      // Half way down, the bar has scrolled away (it took three quarters of the screen when it
      // stayed) and the Quick exit alone is in view, in a corner.
      await phone.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2));
      const bar = await phone.locator(".together-bar").evaluate((element) => element.getBoundingClientRect().bottom);
      expect(bar, `the bar scrolled away on ${address} at 200% (${language})`).toBeLessThanOrEqual(0);
      const exit = await phone.getByRole("button", { name: language === "en" ? "Quick exit" : "Salida rápida" }).boundingBox();
      expect(exit, `Quick exit on ${address} at 200% (${language})`).not.toBeNull();
      expect(exit!.y).toBeGreaterThanOrEqual(0);
      expect(exit!.y + exit!.height).toBeLessThanOrEqual(PHONE.height);
      expect(exit!.width * exit!.height, `the Quick exit covers little of the screen (${address}, ${language})`).toBeLessThanOrEqual(0.1 * PHONE.width * PHONE.height);
    }
    await context.close();
  }
});
