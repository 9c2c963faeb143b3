import { addItem, addYouth, backToOverview, exact, expect, group, logIn, openSection, region, saveSection, shot, test } from "./helpers";

/*
 * A provider's whole walk-through in the browser, run twice: with JavaScript ("js") and without
 * ("no-js", where every add/move/remove button and Save is a full POST → redirect → GET).
 * With JavaScript on, the tests wait on what the page shows (locators), never on the URL.
 */

const Q1 = "How have you kept yourself safe in the past?";
const Q9 = "When I get stressed out I can use the following ways to calm myself down....";

test("a provider builds a plan in any order, saves two versions, and older versions stay as saved", async ({ page }, testInfo) => {
  const youth = `Jay ${testInfo.project.name}`;

  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await shot(page, testInfo, "login");
  await logIn(page);
  await shot(page, testInfo, "dashboard-empty");
  await addYouth(page, youth);
  await expect(page.getByText("We have a few things to do today, what would you like to do first?")).toBeVisible();
  await shot(page, testInfo, "overview-new");

  // People first: two people, typed, then the second moved above the first.
  await openSection(page, "People who support me");
  await expect(page.getByText("Nothing here yet.")).toBeVisible();
  let person = await addItem(page, "Add a person", "Person 1");
  await person.getByLabel("Nickname", exact).fill("Auntie Rosa");
  await person.getByLabel("Who they are to me", exact).fill("My aunt");
  await person.getByLabel("How to reach them", exact).fill("555-0100");
  await person.getByLabel("Their number", exact).selectOption({ label: "I know the number by heart" });
  await person.getByLabel("Knows my situation", exact).check();
  await person.getByLabel("Code word", exact).fill("pineapple");
  await person.getByLabel("What the code word means", exact).fill("I need a ride now");
  await person.getByLabel("What they should do when I say it", exact).fill("Come get me, no questions");
  person = await addItem(page, "Add a person", "Person 2");
  // What was typed in person 1 survives adding person 2 (a full round trip without JavaScript).
  await expect(group(page, "Person 1").getByLabel("Nickname", exact)).toHaveValue("Auntie Rosa");
  await person.getByLabel("Nickname", exact).fill("Coach Dee");
  await person.getByLabel("Who they are to me", exact).fill("Basketball coach");
  await person.getByLabel("How to reach them", exact).fill("Text 555-0199");
  await person.getByRole("button", { name: "Move up Person 2", exact: true }).click();
  await expect(group(page, "Person 1").getByLabel("Nickname", exact)).toHaveValue("Coach Dee");
  await expect(group(page, "Person 2").getByLabel("Nickname", exact)).toHaveValue("Auntie Rosa");
  await expect(group(page, "Person 2").getByLabel("Code word", exact)).toHaveValue("pineapple");
  await expect(group(page, "Person 2").getByLabel("Knows my situation", exact)).toBeChecked();
  await shot(page, testInfo, "section-people");
  await saveSection(page, "People who support me");
  await expect(page.getByRole("listitem").filter({ hasText: "People who support me" })).toContainText("2 added");

  // Coping: two suggestions and an idea of the youth's own.
  await openSection(page, "Coping strategies");
  await page.getByLabel("Deep breathing", exact).check();
  await page.getByLabel("Writing in a journal", exact).check();
  let idea = await addItem(page, "Add my own idea", "My idea 1");
  await idea.getByLabel("My idea", exact).fill("Listening to my playlist");
  await expect(page.getByLabel("Deep breathing", exact)).toBeChecked();
  await shot(page, testInfo, "section-coping");
  await saveSection(page, "Coping strategies");

  // Safety questions: a few answers.
  await openSection(page, "Safety questions");
  await page.getByLabel(Q1, exact).fill("I stay with my cousin when things get bad.");
  await page.getByLabel("Who will you contact if you need help and how will you contact them?", exact).fill("Auntie Rosa, by text.");
  await page.getByLabel(Q9, exact).fill("Breathing and music.");
  await shot(page, testInfo, "section-questions");
  await saveSection(page, "Safety questions");

  // Places: two safe places (one then removed) and a place to avoid.
  await openSection(page, "Safe places and places to avoid");
  const safe = group(page, "Safe places");
  const avoid = group(page, "Places to avoid");
  let place = await addItem(safe, "Add a safe place", "Safe place 1");
  await place.getByLabel("Place", exact).fill("Old bus stop");
  await place.getByLabel("Why it feels safe", exact).fill("Busy and lit");
  place = await addItem(safe, "Add a safe place", "Safe place 2");
  await place.getByLabel("Place", exact).fill("The library on 5th");
  await place.getByLabel("Why it feels safe", exact).fill("Staff know me");
  place = await addItem(avoid, "Add a place to avoid", "Place to avoid 1");
  await place.getByLabel("Place", exact).fill("The motel on Figueroa");
  await place.getByLabel("Why I stay away", exact).fill("He looks for me there");
  await group(safe, "Safe place 1").getByRole("button", { name: "Remove Safe place 1", exact: true }).click();
  await expect(group(safe, "Safe place 2")).toHaveCount(0);
  await expect(group(safe, "Safe place 1").getByLabel("Place", exact)).toHaveValue("The library on 5th");
  await expect(group(avoid, "Place to avoid 1").getByLabel("Place", exact)).toHaveValue("The motel on Figueroa");
  await shot(page, testInfo, "section-places");
  await saveSection(page, "Safe places and places to avoid");

  // Safer strategies: only because the youth wants it.
  await expect(page.getByRole("listitem").filter({ hasText: "Safer strategies" })).toContainText("Only if the youth wants it");
  await openSection(page, "Safer strategies");
  await page.getByLabel("I want to talk about safer strategies", exact).check();
  await page.getByLabel("Checking in with someone", exact).check();
  idea = await addItem(page, "Add my own idea", "My idea 1");
  await idea.getByLabel("My idea", exact).fill("Share my location with a friend");
  await shot(page, testInfo, "section-safer-working");
  await saveSection(page, "Safer strategies");

  // Dangerous situations.
  await openSection(page, "Plans for when things get dangerous");
  const situation = await addItem(page, "Add a situation", "Situation 1");
  await situation.getByLabel("Kind of situation", exact).selectOption({ label: "If the person exploiting me gets in touch" });
  await situation.getByLabel("In my words", exact).fill("If he texts me");
  await situation.getByLabel("Warning signs", exact).fill("Lots of messages late at night");
  await situation.getByLabel("My steps", exact).fill("Don't answer, screenshot, tell Coach Dee");
  await situation.getByLabel("Who I call", exact).fill("Coach Dee");
  await shot(page, testInfo, "section-situations");
  await saveSection(page, "Plans for when things get dangerous");

  // Go-bag.
  await openSection(page, "Things to take if I leave");
  await page.getByLabel("Phone and charger", exact).check();
  await page.getByLabel("ID and key papers (or copies)", exact).check();
  idea = await addItem(page, "Add my own idea", "My idea 1");
  await idea.getByLabel("My idea", exact).fill("My sketchbook");
  await shot(page, testInfo, "section-go-bag");
  await saveSection(page, "Things to take if I leave");

  // Saying no.
  await openSection(page, "Saying no");
  const line = await addItem(page, "Add a refusal line", "Refusal line 1");
  await line.getByLabel("When", exact).fill("Someone asks me to party");
  await line.getByLabel("What I'll say", exact).fill("Nah, I've got practice early.");
  await shot(page, testInfo, "section-refusal");
  await saveSection(page, "Saying no");

  // Places that can help: one from the directory and one of the youth's own.
  await openSection(page, "Places that can help");
  await expect(page.getByText("National Human Trafficking Hotline", { exact: false }).first()).toBeVisible();
  await page.getByLabel(/^988 Suicide & Crisis Lifeline/).check();
  const own = await addItem(page, "Add a place", "Place 1");
  await own.getByLabel("Name", exact).fill("Drop-in center");
  await own.getByLabel("Phone or text", exact).fill("555-0142");
  await own.getByLabel("Notes", exact).fill("Open after school");
  await shot(page, testInfo, "section-resources");
  await saveSection(page, "Places that can help");

  // Next time.
  await openSection(page, "Next time");
  await page.getByLabel("Next meeting", exact).fill("2026-06-15");
  await page.getByLabel("What we will check on", exact).fill("Did the playlist help?");
  await shot(page, testInfo, "section-follow-up");
  await saveSection(page, "Next time");

  // About this plan, late: the youth chose the order.
  await openSection(page, "About this plan");
  await page.getByLabel("Name or nickname on this plan", exact).fill("J");
  await page.getByLabel("Date", exact).fill("2026-05-01");
  await page.getByLabel("Who is here today", exact).fill("Jay and their case manager");
  await page.getByLabel("I'm thinking about leaving", exact).check();
  await page.getByLabel("What safety means to me", exact).fill("Sleeping somewhere I don't have to watch the door.");
  await shot(page, testInfo, "section-about");
  await saveSection(page, "About this plan");

  // Provider notes.
  await openSection(page, "Provider notes");
  await page.getByLabel("Private notes", exact).fill("Youth engaged well; revisit go-bag.");
  await shot(page, testInfo, "section-provider");
  await saveSection(page, "Provider notes");
  await shot(page, testInfo, "overview-filled");

  // Review → version 1.
  await page.getByRole("link", { name: "Review and save version 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review the plan" })).toBeVisible();
  const people = region(page, "People who support me").getByRole("listitem");
  await expect(people).toHaveCount(2);
  await expect(people.nth(0)).toContainText("Coach Dee");
  await expect(people.nth(1)).toContainText("Auntie Rosa");
  await expect(region(page, "Safe places and places to avoid")).toContainText("The library on 5th");
  await expect(region(page, "Safe places and places to avoid")).not.toContainText("Old bus stop");
  await expect(region(page, "Safer strategies")).toContainText("Checking in with someone");
  await expect(region(page, "Coping strategies")).toContainText("Listening to my playlist");
  await shot(page, testInfo, "review");
  await page.getByLabel("A short note about this version (optional)").fill("First plan together");
  await page.getByRole("button", { name: "Save version 1" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 1.");
  await expect(page.getByRole("heading", { level: 1, name: "Version 1" })).toBeVisible();
  await expect(region(page, "Safety questions")).toContainText("I stay with my cousin when things get bad.");
  await expect(page.getByText("Note: First plan together")).toBeVisible();

  // A change in one section → version 2.
  await backToOverview(page, youth);
  await expect(page.getByRole("link", { name: "Saved versions (1)" })).toBeVisible();
  await openSection(page, "Safety questions");
  await expect(page.getByLabel(Q1, exact)).toHaveValue("I stay with my cousin when things get bad.");
  await page.getByLabel(Q1, exact).fill("Now I call Coach Dee first.");
  await saveSection(page, "Safety questions");
  await page.getByRole("link", { name: "Review and save version 2" }).click();
  await page.getByLabel("A short note about this version (optional)").fill("Updated after practice");
  await page.getByRole("button", { name: "Save version 2" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
  await expect(region(page, "Safety questions")).toContainText("Now I call Coach Dee first.");
  await shot(page, testInfo, "version-2-saved");

  // The list of versions, then version 1 as it was saved.
  await page.getByRole("link", { name: "Saved versions", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saved versions" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Version 1" })).toContainText("First plan together");
  await expect(page.getByRole("row").filter({ hasText: "Version 2" })).toContainText("Updated after practice");
  await shot(page, testInfo, "versions");
  await page.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Version 1" })).toBeVisible();
  await expect(page.getByText("This is an older version. It is shown as it was saved.")).toBeVisible();
  await expect(region(page, "Safety questions")).toContainText("I stay with my cousin when things get bad.");
  await expect(region(page, "Safety questions")).not.toContainText("Now I call Coach Dee first.");
  await shot(page, testInfo, "version-1");

  await page.getByRole("link", { name: "Saved versions", exact: true }).click();
  await page.getByRole("link", { name: "Version 2", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Version 2" })).toBeVisible();
  await expect(region(page, "Safety questions")).toContainText("Now I call Coach Dee first.");
  await expect(region(page, "Safety questions")).not.toContainText("I stay with my cousin when things get bad.");
  await expect(page.getByText("This is an older version.")).toHaveCount(0);

  // The dashboard lists the youth with their latest version.
  await page.getByRole("link", { name: "My youth", exact: true }).click();
  await expect(page.getByRole("table", { name: "All my youth" }).getByRole("row").filter({ hasText: youth }).getByRole("cell").nth(1)).toHaveText("2");
  await shot(page, testInfo, "dashboard");
});

test("a too-long entry is refused at its field and everything typed stays", async ({ page }, testInfo) => {
  const tooLong = "A".repeat(90);
  await logIn(page);

  // New youth: the nickname limit is 80.
  await page.getByRole("link", { name: "Add a youth" }).click();
  const name = page.getByLabel("Name or nickname", exact);
  await name.fill(tooLong);
  await page.getByRole("button", { name: "Add and open the plan" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Please use at most 80 characters\./);
  await expect(page.getByText("Please use at most 80 characters.")).toBeVisible();
  await expect(name).toHaveValue(tooLong);
  await expect(page.getByRole("heading", { level: 1, name: "Add a youth" })).toBeVisible();
  await shot(page, testInfo, "youth-new-error");
  const youth = `Val ${testInfo.project.name}`;
  await name.fill(youth);
  await page.getByRole("button", { name: "Add and open the plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${youth}’s plan` })).toBeVisible();

  // A section: a too-long nickname next to other typed fields.
  await openSection(page, "People who support me");
  const person = await addItem(page, "Add a person", "Person 1");
  await person.getByLabel("Nickname", exact).fill(tooLong);
  await person.getByLabel("Who they are to me", exact).fill("Older sister");
  await person.getByLabel("How to reach them", exact).fill("555-0111");
  await person.getByLabel("Knows my situation", exact).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const nickname = group(page, "Person 1").getByLabel("Nickname", exact);
  await expect(nickname).toHaveAttribute("aria-invalid", "true");
  await expect(nickname).toHaveAccessibleDescription(/Please use at most 80 characters\./);
  await expect(nickname).toHaveValue(tooLong);
  await expect(group(page, "Person 1").getByLabel("Who they are to me", exact)).toHaveValue("Older sister");
  await expect(group(page, "Person 1").getByLabel("How to reach them", exact)).toHaveValue("555-0111");
  await expect(group(page, "Person 1").getByLabel("Knows my situation", exact)).toBeChecked();
  await expect(page.getByRole("heading", { level: 1, name: "People who support me" })).toBeVisible();
  await shot(page, testInfo, "section-people-error");

  // Fixed, it saves.
  await nickname.fill("Sis");
  await saveSection(page, "People who support me");
  await page.getByRole("link", { name: "Review and save version 1" }).click();
  await expect(region(page, "People who support me")).toContainText("Sis");
  await expect(region(page, "People who support me")).toContainText("Older sister");
});

test("a form opened before someone else saved shows both sides, keeps what was typed and asks where both changed", async ({ page, context }, testInfo) => {
  await logIn(page);
  const youth = `Kit ${testInfo.project.name}`;
  await addYouth(page, youth);
  const planUrl = page.url();

  await openSection(page, "Safety questions");
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole("heading", { level: 1, name: "Safety questions" })).toBeVisible();

  // First tab saves.
  await page.getByLabel(Q1, exact).fill("Typed in the first tab.");
  await saveSection(page, "Safety questions");

  // Second tab, opened before that save, is refused and keeps its text.
  await second.getByLabel(Q1, exact).fill("Typed in the second tab.");
  await second.getByLabel(Q9, exact).fill("Music, second tab.");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByRole("alert").filter({ hasText: "This part was saved in another tab or on another device" })).toBeVisible();
  await expect(second.getByLabel(Q1, exact)).toHaveValue("Typed in the second tab.");
  await expect(second.getByLabel(Q9, exact)).toHaveValue("Music, second tab.");
  await shot(second, testInfo, "section-conflict");

  // Both tabs answered the first question: the second tab chooses to keep its own answer.
  await second.getByRole("radio", { name: "Keep what I typed" }).check();
  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByRole("status")).toHaveText("Saved “Safety questions” to the draft.");
  await second.goto(`${planUrl}/review`);
  await expect(region(second, "Safety questions")).toContainText("Typed in the second tab.");
  await expect(region(second, "Safety questions")).not.toContainText("Typed in the first tab.");
  await second.close();
});
