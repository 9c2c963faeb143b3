import { describe, expect, it } from "vitest";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { get, html as pageHtml, post, signedInApp } from "../setup/handler";

/*
 * Two tabs of one session on one section: the second tab's save, made from a page opened before
 * the first tab saved, must never undo the first tab's save.
 */

const { handle, people, cookie } = await signedInApp();

const unescape = (text: string) =>
  text.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** What a page's form holds, as a browser would send it: hidden and text inputs, textareas, checked radios. */
function formOf(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const type = /\btype="([^"]*)"/.exec(tag)?.[1] ?? "text";
    if (!name || type === "submit") continue;
    if ((type === "radio" || type === "checkbox") && !/\bchecked=""/.test(tag)) continue;
    fields.push([unescape(name), unescape(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "")]);
  }
  for (const [, attrs, body] of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = /\bname="([^"]*)"/.exec(attrs!)?.[1];
    if (name) fields.push([unescape(name), unescape(body!)]);
  }
  return fields;
}

const withValue = (fields: [string, string][], name: string, value: string): [string, string][] => fields.map(([n, v]) => [n, n === name ? value : v]);
const valueOf = (fields: [string, string][], name: string) => fields.find(([n]) => n === name)?.[1];

async function openTab(path: string) {
  const page = await handle(get(path, cookie));
  expect(page.status).toBe(200);
  return formOf(await pageHtml(page));
}

describe("two tabs on one section", () => {
  it("carries over only what the second tab changed, and shows what the first tab saved", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Sage", preferredLanguage: "en" });
    const path = `/plans/${planId}/sections/follow-up`;
    const tab1 = await openTab(path);
    const tab2 = await openTab(path);
    expect(valueOf(tab2, "base")).toBe(JSON.stringify({ nextMeeting: "", checkOn: "" }));

    expect((await handle(post(path, withValue(tab1, "nextMeeting", "2026-12-10"), cookie))).status).toBe(302);

    const stale = await handle(post(path, withValue(tab2, "checkOn", "How the new phone is going"), cookie));
    expect(stale.status).toBe(409);
    const page = await pageHtml(stale);
    expect(page).toContain("This part was saved in another tab or on another device");
    // Both sides of the field the first tab changed, and the form now holds the first tab's date.
    expect(page).toMatch(/<th scope="row">[^<]*<\/th><td>Dec 10, 2026<\/td><td>\(empty\)<\/td><td>The form now shows the other save/);
    const merged = formOf(page);
    expect(valueOf(merged, "nextMeeting")).toBe("2026-12-10");
    expect(valueOf(merged, "checkOn")).toBe("How the new phone is going");
    expect(valueOf(merged, "revision")).toBe("1");
    expect(getPlan(people.provider, planId)!.draft["follow-up"]).toEqual({ nextMeeting: "2026-12-10", checkOn: "" });

    // Pressing Save again, as the page invites, keeps both tabs' changes.
    expect((await handle(post(path, merged, cookie))).status).toBe(302);
    expect(getPlan(people.provider, planId)!.draft["follow-up"]).toEqual({ nextMeeting: "2026-12-10", checkOn: "How the new phone is going" });
  });

  it("asks which to keep where both tabs changed one field, and keeps the choice", async () => {
    for (const choice of ["mine", "theirs"] as const) {
      const { planId } = createYouthWithPlan(people.provider, { chosenName: "Ash", preferredLanguage: "en" });
      const path = `/plans/${planId}/sections/follow-up`;
      const tab1 = await openTab(path);
      const tab2 = await openTab(path);
      await handle(post(path, withValue(tab1, "checkOn", "Saved in tab one"), cookie));
      const stale = await handle(post(path, withValue(tab2, "checkOn", "Typed in tab two"), cookie));
      expect(stale.status).toBe(409);
      const page = await pageHtml(stale);
      expect(page).toContain("<td>Saved in tab one</td><td>Typed in tab two</td>");
      expect(page).toMatch(/name="keep-checkOn"[^>]*value="mine"/);
      const form = formOf(page);
      expect(valueOf(form, "checkOn")).toBe("Typed in tab two");

      // Save without choosing: asked again, nothing saved, nothing typed lost.
      const unchosen = await handle(post(path, form, cookie));
      expect(unchosen.status).toBe(400);
      const again = await pageHtml(unchosen);
      expect(again).toContain("Pick which one to keep for each part marked below.");
      expect(valueOf(formOf(again), "checkOn")).toBe("Typed in tab two");
      expect(getPlan(people.provider, planId)!.draft["follow-up"].checkOn).toBe("Saved in tab one");

      expect((await handle(post(path, [...form, ["keep-checkOn", choice]], cookie))).status).toBe(302);
      expect(getPlan(people.provider, planId)!.draft["follow-up"].checkOn).toBe(choice === "mine" ? "Typed in tab two" : "Saved in tab one");
    }
  });

  it("merges again when a third save comes between the conflict and the second Save", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Bay", preferredLanguage: "en" });
    const path = `/plans/${planId}/sections/follow-up`;
    const tab2 = await openTab(path);
    expect(saveSection(people.provider, planId, "follow-up", { nextMeeting: "2026-12-10", checkOn: "" }, 0).status).toBe("saved");
    const merged = formOf(await pageHtml(await handle(post(path, withValue(tab2, "checkOn", "Mine"), cookie))));
    expect(saveSection(people.provider, planId, "follow-up", { nextMeeting: "2026-12-11", checkOn: "" }, 1).status).toBe("saved");
    const second = await handle(post(path, merged, cookie));
    expect(second.status).toBe(409);
    expect(valueOf(formOf(await pageHtml(second)), "nextMeeting")).toBe("2026-12-11");
    expect(getPlan(people.provider, planId)!.draft["follow-up"]).toEqual({ nextMeeting: "2026-12-11", checkOn: "" });
  });

  it("keeps a person added in each tab", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Fern", preferredLanguage: "en" });
    const ana = { id: "", nickname: "Ana", relationship: "", contact: "", numberKept: "", knowsSituation: false, mightBeLinked: false, codeWord: "", codeWordMeaning: "", codeWordAction: "", keepOffPrint: false } as const;
    expect(saveSection(people.provider, planId, "people", { items: [ana] }, 0).status).toBe("saved");
    const path = `/plans/${planId}/sections/people`;
    const tab1 = await openTab(path);
    const tab2 = await openTab(path);
    expect((await handle(post(path, [...tab1, ["items[1].nickname", "Bo"]], cookie))).status).toBe(302);
    const stale = await handle(post(path, [...tab2, ["items[1].nickname", "Cy"]], cookie));
    expect(stale.status).toBe(409);
    const page = await pageHtml(stale);
    expect(page).toContain("Both sets of changes are in the form now.");
    expect(page).not.toMatch(/name="keep-items"/);
    expect((await handle(post(path, formOf(page), cookie))).status).toBe(302);
    expect(getPlan(people.provider, planId)!.draft.people.items.map((p) => p.nickname)).toEqual(["Ana", "Bo", "Cy"]);
  });

  it("treats every difference as a choice when the form carried no base", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Kit", preferredLanguage: "en" });
    const path = `/plans/${planId}/sections/follow-up`;
    expect(saveSection(people.provider, planId, "follow-up", { nextMeeting: "2026-12-10", checkOn: "" }, 0).status).toBe("saved");
    const stale = await handle(post(path, [["revision", "0"], ["checkOn", "Mine"]], cookie));
    expect(stale.status).toBe(409);
    const page = await pageHtml(stale);
    expect(page).toMatch(/name="keep-nextMeeting"[^>]*value="theirs"/);
    expect(page).toMatch(/name="keep-checkOn"[^>]*value="theirs"/);
  });

  it("works in the together view, in Spanish, without carrying provider-only fields", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Luz", preferredLanguage: "es" });
    const linked = { id: "", nickname: "Tío", relationship: "", contact: "", numberKept: "", knowsSituation: false, mightBeLinked: true, codeWord: "", codeWordMeaning: "", codeWordAction: "", keepOffPrint: false } as const;
    expect(saveSection(people.provider, planId, "people", { items: [linked] }, 0).status).toBe("saved");
    const path = `/plans/${planId}/together/people`;
    const tab1 = await openTab(path);
    const tab2 = await openTab(path);
    expect(valueOf(tab2, "base")).not.toContain("mightBeLinked");

    expect((await handle(post(path, withValue(tab1, "items[0].contact", "555-0100"), cookie))).status).toBe(302);
    const stale = await handle(post(path, withValue(tab2, "items[0].codeWord", "Pizza"), cookie));
    expect(stale.status).toBe(409);
    const page = await pageHtml(stale);
    expect(page).toContain("Esta parte se guardó en otra pestaña o en otro aparato");
    expect(page).toMatch(/name="keep-items"[^>]*value="mine"/);
    expect(page).not.toContain("mightBeLinked");
    // The youth keeps their own version of the list: the provider-only mark survives the save.
    expect((await handle(post(path, [...formOf(page), ["keep-items", "mine"]], cookie))).status).toBe(302);
    const person = getPlan(people.provider, planId)!.draft.people.items[0]!;
    expect(person).toMatchObject({ nickname: "Tío", codeWord: "Pizza", contact: "", mightBeLinked: true });
  });
});
