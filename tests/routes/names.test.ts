import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uiEn } from "../../app/i18n/ui.en";
import { uiEs } from "../../app/i18n/ui.es";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db } from "../../app/models/db.server";
import { closePdfWorkers } from "../../app/web/pdf.server";
import { SCHEMA_MESSAGES } from "../../templates/csecy-safety-plan/messages";
import { flat, pdfText } from "../pdf/pdf-helpers";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, get, html, post } from "../setup/handler";

/*
 * Names are printable text: a line break (which forges lines wherever a name is written out) or a
 * bidirectional control such as U+202E (which shows "txt.exe" as "exe.txt") is refused with a
 * message at the field, in the interface language, and nothing is stored.
 */

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;
let provider: string;
let admin: string;

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
  provider = await cookieFor(people.provider);
  admin = await cookieFor(people.admin);
});

afterAll(async () => {
  await closePdfWorkers();
});

const count = (table: string) => (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
const NOT_PRINTABLE = ["Robin\nFORGED", "Robin\r\nx", "\u202eRobin", "Ro\u2066bin", "Ro\u0000bin", "Ro\u2028bin"];

describe("names are printable text", () => {
  it.each(NOT_PRINTABLE)("a youth's chosen name %j is refused at the field, and no youth is added", async (chosenName) => {
    const before = count("youth");
    const response = await handle(post("/youth/new", { chosenName, preferredLanguage: "en" }, provider));
    expect(response.status).toBe(400);
    expect(await html(response)).toContain(uiEn.newYouth.notPrintable);
    expect(count("youth")).toBe(before);
  });

  it("says so in Spanish when the interface is in Spanish", async () => {
    const response = await handle(post("/youth/new", { chosenName: "\u202eRobin", preferredLanguage: "es" }, `${provider}; spb_lang=ImVzIg%3D%3D`));
    expect(response.status).toBe(400);
    expect(await html(response)).toContain(uiEs.newYouth.notPrintable);
  });

  it.each(NOT_PRINTABLE)("an account's name %j is refused at the field, and no account is made", async (displayName) => {
    const before = count("users");
    const response = await handle(post("/admin", { displayName, email: `n${Math.random()}@test.local`, role: "provider", password: TEST_PASSWORD }, admin));
    expect(response.status).toBe(400);
    expect(await html(response)).toContain(uiEn.admin.nameNotPrintable);
    expect(count("users")).toBe(before);
  });

  it("accepts names in any script, emoji joined with U+200D and Persian's U+200C included", async () => {
    for (const chosenName of ["Ana María", "خورشید\u200cی", "Kai 👩\u200d🎤", "Nguyễn", "O'Neil-Smith"]) {
      const response = await handle(post("/youth/new", { chosenName, preferredLanguage: "en" }, provider));
      expect(response.status, chosenName).toBe(302);
    }
  });
});

/** Each short name-like field of a plan, as its section form posts it. */
const PLAN_NAME_FIELDS: [section: string, field: string, others: [string, string][]][] = [
  ["about", "nameOnPlan", []],
  ["people", "items[0].nickname", [["items[0].id", ""]]],
  ["people", "items[0].relationship", [["items[0].id", ""], ["items[0].nickname", "Dee"]]],
  ["people", "items[0].codeWord", [["items[0].id", ""], ["items[0].nickname", "Dee"]]],
  ["places", "safe[0].name", [["safe[0].id", ""]]],
  ["places", "avoid[0].name", [["avoid[0].id", ""]]],
  ["situations", "items[0].title", [["items[0].id", ""], ["items[0].kind", "other"]]],
  ["resources", "own[0].name", [["own[0].id", ""]]],
];

describe("the names inside a plan are printable text", () => {
  it.each(PLAN_NAME_FIELDS)("%s %s: refused at the field on save, nothing saved", async (section, field, others) => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Wren", preferredLanguage: "en" });
    for (const value of NOT_PRINTABLE) {
      const response = await handle(post(`/plans/${planId}/sections/${section}`, [["revision", "0"], ...others, [field, value]], provider));
      expect(response.status, JSON.stringify(value)).toBe(400);
      const page = await html(response);
      expect(page).toContain(SCHEMA_MESSAGES.en.notPrintable);
      // At the field itself: its own error list (Conform's `<form id>-<field>-error`) holds the message.
      const fieldName = field.replace(/[[\].]/g, (c) => `\\${c}`);
      expect(page).toMatch(new RegExp(`id="[^"]*-${fieldName}-error"[^>]*><ul><li>${SCHEMA_MESSAGES.en.notPrintable.slice(0, 20)}`));
      expect(getPlan(people.provider, planId)!.revision).toBe(0);
    }
  });

  it("says so in the plan's language, in the together view too", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Lis", preferredLanguage: "es" });
    const response = await handle(post(`/plans/${planId}/together/people`, [["revision", "0"], ["items[0].id", ""], ["items[0].nickname", "Ana\u202e"]], provider));
    expect(response.status).toBe(400);
    expect(await html(response)).toContain(SCHEMA_MESSAGES.es.notPrintable);
  });

  it("a draft saved before the rule still opens, can be put right, and prints without the hidden marks", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Quill", preferredLanguage: "en" });
    // Saved before the rule: the model stores what the form gave it then.
    const old = saveSection(people.provider, planId, "people", { items: [{ id: "", nickname: "Dee\u202eevil", relationship: "aunt\r\nFORGED", codeWord: "" }] } as never, 0);
    if (old.status !== "saved") throw new Error("old draft not saved");
    const page = await handle(get(`/plans/${planId}/sections/people`, provider));
    expect(page.status).toBe(200);
    const versioned = saveVersion(people.provider, planId, "", old.revision);
    if (versioned.status !== "saved") throw new Error("version not saved");

    const pdf = await handle(get(`/plans/${planId}/versions/1/pdf?copy=youth&lang=en`, provider));
    expect(pdf.status).toBe(200);
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(flat(text)).toContain("Deeevil");
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\r]/);

    const itemId = getPlan(people.provider, planId)!.draft.people.items[0]!.id;
    const unchanged = await handle(
      post(`/plans/${planId}/sections/people`, [["revision", String(old.revision)], ["items[0].id", itemId], ["items[0].nickname", "Dee\u202eevil"], ["items[0].relationship", "aunt"]], provider),
    );
    expect(unchanged.status).toBe(400);
    const putRight = await handle(
      post(`/plans/${planId}/sections/people`, [["revision", String(old.revision)], ["items[0].id", itemId], ["items[0].nickname", "Dee"], ["items[0].relationship", "aunt"]], provider),
    );
    expect(putRight.status).toBe(302);
    expect(getPlan(people.provider, planId)!.draft.people.items[0]).toMatchObject({ nickname: "Dee", relationship: "aunt" });
  });
});
