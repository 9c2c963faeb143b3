import { beforeAll, describe, expect, it } from "vitest";
import { uiEn } from "../../app/i18n/ui.en";
import { uiEs } from "../../app/i18n/ui.es";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { makeAgencies } from "../setup/fixtures";
import { appHandler, cookieFor, get, html, LANGUAGE_COOKIE, post, visibleText } from "../setup/handler";

/*
 * "Find by name" on the dashboard and the admin's records, through the real handler: posted, so
 * the name typed is in no address; what is found is the actor's own list, in place of the lists;
 * an empty search gets its message at the field, in the interface language.
 */

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;
const cookie = { provider: "", supervisor: "", admin: "", outsider: "" };

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
  for (const name of ["Ángel", "Robin", "Sky"]) createYouthWithPlan(people.provider, { chosenName: name, preferredLanguage: "en" });
  createYouthWithPlan(people.colleague, { chosenName: "Angelito", preferredLanguage: "en" });
  createYouthWithPlan(people.outsider, { chosenName: "Angel Elsewhere", preferredLanguage: "en" });
  for (const who of ["provider", "supervisor", "admin", "outsider"] as const) cookie[who] = await cookieFor(people[who]);
});

async function search(path: string, who: keyof typeof cookie, name: string, language: "en" | "es" = "en") {
  const response = await handle(post(path, { name }, `${cookie[who]}; ${LANGUAGE_COOKIE[language]}`));
  return { status: response.status, location: response.headers.get("Location"), text: visibleText(await html(response)) };
}

describe("find by name", () => {
  it("the dashboard offers it, as a posted form", async () => {
    const page = await html(await handle(get("/dashboard", cookie.provider)));
    expect(page).toMatch(/<form method="post"[^>]*class="name-search"/);
    expect(visibleText(page)).toContain(uiEn.nameSearch.label);
  });

  it("a provider finds their care team's names, and the page shows those alone", async () => {
    const found = await search("/dashboard", "provider", "angel");
    expect(found.status).toBe(200);
    expect(found.location).toBeNull();
    expect(found.text).toContain(uiEn.nameSearch.found(1, "angel", false));
    expect(found.text).toContain("Ángel");
    for (const absent of ["Angelito", "Angel Elsewhere", "Robin", uiEn.dashboard.allMyYouth]) expect(found.text).not.toContain(absent);
    expect(found.text).toContain(uiEn.nameSearch.clear);
  });

  it("a supervisor finds the agency's names, never another agency's", async () => {
    const found = await search("/dashboard", "supervisor", "ANGEL");
    expect(found.text).toContain(uiEn.nameSearch.found(2, "ANGEL", false));
    expect(found.text).toContain("Angelito");
    expect(found.text).not.toContain("Angel Elsewhere");
  });

  it("says so when no name holds the text, in Spanish for a Spanish interface", async () => {
    const found = await search("/dashboard", "provider", "zz", "es");
    expect(found.text).toContain(uiEs.nameSearch.found(0, "zz", false));
  });

  it("an empty search gets its message at the field, in the interface language", async () => {
    for (const language of ["en", "es"] as const) {
      const response = await handle(post("/dashboard", { name: "   " }, `${cookie.provider}; ${LANGUAGE_COOKIE[language]}`));
      expect(response.status).toBe(400);
      const page = await html(response);
      const message = (language === "en" ? uiEn : uiEs).nameSearch.enterName;
      expect(page).toMatch(new RegExp(`<input[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*name-error`));
      expect(page).toMatch(new RegExp(`id="[^"]*name-error"[^>]*>.*${message}`));
    }
  });

  it("an admin finds the agency's records; the records page refuses a provider's search", async () => {
    const found = await search("/admin/records", "admin", "ang");
    expect(found.status).toBe(200);
    expect(found.text).toContain(uiEn.nameSearch.found(2, "ang", false));
    expect(found.text).toContain("Angelito");
    expect(found.text).not.toContain("Robin");
    expect(found.text).not.toContain("Angel Elsewhere");
    expect((await search("/admin/records", "provider", "ang")).status).not.toBe(200);
    expect((await search("/dashboard", "admin", "ang")).status).not.toBe(200);
  });
});
