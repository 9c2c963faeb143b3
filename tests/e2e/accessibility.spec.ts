import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { uiEn } from "../../app/i18n/ui.en";
import { uiEs } from "../../app/i18n/ui.es";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { SECTION_IDS } from "../../templates/csecy-safety-plan/structure";
import { ADMIN, PROVIDER, SUPERVISOR } from "./global-setup";
import { addYouth, hydrated, logIn, shot, test } from "./helpers";

/*
 * WCAG 2.2 AA checks on every page, in English and Spanish, with JavaScript on and off:
 * axe-core finds no serious or critical violation; at a 768-px tablet width and at 200% zoom
 * (a 640-px-wide layout viewport) nothing scrolls sideways; every button, button-like link and
 * form control is at least 44 × 44 px (checkboxes and radios through their 44-px-high row,
 * whose label is part of the target). Then the walk-through by keyboard alone, with a visible
 * focus on every stop.
 */

const TABLET = { width: 768, height: 1024 };
const ZOOM_200 = { width: 640, height: 800 };

async function axeProblems(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Controls smaller than 44 × 44 CSS px (the hidden Enter-saves button is 1 px and out of reach on purpose). */
async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const small: string[] = [];
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== "hidden";
    };
    for (const e of document.querySelectorAll("button, a.button, select, textarea, input, summary")) {
      if (!visible(e) || e.getAttribute("aria-hidden") === "true") continue;
      const input = e as HTMLInputElement;
      const target = input.type === "checkbox" || input.type === "radio" ? e.closest(".field-checkbox") ?? e : e;
      const r = target.getBoundingClientRect();
      if (r.height < 44 || (target === e && r.width < 44)) small.push(`${e.outerHTML.slice(0, 80)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return small;
  });
}

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * The page to measure. axe and the measurements run scripts in the page, which the "no-js"
 * project forbids: there the page as served without JavaScript (its scripts removed) is copied
 * into a page of a JavaScript-enabled context, with the same styles, and measured there.
 */
async function measurable(page: Page, testInfo: TestInfo): Promise<{ target: Page; done: () => Promise<void> }> {
  if (testInfo.project.name !== "no-js") return { target: page, done: async () => undefined };
  const served = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, viewport: page.viewportSize()!, baseURL: testInfo.project.use.baseURL });
  const copy = await context.newPage();
  await copy.goto("/weather");
  await copy.setContent(served.replace("<head>", `<head><base href="${new URL(page.url()).origin}/">`), { waitUntil: "load" });
  return { target: copy, done: () => context.close() };
}

async function checkPage(page: Page, path: string, name: string, testInfo: TestInfo) {
  await page.setViewportSize(TABLET);
  await page.goto(path);
  await expect(page.locator("h1")).toBeVisible();
  await shot(page, testInfo, name);
  const { target, done } = await measurable(page, testInfo);
  try {
    expect(await axeProblems(target), `axe on ${name}`).toEqual([]);
    expect(await smallTargets(target), `small targets on ${name}`).toEqual([]);
    expect(await sidewaysScroll(target), `sideways scroll at 768 px on ${name}`).toBeLessThanOrEqual(0);
    await target.setViewportSize(ZOOM_200);
    expect(await sidewaysScroll(target), `sideways scroll at 200% zoom on ${name}`).toBeLessThanOrEqual(0);
  } finally {
    await done();
  }
}

for (const language of ["en", "es"] as const) {
  test(`every page passes axe, reflows and has 44-px targets (${language})`, async ({ page }, testInfo) => {
    test.setTimeout(600_000);
    const es = language === "es";
    const ui = es ? uiEs : uiEn;
    // Logged out: the login page, in the chosen language.
    await page.goto("/login");
    if (es) await page.getByRole("button", { name: "Español" }).click();
    await expect(page.getByRole("heading", { level: 1, name: es ? "Iniciar sesión" : "Log in" })).toBeVisible();
    await checkPage(page, "/login", `a11y-${language}-login`, testInfo);
    await checkPage(page, "/weather", `a11y-${language}-weather`, testInfo);

    await logIn(page, language);
    const youth = `Ash ${language} ${testInfo.project.name}`;
    const plan = await addYouth(page, youth, language, language);
    await page.getByRole("link", { name: es ? "Revisar y guardar la versión 1" : "Review and save version 1" }).click();
    await page.getByRole("button", { name: es ? "Guardar la versión 1" : "Save version 1" }).click();
    await expect(page.getByRole("status")).toBeVisible();

    const pages: [string, string][] = [
      ["/dashboard", "dashboard"],
      ["/youth/new", "youth-new"],
      [plan, "overview"],
      ...SECTION_IDS.map((s): [string, string] => [`${plan}/sections/${s}`, `section-${s}`]),
      [`${plan}/review`, "review"],
      [`${plan}/versions`, "versions"],
      [`${plan}/versions/1`, "version"],
      [`${plan}/copies`, "copies"],
      [`${plan}/versions/1/copies`, "version-copies"],
      [`${plan}/together`, "together"],
      ...SECTION_IDS.filter((s) => s !== "provider").map((s): [string, string] => [`${plan}/together/${s}`, `together-${s}`]),
      [`${plan}/together/copies`, "together-copies"],
      [`/unlock?redirectTo=${encodeURIComponent(plan)}`, "unlock"],
      ["/plans/AAAAAAAAAAAAAAAA", "not-found"],
    ];
    for (const [path, name] of pages) await checkPage(page, path, `a11y-${language}-${name}`, testInfo);

    // Flag the plan for a supervisor's consult and save version 2: the queue, the consult and the
    // comparison then have something to show. Then the follow-up, before and after it starts.
    await page.goto(`${plan}/sections/provider`);
    await page.getByLabel(templateText(language).fields.provider.concern).check();
    await page.getByRole("button", { name: ui.section.save, exact: true }).click();
    await page.waitForURL((url) => url.pathname === plan);
    await page.goto(`${plan}/review`);
    await page.getByRole("button", { name: ui.review.save(2) }).click();
    await expect(page.getByRole("status")).toBeVisible();
    await checkPage(page, `${plan}/follow-up`, `a11y-${language}-follow-up`, testInfo);
    await page.getByRole("button", { name: ui.followUp.start(2) }).click();
    await expect(page.getByRole("button", { name: ui.followUp.saveAndUpdate })).toBeVisible();
    const providerPages: [string, string][] = [
      [`${plan}/follow-up`, "follow-up-started"],
      [`${plan}/versions/compare`, "compare"],
      [`${plan}/what-helped`, "what-helped"],
      [`${plan}/versions/abc`, "refused"],
      [`${plan}/team`, "team"],
    ];
    for (const [path, name] of providerPages) await checkPage(page, path, `a11y-${language}-${name}`, testInfo);
    await page.getByRole("button", { name: ui.shell.logOut }).click();
    await expect(page.getByRole("heading", { level: 1, name: ui.login.title })).toBeVisible();

    // The admin's pages: accounts, one account, youth records, a youth's audit history, deletion.
    await logIn(page, language, ADMIN);
    await checkPage(page, "/admin", `a11y-${language}-admin`, testInfo);
    const account = await page.locator('a[href^="/admin/users/"]').first().getAttribute("href");
    await checkPage(page, "/admin/records", `a11y-${language}-admin-records`, testInfo);
    const audit = await page.getByRole("row").filter({ hasText: youth }).locator('a[href$="/audit"]').getAttribute("href");
    const youthPath = audit!.replace(/\/audit$/, "");
    const adminPages: [string, string][] = [
      [account!, "admin-account"],
      [`${youthPath}/audit`, "admin-audit"],
      [`${youthPath}/delete`, "admin-delete"],
    ];
    for (const [path, name] of adminPages) await checkPage(page, path, `a11y-${language}-${name}`, testInfo);
    await page.getByRole("button", { name: ui.shell.logOut }).click();
    await expect(page.getByRole("heading", { level: 1, name: ui.login.title })).toBeVisible();

    // The supervisor's pages: the agency's youth, the concern queue, the consult, an audit history.
    await logIn(page, language, SUPERVISOR);
    const supervisorPages: [string, string][] = [
      ["/dashboard", "supervisor-dashboard"],
      ["/follow-ups/later", "supervisor-due-list"],
      ["/review", "concern-queue"],
      [`${plan}/concern`, "concern-consult"],
      [`${youthPath}/audit`, "supervisor-audit"],
    ];
    for (const [path, name] of supervisorPages) await checkPage(page, path, `a11y-${language}-${name}`, testInfo);
  });
}

/** Presses Tab until the focused element has this accessible text; every stop must show its focus. */
async function tabTo(page: Page, text: string | RegExp) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || e === document.body) return null;
      const style = getComputedStyle(e);
      const label = e.id ? document.querySelector(`label[for="${e.id}"]`)?.textContent : null;
      return {
        text: (label ?? e.getAttribute("aria-label") ?? e.textContent ?? "").trim(),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        tag: e.outerHTML.slice(0, 80),
      };
    });
    if (!focused) continue;
    expect(focused.outline, `visible focus on ${focused.tag}`).toBe(true);
    if (typeof text === "string" ? focused.text === text : text.test(focused.text)) return;
  }
  throw new Error(`Tab never reached ${String(text)}`);
}

test("the walk-through works by keyboard alone, with a visible focus", async ({ page }, testInfo) => {
  const youth = `Keys ${testInfo.project.name}`;
  await page.goto("/login");
  await hydrated(page);
  await tabTo(page, "Email");
  await page.keyboard.type(PROVIDER.email);
  await tabTo(page, "Password");
  await page.keyboard.type(PROVIDER.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "My youth" })).toBeVisible();
  // The login loads a whole new document: type only once it has hydrated.
  await hydrated(page);

  await tabTo(page, "Add a youth");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Add a youth" })).toBeVisible();
  await tabTo(page, "Name or nickname");
  await page.keyboard.type(youth);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `${youth}’s plan` })).toBeVisible();

  await tabTo(page, "Work on it together");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "What would you like to do first?" })).toBeVisible();
  await tabTo(page, "Coping strategies");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Coping strategies" })).toBeVisible();
  await tabTo(page, "Deep breathing");
  await page.keyboard.press("Space");
  await tabTo(page, "Save and go back");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("We saved “Coping strategies”.");

  await tabTo(page, "Back to the provider view");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `${youth}’s plan` })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Coping strategies" })).toContainText("1 added");
});
