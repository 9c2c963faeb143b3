import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { closePdfWorkers, pdfStats, prerenderingDone, resetPdfCache } from "../../app/web/pdf.server";
import { demoPlanContent, SECTION_IDS, type PlanContent } from "../../templates/csecy-safety-plan";
import { get, post, signedInApp } from "../setup/handler";
import { pdfText, squeeze } from "./pdf-helpers";

/*
 * Issue 13: a print is pre-rendered when a version is saved, so the first print of a just-saved
 * version is a cache hit. Saved through the real request handler (the review form), printed
 * through it; what the cache did is read from its counters, not from timing.
 */

vi.setConfig({ testTimeout: 120_000 });
process.env.PDF_PRERENDER = "1"; // the suite turns it off everywhere else (tests/vitest.config.ts)

const { handle, people, cookie } = await signedInApp();

beforeAll(() => resetPdfCache());
afterAll(async () => {
  await closePdfWorkers();
});

function planWithDraft(content: PlanContent, chosenName: string) {
  const planId = createYouthWithPlan(people.provider, { chosenName, preferredLanguage: content.about.language }).planId;
  let revision = 0;
  for (const section of SECTION_IDS) {
    const saved = saveSection(people.provider, planId, section, content[section], revision);
    if (saved.status !== "saved") throw new Error(`section ${section} ${saved.status}`);
    revision = saved.revision;
  }
  return planId;
}

/** Saves the draft as a version through the review form, as a provider's browser does. */
async function saveThroughReview(planId: string): Promise<number> {
  const { revision } = getPlan(people.provider, planId)!;
  const response = await handle(post(`/plans/${planId}/review`, { revision: String(revision), note: "", nextMeeting: "" }, cookie));
  expect(response.status).toBe(302);
  const number = /\/versions\/(\d+)\?saved=1$/.exec(response.headers.get("Location") ?? "")?.[1];
  expect(number).toBeDefined();
  return Number(number);
}

async function print(planId: string, number: number, query: string) {
  const response = await handle(get(`/plans/${planId}/versions/${number}/pdf${query}`, cookie));
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/pdf");
  return new Uint8Array(await response.arrayBuffer());
}

describe("a saved version's copies are made before anyone prints them", () => {
  it("the first print of each copy a version's page offers is served from the cache", async () => {
    const planId = planWithDraft(demoPlanContent, "Wren");
    const number = await saveThroughReview(planId);
    await prerenderingDone();
    const made = pdfStats();
    // youth, provider, discreet and card, in the version's language
    expect(made.prerendered).toBe(4);
    expect(made.renders).toBe(4);
    for (const copy of ["youth", "discreet", "card", "provider"]) {
      const bytes = await print(planId, number, `?copy=${copy}`);
      expect(squeeze(pdfText(bytes)).length).toBeGreaterThan(0);
    }
    expect(pdfStats().cacheHits).toBe(made.cacheHits + 4);
    expect(pdfStats().renders).toBe(made.renders);
    // A copy in the other language is a choice made when printing: rendered then, not ahead.
    await print(planId, number, "?copy=youth&lang=es");
    expect(pdfStats().renders).toBe(made.renders + 1);
  });

  it("renders the version as saved: a choice changed afterwards goes into the next version's copies only", async () => {
    // A person whose name appears nowhere else in the plan.
    const items = demoPlanContent.people.items.map((p, i) => (i === 0 ? { ...p, nickname: "Zephyrine" } : p));
    const planId = planWithDraft({ ...demoPlanContent, people: { ...demoPlanContent.people, items } }, "Robin");
    const first = await saveThroughReview(planId);
    await prerenderingDone();
    // The youth takes Zephyrine off every copy in the draft, then a new version is saved.
    const { revision, draft } = getPlan(people.provider, planId)!;
    const changed = draft.people.items.map((p) => (p.nickname === "Zephyrine" ? { ...p, print: { youth: false, discreet: false, card: false, adult: false } } : p));
    expect(saveSection(people.provider, planId, "people", { ...draft.people, items: changed }, revision).status).toBe("saved");
    const second = await saveThroughReview(planId);
    await prerenderingDone();
    const hits = pdfStats().cacheHits;
    const renders = pdfStats().renders;
    expect(squeeze(pdfText(await print(planId, first, "?copy=youth")))).toContain("Zephyrine");
    expect(squeeze(pdfText(await print(planId, second, "?copy=youth")))).not.toContain("Zephyrine");
    expect(pdfStats().cacheHits).toBe(hits + 2);
    expect(pdfStats().renders).toBe(renders);
  });

  it("a Spanish plan's copies are made in Spanish, the language its prints default to", async () => {
    const planId = planWithDraft({ ...demoPlanContent, about: { ...demoPlanContent.about, language: "es" } }, "Luz");
    const number = await saveThroughReview(planId);
    await prerenderingDone();
    const renders = pdfStats().renders;
    const text = pdfText(await print(planId, number, "?copy=youth"));
    expect(text).toContain("Mi plan");
    expect(pdfStats().renders).toBe(renders);
  });
});
