import { beforeAll, describe, expect, it } from "vitest";
import { uiEn } from "../../app/i18n/ui.en";
import { uiEs } from "../../app/i18n/ui.es";
import { db } from "../../app/models/db.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, html, post } from "../setup/handler";

/*
 * Names are printable text: a line break (which forges lines wherever a name is written out) or a
 * bidirectional control such as U+202E (which shows "txt.exe" as "exe.txt") is refused with a
 * message at the field, in the interface language, and nothing is stored.
 */

let handle: (request: Request) => Promise<Response>;
let provider: string;
let admin: string;

beforeAll(async () => {
  handle = await appHandler();
  const people = await makeAgencies();
  provider = await cookieFor(people.provider);
  admin = await cookieFor(people.admin);
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
