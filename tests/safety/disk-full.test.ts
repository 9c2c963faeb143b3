import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getPlan } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db } from "../../app/models/db.server";
import { makeAgencies } from "../setup/fixtures";
import { appHandler, cookieFor, get, html as pageHtml, post } from "../setup/handler";

/*
 * A full disk, simulated with SQLite's max_page_count: the database may not grow by one page, so
 * any write that needs a new page fails with SQLITE_FULL ("database or disk is full"), exactly the
 * error a full disk gives. It is a setting of the connection the app itself uses (the test and
 * the handler share it), so nothing in the app knows it is a simulation.
 */

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;
let cookie: string;
const sqlite = db.$client;
const pragma = (name: string) => Number(sqlite.pragma(name, { simple: true }));

/** No free page left inside the file (VACUUM drops them), and the file may not grow: the disk is full. */
function fillTheDisk(): void {
  sqlite.exec("vacuum");
  expect(pragma("freelist_count")).toBe(0);
  sqlite.pragma(`max_page_count = ${pragma("page_count")}`);
}

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
  cookie = await cookieFor(people.provider);
});

afterEach(() => {
  sqlite.pragma("max_page_count = 4294967294");
});

describe("a full disk", () => {
  it("says so at the form, keeps what was typed and saves nothing; /healthz reports it; both recover", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Rain", preferredLanguage: "en" });
    const path = `/plans/${planId}/sections/follow-up`;
    expect((await handle(get(path, cookie))).status).toBe(200);
    expect(await (await handle(get("/healthz"))).text()).toBe("ok");

    const typed = "Check how the new school is going. ".repeat(100).trim();
    fillTheDisk();

    const refused = await handle(post(path, [["revision", "0"], ["checkOn", typed]], cookie));
    expect(refused.status).toBe(503);
    const page = await pageHtml(refused);
    expect(page).toContain("The app could not save this because its storage is full or not working. Nothing was saved.");
    expect(page).toContain(typed);
    expect(getPlan(people.provider, planId)!.revision).toBe(0);

    const health = await handle(get("/healthz"));
    expect(health.status).toBe(503);
    expect(await health.text()).toBe("database cannot write (storage full or failing)");

    sqlite.pragma("max_page_count = 4294967294");
    expect((await handle(get("/healthz"))).status).toBe(200);
    expect((await handle(post(path, [["revision", "0"], ["checkOn", typed]], cookie))).status).toBe(302);
    expect(getPlan(people.provider, planId)!.draft["follow-up"].checkOn).toBe(typed);
  });

  it("says so in the plan's language, in the together view too", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Luna", preferredLanguage: "es" });
    const typed = "Ir a la biblioteca los martes. ".repeat(120).trim();
    fillTheDisk();
    const refused = await handle(post(`/plans/${planId}/together/follow-up`, [["revision", "0"], ["checkOn", typed]], cookie));
    expect(refused.status).toBe(503);
    const page = await pageHtml(refused);
    expect(page).toContain("La aplicación no pudo guardar esto porque su almacenamiento está lleno o no funciona.");
    expect(page).toContain(typed);
  });
});
