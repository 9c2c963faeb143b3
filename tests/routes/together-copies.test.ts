import { beforeAll, describe, expect, it } from "vitest";
import { serverUi } from "../../app/i18n/ui-catalogues.server";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { demoPlanContent, SECTION_IDS, type Language } from "../../templates/csecy-safety-plan";
import { copyOutline } from "../../templates/pdf/outline";
import { makeAgencies } from "../setup/fixtures";
import { appHandler, cookieFor, get, html, post, visibleText } from "../setup/handler";

/*
 * "What goes on each paper" in the together view (issue 11, point 7: the youth sees before it
 * prints, and chooses): it opens while the screen is handed over, bound to that plan, shows the
 * same preview as the provider's page, saves the youth's choices, and shows nothing the provider
 * alone decides (notes, the concern flag, a person marked as maybe linked).
 */

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
});

/** A demo plan in the language, and a session whose screen is handed over for it. */
async function handedOverPlan(language: Language) {
  const { planId } = createYouthWithPlan(people.provider, { chosenName: "Sky", preferredLanguage: language });
  const content = { ...demoPlanContent, about: { ...demoPlanContent.about, language }, provider: { notes: "Private note about T", concern: true } };
  SECTION_IDS.forEach((section, i) => {
    if (saveSection(people.provider, planId, section, content[section], i).status !== "saved") throw new Error(section);
  });
  const cookie = await cookieFor(people.provider);
  expect((await handle(post(`/plans/${planId}/together`, { intent: "hand-over" }, cookie))).status).toBe(302);
  return { planId, cookie };
}

describe.each(["en", "es"] as const)("the together view's copies page (%s)", (language) => {
  const ui = serverUi(language);

  it("opens while handed over, linked from the together view, with every copy's preview and no provider-only thing", async () => {
    const { planId, cookie } = await handedOverPlan(language);
    const start = await html(await handle(get(`/plans/${planId}/together`, cookie)));
    expect(start).toContain(`href="/plans/${planId}/together/copies"`);
    const response = await handle(get(`/plans/${planId}/together/copies`, cookie));
    expect(response.status).toBe(200);
    const page = await html(response);
    const text = visibleText(page);
    expect(text).toContain(ui.copies.title);
    for (const copy of ["youth", "discreet", "card", "adult"] as const) {
      expect(page).toContain(`data-copy="${copy}"`);
      for (const part of copyOutline(getPlan(people.provider, planId)!.draft, copy, language)) for (const line of part.lines) expect(text, line).toContain(line.replace(/\s+/g, " "));
    }
    expect(page).toContain('name="people.demo-person-dee:card"');
    // The person marked as maybe linked, the notes and the flag are not on the page, not even in its data.
    expect(page).not.toContain("demo-person-t");
    expect(text).not.toContain(ui.copies.onlyProvider);
    expect(page).not.toContain("Private note about T");
    expect(page).not.toContain("mightBeLinked");
    expect(page).not.toContain("concern");
  });

  it("saves the youth's choices while handed over; the provider's pages still ask for the password", async () => {
    const { planId, cookie } = await handedOverPlan(language);
    const { revision } = getPlan(people.provider, planId)!;
    const saved = await handle(post(`/plans/${planId}/together/copies`, { revision: String(revision), "people.demo-person-dee:card": "on", "coping:discreet": "on" }, cookie));
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/plans/${planId}/together/copies?saved=1`);
    const draft = getPlan(people.provider, planId)!.draft;
    const dee = draft.people.items.find((p) => p.id === "demo-person-dee")!;
    expect(dee.print).toEqual({ youth: false, discreet: false, card: true, adult: false });
    expect(draft.coping.print).toEqual({ youth: false, discreet: true, card: false, adult: false });
    // What the provider alone decides is untouched by the youth's save.
    expect(draft.people.items.find((p) => p.id === "demo-person-t")!.mightBeLinked).toBe(true);
    expect(draft.provider).toEqual({ notes: "Private note about T", concern: true });

    for (const path of [`/plans/${planId}/copies`, `/plans/${planId}`, `/plans/${planId}/sections/provider`]) {
      const refused = await handle(get(path, cookie));
      expect(refused.status, path).toBe(302);
      expect(refused.headers.get("Location"), path).toMatch(/^\/unlock\?/);
    }
  });

  it("the youth takes the help line off the notes and the card (a form post without JavaScript), told beside it that anyone can look the number up", async () => {
    const { planId, cookie } = await handedOverPlan(language);
    const page = await html(await handle(get(`/plans/${planId}/together/copies`, cookie)));
    expect(page).toMatch(/name="resources\.helpLine:discreet"[^>]*checked=""/);
    expect(page).toMatch(/name="resources\.helpLine:card"[^>]*checked=""/);
    expect(visibleText(page)).toContain(ui.copies.cautions.lookedUp);
    const { revision } = getPlan(people.provider, planId)!;
    const off = await handle(post(`/plans/${planId}/together/copies`, { revision: String(revision), "resources.helpLine:card": "on", "coping:discreet": "on" }, cookie));
    expect(off.headers.get("Location")).toBe(`/plans/${planId}/together/copies?saved=1`);
    const draft = getPlan(people.provider, planId)!.draft;
    expect(draft.resources.printHelpLine).toEqual({ youth: false, discreet: false, card: true, adult: false });
    const after = await html(await handle(get(`/plans/${planId}/together/copies?saved=1`, cookie)));
    expect(after).not.toMatch(/name="resources\.helpLine:discreet"[^>]*checked=""/);
    const discreet = visibleText(after.match(/<article[^>]*data-copy="discreet"[\s\S]*?<\/article>/)![0]);
    const card = visibleText(after.match(/<article[^>]*data-copy="card"[\s\S]*?<\/article>/)![0]);
    expect(discreet).not.toContain("1-888-373-7888");
    expect(discreet).not.toContain("233733");
    expect(card).toContain("1-888-373-7888");
  });

  it("is refused for another plan than the one handed over, GET and POST, and changes nothing", async () => {
    const { cookie } = await handedOverPlan(language);
    const other = await handedOverPlan(language);
    const before = JSON.stringify(getPlan(people.provider, other.planId)!.draft);
    for (const request of [get(`/plans/${other.planId}/together/copies`, cookie), post(`/plans/${other.planId}/together/copies`, { revision: "99", "coping:card": "on" }, cookie)]) {
      const response = await handle(request);
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toMatch(/^\/unlock\?/);
    }
    expect(JSON.stringify(getPlan(people.provider, other.planId)!.draft)).toBe(before);
  });
});
