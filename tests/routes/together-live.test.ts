import { describe, expect, it } from "vitest";
import { uiEn } from "../../app/i18n/ui.en";
import { createJoinCode } from "../../app/models/join-code.server";
import { getPlan } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { TOGETHER_SECTIONS } from "../../app/utils/together-addresses";
import { get, html, post, signedInApp } from "../setup/handler";

/*
 * Together from two screens: the provider's laptop and the youth's phone on one plan's together
 * view. Each screen hears the other's saves on the live stream; saves of different fields both go
 * in; the same field on both screens is shown to choose; "Show the latest" works without JavaScript.
 */

const { handle, people, cookie: laptop } = await signedInApp();

const unescape = (text: string) =>
  text.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** What a page's form holds, as a browser would send it: hidden and text inputs and textareas. */
function formOf(page: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const [tag] of page.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const type = /\btype="([^"]*)"/.exec(tag)?.[1] ?? "text";
    if (!name || type === "submit") continue;
    if ((type === "radio" || type === "checkbox") && !/\bchecked=""/.test(tag)) continue;
    fields.push([unescape(name), unescape(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "")]);
  }
  for (const [, attrs, body] of page.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = /\bname="([^"]*)"/.exec(attrs!)?.[1];
    if (name) fields.push([unescape(name), unescape(body!)]);
  }
  return fields;
}

const withValue = (fields: [string, string][], name: string, value: string): [string, string][] => fields.map(([n, v]) => [n, n === name ? value : v]);
const valueOf = (fields: [string, string][], name: string) => fields.find(([n]) => n === name)?.[1];

async function twoScreens() {
  const { planId } = createYouthWithPlan(people.provider, { chosenName: "Sage", preferredLanguage: "en" });
  const { code } = await createJoinCode(people.provider, planId);
  const joined = await handle(post("/join", { checked: "1", code }));
  expect(joined.status).toBe(302);
  const phone = joined.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  // "Next time": the laptop names it, the phone numbers it (its place in the together view's list).
  const onPhone = `/j/${TOGETHER_SECTIONS.indexOf("follow-up") + 1}`;
  return { planId, phone, path: `/plans/${planId}/together/follow-up`, onPhone };
}

/** The phone's live stream. */
const PHONE_EVENTS = "/j/e";

/** A live stream (at its address) as EventSource asks for it. */
function liveStream(address: string, cookie: string): Request {
  const request = get(address, cookie);
  request.headers.set("Accept", "text/event-stream");
  return request;
}

async function openForm(path: string, cookie: string) {
  const page = await handle(get(path, cookie));
  expect(page.status).toBe(200);
  return formOf(await html(page));
}

/** Reads a live stream until an event of that name arrives; its data, parsed. */
async function nextEvent(reader: ReadableStreamDefaultReader<Uint8Array>, name: string): Promise<{ data: unknown; text: string }> {
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream closed before "${name}": ${text}`);
    text += decoder.decode(value);
    const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(text);
    if (match) return { data: JSON.parse(match[1]!), text };
  }
}

describe("together from two screens", () => {
  it("announces a save from one screen on the other's live stream, with its section and revision, never its content", async () => {
    const { planId, phone, path } = await twoScreens();
    const stream = await handle(liveStream(PHONE_EVENTS, phone));
    expect(stream.status).toBe(200);
    expect(stream.headers.get("Content-Type")).toBe("text/event-stream; charset=utf-8");
    expect(stream.headers.get("Cache-Control")).toBe("no-store, no-transform");
    const reader = stream.body!.getReader();
    const form = await openForm(path, laptop);
    expect((await handle(post(path, withValue(form, "checkOn", "TYPED-ON-THE-LAPTOP"), laptop))).status).toBe(302);
    const saved = await nextEvent(reader, "saved");
    expect(saved.data).toEqual({ section: "follow-up", revision: getPlan(people.provider, planId)!.revision });
    expect(saved.text).not.toContain("TYPED-ON-THE-LAPTOP");
    await reader.cancel();

    // And the other way: the laptop's stream, at its own address, hears the phone's save.
    const onLaptop = (await handle(liveStream(`/plans/${planId}/together/events`, laptop))).body!.getReader();
    const phonePath = `/j/${TOGETHER_SECTIONS.indexOf("follow-up") + 1}`;
    expect((await handle(post(phonePath, withValue(await openForm(phonePath, phone), "checkOn", "TYPED-ON-THE-PHONE"), phone))).status).toBe(302);
    expect((await nextEvent(onLaptop, "saved")).data).toEqual({ section: "follow-up", revision: getPlan(people.provider, planId)!.revision });
    await onLaptop.cancel();
  });

  it("puts in both saves when the two screens changed different fields, with no conflict to resolve", async () => {
    const { planId, phone, path, onPhone: phonePath } = await twoScreens();
    const onPhone = await openForm(phonePath, phone);
    const onLaptop = await openForm(path, laptop);
    expect((await handle(post(phonePath, withValue(onPhone, "nextMeeting", "2026-12-10"), phone))).status).toBe(302);
    const second = await handle(post(path, withValue(onLaptop, "checkOn", "How the new phone is going"), laptop));
    expect(second.status).toBe(302);
    expect(getPlan(people.provider, planId)!.draft["follow-up"]).toEqual({ nextMeeting: "2026-12-10", checkOn: "How the new phone is going" });
  });

  it("shows both texts when the two screens changed the same field, and loses neither", async () => {
    const { planId, phone, path, onPhone: phonePath } = await twoScreens();
    const onPhone = await openForm(phonePath, phone);
    const onLaptop = await openForm(path, laptop);
    expect((await handle(post(phonePath, withValue(onPhone, "checkOn", "Typed on the phone"), phone))).status).toBe(302);
    const clash = await handle(post(path, withValue(onLaptop, "checkOn", "Typed on the laptop"), laptop));
    expect(clash.status).toBe(409);
    const page = await html(clash);
    expect(page).toContain("Typed on the phone");
    expect(page).toContain("Typed on the laptop");
    expect(getPlan(people.provider, planId)!.draft["follow-up"].checkOn).toBe("Typed on the phone");
  });

  it("Show the latest (without JavaScript) brings in what the other screen saved, keeps the typing, and saves nothing", async () => {
    const { planId, phone, path, onPhone: phonePath } = await twoScreens();
    const onPhone = await openForm(phonePath, phone);
    expect(await html(await handle(get(phonePath, phone)))).toContain(uiEn.together.showLatest);
    const onLaptop = await openForm(path, laptop);
    expect((await handle(post(path, withValue(onLaptop, "nextMeeting", "2026-12-24"), laptop))).status).toBe(302);
    const latest = await handle(post(phonePath, [...withValue(onPhone, "checkOn", "Still typing this"), ["show-latest", "1"]], phone));
    expect(latest.status).toBe(200);
    const merged = formOf(await html(latest));
    expect(valueOf(merged, "nextMeeting")).toBe("2026-12-24");
    expect(valueOf(merged, "checkOn")).toBe("Still typing this");
    expect(getPlan(people.provider, planId)!.draft["follow-up"].checkOn).toBe("");
    // The form now stands on the latest revision: saving it writes only the phone's change.
    const saved = await handle(post(phonePath, merged, phone));
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/j?saved=${TOGETHER_SECTIONS.indexOf("follow-up") + 1}`);
    expect(getPlan(people.provider, planId)!.draft["follow-up"]).toEqual({ nextMeeting: "2026-12-24", checkOn: "Still typing this" });
  });

  it("ends the phone's stream once the provider ends the phone's session", async () => {
    const { planId, phone, path } = await twoScreens();
    const reader = (await handle(liveStream(PHONE_EVENTS, phone))).body!.getReader();
    expect((await handle(post(`/plans/${planId}/together`, { intent: "end-device" }, laptop))).status).toBe(302);
    const form = await openForm(path, laptop);
    expect((await handle(post(path, withValue(form, "checkOn", "after the phone left"), laptop))).status).toBe(302);
    const ended = await nextEvent(reader, "ended");
    expect(ended.text).not.toContain("event: saved");
    expect((await reader.read()).done).toBe(true);
  });
});
