import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db, schema } from "../../app/models/db.server";
import { quickExitUrl } from "../../app/web/quick-exit.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, get, html as pageHtml, post } from "../setup/handler";
import { TOGETHER_SECTIONS } from "../../app/utils/together-addresses";

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
});

/** A plan with one person the provider marked as maybe linked to the exploiter. */
function planWithLinkedPerson(language: "en" | "es" = "en") {
  const { planId } = createYouthWithPlan(people.provider, { chosenName: "Wren", preferredLanguage: language });
  const section = {
    items: [
      { ...emptyPersonFields(), id: "p-linked", nickname: "Rico", mightBeLinked: true },
      { ...emptyPersonFields(), id: "p-aunt", nickname: "Aunt May", mightBeLinked: false },
    ],
  };
  const saved = saveSection(people.provider, planId, "people", section, 0);
  if (saved.status !== "saved") throw new Error("not saved");
  return { planId, revision: saved.revision };
}

function emptyPersonFields() {
  return {
    id: "",
    nickname: "",
    relationship: "",
    contact: "",
    numberKept: "" as const,
    knowsSituation: false,
    mightBeLinked: false,
    codeWord: "",
    codeWordMeaning: "",
    codeWordAction: "",
    keepOffPrint: false,
  };
}

const countAudit = (action: "quick_exit" | "together_handover" | "together_unlock") =>
  db.select().from(schema.auditEvents).where(and(eq(schema.auditEvents.action, action), eq(schema.auditEvents.userId, people.provider.id))).all().length;

describe("together view", () => {
  it("shows the youth's wording, no provider section, tips, notes or flags, and a quick exit form", async () => {
    const cookie = await cookieFor(people.provider);
    const { planId } = planWithLinkedPerson();
    const start = await pageHtml(await handle(get(`/plans/${planId}/together`, cookie)));
    expect(start).toContain("What would you like to do first?");
    expect(start).not.toContain("Provider notes");
    expect(start).toContain('action="/quick-exit"');

    const questions = await pageHtml(await handle(get(`/plans/${planId}/together/questions`, cookie)));
    expect(questions).toContain("How have you kept yourself safe before?");
    expect(questions).not.toContain("How have you kept yourself safe in the past?");
    expect(questions).not.toContain("Conversation tips");

    const peoplePage = await pageHtml(await handle(get(`/plans/${planId}/together/people`, cookie)));
    expect(peoplePage).toContain("Rico");
    expect(peoplePage).not.toContain("Might be linked");
    // Not even in the page's data.
    expect(peoplePage).not.toContain("mightBeLinked");

    expect((await handle(get(`/plans/${planId}/together/provider`, cookie))).status).toBe(404);
  });

  it("keeps the provider-only flag when the youth saves the people section, and new people start unmarked", async () => {
    const cookie = await cookieFor(people.provider);
    const { planId, revision } = planWithLinkedPerson();
    const response = await handle(
      post(
        `/plans/${planId}/together/people`,
        [
          ["revision", String(revision)],
          ["items[0].id", "p-aunt"],
          ["items[0].nickname", "Aunt May"],
          ["items[1].id", "p-linked"],
          ["items[1].nickname", "Rico R."],
          ["items[2].nickname", "Coach"],
        ],
        cookie,
      ),
    );
    expect(response.status).toBe(302);
    // The start page says what was saved by the section's number (its place in the list), never its name.
    expect(response.headers.get("Location")).toBe(`/plans/${planId}/together?saved=${TOGETHER_SECTIONS.indexOf("people") + 1}`);
    const items = getPlan(people.provider, planId)!.draft.people.items;
    expect(items.map((p) => [p.nickname, p.mightBeLinked])).toEqual([
      ["Aunt May", false],
      ["Rico R.", true],
      ["Coach", false],
    ]);
  });

  it("answers field errors in the plan's language (Spanish plan, Spanish message)", async () => {
    const cookie = await cookieFor(people.provider);
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Luz", preferredLanguage: "es" });
    const response = await handle(post(`/plans/${planId}/together/about`, { revision: "0", date: "mañana", language: "es" }, cookie));
    expect(response.status).toBe(400);
    const page = await pageHtml(response);
    expect(page).toContain("Escribe una fecha como 2026-12-05, por favor.");
    expect(page).toContain("Salida rápida");
    expect(page).toContain('lang="es"');
  });
});

describe("handing the screen to the youth", () => {
  it("lets the youth use the together view, asks for the password on any provider page, and takes it back with the password", async () => {
    const cookie = await cookieFor(people.provider);
    const { planId } = planWithLinkedPerson();
    const before = countAudit("together_handover");
    const handOver = await handle(post(`/plans/${planId}/together`, { intent: "hand-over" }, cookie));
    expect(handOver.headers.get("Location")).toBe(`/plans/${planId}/together`);
    expect(countAudit("together_handover")).toBe(before + 1);

    expect((await handle(get(`/plans/${planId}/together`, cookie))).status).toBe(200);
    for (const path of [`/plans/${planId}`, `/plans/${planId}/sections/provider`, "/dashboard", `/plans/${planId}/versions`]) {
      const response = await handle(get(path, cookie));
      expect(response.status, path).toBe(302);
      expect(response.headers.get("Location"), path).toBe(`/unlock?${new URLSearchParams({ redirectTo: path })}`);
    }
    // A save from a provider form is refused too.
    expect((await handle(post(`/plans/${planId}/sections/provider`, { revision: "1", notes: "x" }, cookie))).status).toBe(302);

    const wrong = await handle(post("/unlock", { password: "not it", redirectTo: `/plans/${planId}` }, cookie));
    expect(wrong.status).toBe(401);
    expect(await pageHtml(wrong)).toContain("That password is not right. Please try again.");
    expect((await handle(get(`/plans/${planId}`, cookie))).status).toBe(302);

    const right = await handle(post("/unlock", { password: TEST_PASSWORD, redirectTo: `/plans/${planId}` }, cookie));
    expect(right.headers.get("Location")).toBe(`/plans/${planId}`);
    expect((await handle(get(`/plans/${planId}`, cookie))).status).toBe(200);
    expect(countAudit("together_unlock")).toBeGreaterThan(0);
  });

  it("keeps the screen handed over after a wrong password, and never redirects off the site after unlocking", async () => {
    const cookie = await cookieFor(people.provider);
    const { planId } = planWithLinkedPerson();
    await handle(post(`/plans/${planId}/together`, { intent: "hand-over" }, cookie));
    const response = await handle(post("/unlock", { password: "a guess", redirectTo: "//evil.example" }, cookie));
    expect(response.status).toBe(401);
    expect((await handle(get("/dashboard", cookie))).headers.get("Location")).toMatch(/^\/unlock\?/);
    const unlocked = await handle(post("/unlock", { password: TEST_PASSWORD, redirectTo: "//evil.example" }, cookie));
    expect(unlocked.headers.get("Location")).toBe("/dashboard");
  });

  it("refuses a hand-over of a plan outside the care team as not found", async () => {
    const { planId } = planWithLinkedPerson();
    const outsider = await cookieFor(people.outsider);
    expect((await handle(post(`/plans/${planId}/together`, { intent: "hand-over" }, outsider))).status).toBe(404);
    expect((await handle(get(`/plans/${planId}/together`, outsider))).status).toBe(404);
  });
});

describe("quick exit", () => {
  it("ends the session and sends the browser to the neutral page; the old cookie opens nothing", async () => {
    const cookie = await cookieFor(people.provider);
    const { planId } = planWithLinkedPerson();
    const before = countAudit("quick_exit");
    const response = await handle(post("/quick-exit", {}, cookie));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/weather");
    expect(response.headers.get("Set-Cookie")).toMatch(/^spb_session=; Max-Age=0/);
    expect(countAudit("quick_exit")).toBe(before + 1);
    const after = await handle(get(`/plans/${planId}/together`, cookie));
    expect(after.status).toBe(302);
    // The login page's address names nothing of the plan (issue 11: Back after an exit must not tell).
    expect(after.headers.get("Location")).toBe("/login");
  });

  it("shows a neutral page that names neither the app nor a plan", async () => {
    const page = await pageHtml(await handle(get("/weather")));
    expect(page).toContain("Los Angeles weather");
    expect(page).not.toMatch(/safety|plan|exit|help/i);
  });

  it("takes a same-site path or an https address from QUICK_EXIT_URL, and nothing else", () => {
    expect(quickExitUrl(undefined)).toBe("/weather");
    expect(quickExitUrl("/weather?city=la")).toBe("/weather?city=la");
    expect(quickExitUrl("https://www.bing.com/search?q=weather")).toBe("https://www.bing.com/search?q=weather");
    expect(quickExitUrl("//evil.example")).toBe("/weather");
    expect(quickExitUrl("javascript:alert(1)")).toBe("/weather");
    expect(quickExitUrl("http://plain.example")).toBe("/weather");
  });
});

describe("interface language", () => {
  it("is chosen with a form, kept in a cookie, and shows every page in Spanish", async () => {
    const cookie = await cookieFor(people.provider);
    const set = await handle(post("/language", { language: "es", redirectTo: "/dashboard" }, cookie));
    expect(set.status).toBe(302);
    expect(set.headers.get("Location")).toBe("/dashboard");
    const langCookie = set.headers.get("Set-Cookie")!.split(";")[0]!;
    const both = `${cookie}; ${langCookie}`;
    const dashboard = await pageHtml(await handle(get("/dashboard", both)));
    expect(dashboard).toContain('<html lang="es"');
    expect(dashboard).toContain("Mis jóvenes");
    expect(dashboard).toContain("Cerrar sesión");
    const login = await pageHtml(await handle(get("/login", langCookie)));
    expect(login).toContain("Iniciar sesión");
  });

  it("leaves the language as it was for an unknown one, and never redirects off the site", async () => {
    const unknown = await handle(post("/language", { language: "xx", redirectTo: "/dashboard" }));
    expect(unknown.status).toBe(302);
    expect(unknown.headers.get("Set-Cookie")).toBeNull();
    const away = await handle(post("/language", { language: "es", redirectTo: "https://evil.example" }));
    expect(away.headers.get("Location")).toBe("/dashboard");
  });

  it("answers login errors in the chosen language", async () => {
    const response = await handle(post("/login", { email: people.provider.email, password: "wrong" }, "spb_lang=ImVzIg%3D%3D"));
    expect(await pageHtml(response)).toContain("Ese correo y esa contraseña no coinciden con una cuenta activa.");
  });

  it("keeps an English plan in English on a Spanish interface (each plan has its own language)", async () => {
    const cookie = await cookieFor(people.provider);
    const { planId } = planWithLinkedPerson("en");
    const page = await pageHtml(await handle(get(`/plans/${planId}/sections/people`, `${cookie}; spb_lang=ImVzIg%3D%3D`)));
    expect(page).toContain("Guardar");
    expect(page).toContain("Add a person");
    expect(page).not.toContain("Añadir una persona");
  });
});
