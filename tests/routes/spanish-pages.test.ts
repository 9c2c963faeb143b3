import { describe, expect, it } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { get, html, LANGUAGE_COOKIE, post, signedInApp } from "../setup/handler";

const { handle, people, cookie: session } = await signedInApp();
const cookie = `${session}; ${LANGUAGE_COOKIE.es}`;

/** A plan with two saved versions that differ in coping strategies, and a meeting long past. */
function planWithTwoVersions() {
  const planId = createYouthWithPlan(people.provider, { chosenName: "Wren", preferredLanguage: "en" }).planId;
  const writes = ["people", "places", "coping", "go-bag"] as const;
  writes.forEach((section, i) => saveSection(people.provider, planId, section, demoPlanContent[section], i));
  saveSection(people.provider, planId, "follow-up", { nextMeeting: "2020-01-06", checkOn: "" }, writes.length);
  saveVersion(people.provider, planId, "", writes.length + 1);
  const revision = getPlan(people.provider, planId)!.revision;
  saveSection(people.provider, planId, "coping", { chosen: ["deep-breathing", "journaling"], own: ["Music with headphones"] }, revision);
  saveVersion(people.provider, planId, "", revision + 1);
  return planId;
}

const page = async (path: string) => {
  const response = await handle(get(path, cookie));
  expect(response.status).toBe(200);
  return html(response);
};

function expectNone(body: string, english: string[]) {
  for (const text of english) expect(body, text).not.toContain(text);
}

describe("pages moved into the catalogue, on a Spanish interface", () => {
  it("shows the dashboard's follow-up lists in Spanish", async () => {
    planWithTwoVersions();
    const body = await page("/dashboard");
    expect(body).toContain("Seguimientos");
    expect(body).toMatch(/Atrasados \(\d+\)<\/h3>/);
    expect(body).toContain("Esta semana (");
    expect(body).toContain("Más adelante (");
    expect(body).toContain("Todas mis personas jóvenes");
    expect(body).toContain("<td>Versión 2</td>");
    expect(body).toContain('id="due-overdue"');
    expectNone(body, [">Follow-ups<", "Overdue (", "Due this week", "Later (", "Last version", "All my youth", "Nothing overdue", "None saved yet"]);
  });

  it("shows the follow-up page in Spanish, before and after starting", async () => {
    const planId = planWithTwoVersions();
    const before = await page(`/plans/${planId}/follow-up`);
    expect(before).toContain("Seguimiento con Wren");
    expect(before).toContain("Empezar el seguimiento de la versión 2");
    expectNone(before, ["Follow-up with", "Start the follow-up of version", "This walks through version"]);

    const started = await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    expect(started.status).toBe(302);
    const body = await page(`/plans/${planId}/follow-up`);
    expect(body).toContain("Repasando en equipo la versión 2.");
    expect(body).toContain("Guardar respuestas y actualizar el plan");
    expect(body).toContain("O, en lugar de palabras");
    expectNone(body, [
      "Looking back at version",
      "answered so far",
      "Save answers and update the plan",
      "Save answers and stay here",
      "Back without saving",
      "Or, instead of words",
      "Anything to add (optional)",
      "In the youth&#x27;s own words",
      "Conversation tips (for you)",
    ]);
  });

  it("refuses a follow-up of a plan with no version in Spanish", async () => {
    const planId = createYouthWithPlan(people.provider, { chosenName: "Ash", preferredLanguage: "en" }).planId;
    const response = await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    expect(response.status).toBe(400);
    const body = await html(response);
    expect(body).toContain("este plan todavía no tiene ninguna");
    expect(body).not.toContain("this plan has none yet");
  });

  it("shows the comparison of two versions in Spanish", async () => {
    const planId = planWithTwoVersions();
    const body = await page(`/plans/${planId}/versions/compare`);
    expect(body).toContain("<h1>Comparar versiones</h1>");
    expect(body).toContain("Versión 1</a> (guardada el");
    expect(body).toMatch(/<span class="change-label">Quitado<\/span><span class="was">Counting backwards<\/span>/);
    expect(body).toMatch(/<span class="change-label">Añadido<\/span>/);
    expect(body).toContain("Sin cambios en: ");
    expectNone(body, [
      "Compare versions",
      "(saved ",
      "on the left",
      ">Added<",
      ">Removed<",
      ">Changed<",
      "No changes in:",
      "(for you only)",
      ">From<",
      ">To<",
    ]);
  });
});
