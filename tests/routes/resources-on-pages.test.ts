import { describe, expect, it } from "vitest";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { TOGETHER_SECTIONS } from "../../app/utils/together-addresses";
import type { Language } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { RESOURCES, type Resource } from "../../templates/resources/directory";
import { get, html, post, signedInApp, visibleText } from "../setup/handler";

/*
 * The places that can help, on every page that shows them, in the plan's language: the resources
 * form (the provider's, the together view's, the phone's), the plan as a whole (review, a version),
 * compare, and the choice after two saves of the same section. The pages are sent the entries they
 * show by their loaders (the directory stays on the server); what they say is held here.
 */

const { handle, people, cookie } = await signedInApp();

/** An entry as the resources form words it, for the provider (with where its number comes from) or the youth. */
function formWords(r: Resource, language: Language, reader: "provider" | "youth"): string {
  const text = templateText(language);
  const numbers = [r.phone && text.resourceCall(r.phone), r.text && text.resourceText(r.text)].filter(Boolean).join(", ");
  const reach = [numbers, r.hours[language]].filter(Boolean).join(" · ");
  const source = r.agencyConfirmed ? text.resourceSource.confirmed(r.agencyConfirmed) : r.numberFrom === "toolkit" ? text.resourceSource.toolkit : text.resourceSource.publicListing;
  return `${r.name[language]}: ${r.purpose[language]} ${reach} ${text.resourceWhenYouCall} ${r.whenYouCall[language]}${reader === "provider" ? ` ${source}` : ""}`;
}

/** An entry's words as a page shows them: its name in bold, then a line each (tags between them read as spaces). */
const entryWords = (entryHtml: string) => visibleText(entryHtml.replace(/<\/?strong>/g, "")).trim();

const always = RESOURCES.filter((r) => r.always);
const choosable = RESOURCES.filter((r) => !r.always);
const byId = (id: string) => RESOURCES.find((r) => r.id === id)!;

function planIn(language: Language) {
  return createYouthWithPlan(people.provider, { chosenName: "Wren", preferredLanguage: language }).planId;
}

async function page(path: string, session = cookie) {
  const response = await handle(get(path, session));
  expect(response.status, path).toBe(200);
  return html(response);
}

/** The phone's session after joining the plan's together view with a code. */
async function phoneJoined(planId: string): Promise<string> {
  const invited = await html(await handle(post(`/plans/${planId}/together`, { intent: "invite" }, cookie)));
  const code = /data-testid="join-code">([A-Z0-9 ]+)</.exec(invited)?.[1];
  if (!code) throw new Error("no code on the page");
  const joined = await handle(post("/join", { checked: "1", code }));
  expect(joined.status).toBe(302);
  return joined.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

/** The resources form's checkboxes ("chosen"), in page order. */
function boxes(form: string) {
  return [...form.matchAll(/<input\b[^>]*>/g)]
    .map(([tag]) => ({ tag, attribute: (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] }))
    .filter(({ attribute }) => attribute("type") === "checkbox" && attribute("name") === "chosen")
    .map(({ tag, attribute }) => ({ id: attribute("id")!, value: attribute("value")!, checked: /\bchecked=""/.test(tag) }));
}

function choose(planId: string, ids: string[]) {
  const plan = getPlan(people.provider, planId)!;
  const saved = saveSection(people.provider, planId, "resources", { ...plan.draft.resources, chosen: ids }, plan.revision);
  if (saved.status !== "saved") throw new Error("fixture: resources not saved");
  return saved.revision;
}

describe.each(["en", "es"] as const)("the resources form (%s)", (language) => {
  it("lists the always-printed entries and offers the others, in the plan's language, each with its source for the provider only", async () => {
    const planId = planIn(language);
    const phone = await phoneJoined(planId);
    const number = TOGETHER_SECTIONS.indexOf("resources") + 1;
    const forms = [
      { reader: "provider", html: await page(`/plans/${planId}/sections/resources`) },
      { reader: "youth", html: await page(`/plans/${planId}/together/resources`) },
      { reader: "youth", html: await page(`/j/${number}`, phone) },
    ] as const;
    for (const { reader, html: form } of forms) {
      const alwaysList = /<ul class="resources">([\s\S]*?)<\/ul>/.exec(form)?.[1] ?? "";
      const listed = [...alwaysList.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => entryWords(m[1]!));
      expect(listed, reader).toEqual(always.map((r) => formWords(r, language, reader)));
      const offered = boxes(form);
      expect(offered.map((box) => box.value), reader).toEqual(choosable.map((r) => r.id));
      for (const { id, value } of offered) {
        const label = new RegExp(`<label for="${id}">([\\s\\S]*?)</label>`).exec(form)?.[1];
        expect(entryWords(label ?? ""), value).toBe(formWords(byId(value), language, reader));
      }
    }
    // Not even in the youth's page data: where a number comes from is the provider's to judge.
    const { resourceSource } = templateText(language);
    for (const { reader, html: form } of forms.filter((f) => f.reader === "youth")) {
      for (const words of [resourceSource.toolkit, resourceSource.publicListing]) expect(form, reader).not.toContain(words);
    }
  });

  it("saves what is chosen, from the provider's form and from the together view, and shows it ticked", async () => {
    const planId = planIn(language);
    const revision = getPlan(people.provider, planId)!.revision;
    const saved = await handle(post(`/plans/${planId}/sections/resources`, [["revision", String(revision)], ["chosen", "988"], ["chosen", "211-la"]], cookie));
    expect(saved.status).toBe(302);
    expect(getPlan(people.provider, planId)!.draft.resources.chosen).toEqual(["988", "211-la"]);
    const ticked = (form: string) => boxes(form).filter((box) => box.checked).map((box) => box.value);
    expect(ticked(await page(`/plans/${planId}/sections/resources`))).toEqual(["988", "211-la"]);

    const again = getPlan(people.provider, planId)!.revision;
    const together = await handle(post(`/plans/${planId}/together/resources`, [["revision", String(again)], ["chosen", "runaway-safeline"]], cookie));
    expect(together.status).toBe(302);
    expect(getPlan(people.provider, planId)!.draft.resources.chosen).toEqual(["runaway-safeline"]);
    expect(ticked(await page(`/plans/${planId}/together/resources`))).toEqual(["runaway-safeline"]);
  });
});

describe.each(["en", "es"] as const)("the places that can help in a whole plan (%s)", (language) => {
  it("are the always-printed and the chosen entries, by name and numbers, on the review page and a version's page", async () => {
    const planId = planIn(language);
    const revision = choose(planId, ["dcfs-hotline"]);
    const text = templateText(language);
    const shown = always.concat(byId("dcfs-hotline"));
    const words = (r: Resource) => `${r.name[language]} ${r.phone ? `· ${text.resourceCall(r.phone)}` : ""} ${r.text ? `· ${text.resourceText(r.text)}` : ""}`.replace(/\s+/g, " ").trim();
    const listedIn = (view: string) => {
      const section = /aria-labelledby="view-resources">([\s\S]*?)<\/section>/.exec(view)?.[1] ?? "";
      return [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => visibleText(m[1]!).trim());
    };
    expect(listedIn(await page(`/plans/${planId}/review`))).toEqual(shown.map(words));
    const version = saveVersion(people.provider, planId, "", revision);
    expect(version.status).toBe("saved");
    expect(listedIn(await page(`/plans/${planId}/versions/1`))).toEqual(shown.map(words));
  });

  it("are named on the compare page when one was chosen between two versions", async () => {
    const planId = planIn(language);
    const first = saveVersion(people.provider, planId, "", getPlan(people.provider, planId)!.revision);
    expect(first.status).toBe("saved");
    const second = saveVersion(people.provider, planId, "", choose(planId, ["childhelp"]));
    expect(second.status).toBe("saved");
    const compared = visibleText(await page(`/plans/${planId}/versions/compare?from=1&to=2`));
    expect(compared).toContain(byId("childhelp").name[language]);
    expect(compared).not.toContain(byId("988").name[language]);
  });
});

describe.each(["en", "es"] as const)("two saves of the resources at once (%s)", (language) => {
  it("name the entries each side chose, in the plan's language", async () => {
    const planId = planIn(language);
    const path = `/plans/${planId}/sections/resources`;
    const revision = String(getPlan(people.provider, planId)!.revision);
    const base = JSON.stringify({ chosen: [], own: [] });
    const first = await handle(post(path, [["revision", revision], ["base", base], ["chosen", "988"]], cookie));
    expect(first.status).toBe(302);
    const stale = await handle(post(path, [["revision", revision], ["base", base], ["chosen", "medical-planned-parenthood"]], cookie));
    expect(stale.status).toBe(409);
    const merge = /<table class="merge-table">([\s\S]*?)<\/table>/.exec(await html(stale))?.[1] ?? "";
    expect(visibleText(merge)).toContain(byId("988").name[language]);
    expect(visibleText(merge)).toContain(byId("medical-planned-parenthood").name[language]);
  });
});
