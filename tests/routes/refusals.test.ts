import { readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { RefusalReason } from "../../app/i18n/refusals";
import { uiEn } from "../../app/i18n/ui.en";
import { uiEs } from "../../app/i18n/ui.es";
import { isResourceRouteHandler } from "../../app/web/http.server";
import { makeAgencies, makeRecord } from "../setup/fixtures";
import { appHandler, cookieFor, get, html, post, url } from "../setup/handler";

/*
 * A request the app refuses (a hand-made or stale one) is told why in the interface language:
 * on the error page, or as plain text from a route without a page. The refusal carries a
 * catalogue key, never words and never what the user sent.
 */

/** The interface-language cookie for Spanish. */
const SPANISH = "spb_lang=ImVzIg%3D%3D";

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;
let cookies: { provider: string; admin: string };
let planId: string;
let youthId: string;

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
  cookies = { provider: await cookieFor(people.provider), admin: await cookieFor(people.admin) };
  ({ planId, youthId } = makeRecord(people.provider));
});

const escaped = (text: string) => text.replaceAll("&", "&amp;").replaceAll("'", "&#x27;").replaceAll('"', "&quot;");

function raw(path: string, contentType: string, body: string, cookie: string): Request {
  return new Request(url(path), { method: "POST", headers: { "Content-Type": contentType, Cookie: cookie }, body });
}

type Case = { label: string; status: number; reason: RefusalReason; who?: keyof typeof cookies; request: (cookie: string) => Request };

/** Every refusal a page can answer with, each made the way a hand-made or stale request makes it. */
const PAGE_CASES: Case[] = [
  { label: "a version number that is not one", status: 400, reason: "versionNumber", request: (c) => get(`/plans/${planId}/versions/abc`, c) },
  { label: "a compare with a bad version", status: 400, reason: "versionNumber", request: (c) => get(`/plans/${planId}/versions/compare?from=0&to=1`, c) },
  { label: "a save without its revision", status: 400, reason: "missingRevision", request: (c) => post(`/plans/${planId}/review`, { note: "x" }, c) },
  { label: "a body that is not a form", status: 415, reason: "notAForm", request: (c) => raw(`/plans/${planId}/review`, "text/plain", "note=x", c) },
  {
    label: "a multipart form without its boundary",
    status: 400,
    reason: "unreadableForm",
    request: (c) => raw(`/plans/${planId}/sections/people`, "multipart/form-data", "revision=1", c),
  },
  {
    label: "a list index no form has",
    status: 400,
    reason: "tooManyEntries",
    request: (c) => post(`/plans/${planId}/sections/people`, [["revision", "2"], ["items[1000000].nickname", "x"]], c),
  },
  {
    label: "a list button Conform cannot read",
    status: 400,
    reason: "unknownIntent",
    request: (c) => post(`/plans/${planId}/sections/people`, [["revision", "2"], ["__intent__", "nonsense"]], c),
  },
  { label: "an unknown together-view action", status: 400, reason: "unknownAction", request: (c) => post(`/plans/${planId}/together`, { intent: "x" }, c) },
  { label: "an unknown follow-up action", status: 400, reason: "unknownAction", request: (c) => post(`/plans/${planId}/follow-up`, { intent: "x" }, c) },
  {
    label: "an unknown care-team action",
    status: 400,
    reason: "unknownAction",
    request: (c) => post(`/plans/${planId}/team`, { intent: "x", userId: people.colleague.id }, c),
  },
  { label: "an unknown account action", status: 400, reason: "unknownAction", who: "admin", request: (c) => post(`/admin/users/${people.admin.id}`, { intent: "x" }, c) },
  {
    label: "an admin disabling their own account",
    status: 400,
    reason: "cannotDisableOwnAccount",
    who: "admin",
    request: (c) => post(`/admin/users/${people.admin.id}`, { intent: "disable" }, c),
  },
];

const LANGUAGE_CASES = [
  { language: "en", ui: uiEn, cookie: "" },
  { language: "es", ui: uiEs, cookie: `; ${SPANISH}` },
] as const;

describe.each(LANGUAGE_CASES)("on an interface in $language", ({ language, ui, cookie }) => {
  const other = language === "en" ? uiEs : uiEn;

  it.each(PAGE_CASES)("$label: the error page says why, all of it in that language", async ({ status, reason, who, request }) => {
    const response = await handle(request(cookies[who ?? "provider"] + cookie));
    expect(response.status).toBe(status);
    const body = await html(response);
    expect(body).toContain(`<html lang="${language}">`);
    expect(body).toContain(`<title>${escaped(ui.pageTitle(ui.errors.otherTitle))}</title>`);
    expect(body).toContain(`<h1>${escaped(ui.errors.otherTitle)}</h1>`);
    expect(body).toContain(`<p role="alert">${escaped(ui.refusals[reason])}</p>`);
    expect(body).not.toContain(escaped(other.refusals[reason]));
    expect(body).not.toContain(escaped(other.errors.otherTitle));
  });

  it("a 404 page names itself in that language", async () => {
    const response = await handle(get(`/plans/${"0".repeat(21)}`, cookies.provider + cookie));
    expect(response.status).toBe(404);
    const body = await html(response);
    expect(body).toContain(`<title>${escaped(ui.pageTitle(ui.errors.notFoundTitle))}</title>`);
    expect(body).toContain(escaped(ui.errors.notFound));
    expect(body).not.toContain('role="alert"');
  });

  it("a route without a page answers a refusal as plain text in that language", async () => {
    const cases = [
      { response: await handle(raw("/language", "text/plain", "language=es", cookies.provider + cookie)), status: 415, reason: "notAForm" },
      { response: await handle(get(`/youth/${youthId}/export/file`, cookies.provider + cookie)), status: 404, reason: "notFound" },
      { response: await handle(get(`/youth/${"0".repeat(21)}/export/file`, cookies.admin + cookie)), status: 404, reason: "notFound" },
      { response: await handle(get(`/youth/${youthId}/export/file?ticket=${"x".repeat(43)}`, cookies.admin + cookie)), status: 404, reason: "notFound" },
      { response: await handle(get(`/plans/${planId}/versions/1/pdf?copy=all`, cookies.provider + cookie)), status: 400, reason: "pdfCopy" },
    ] as const;
    for (const { response, status, reason } of cases) {
      expect(response.status, reason).toBe(status);
      expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("Content-Language")).toBe(language);
      expect(await response.text()).toBe(ui.refusals[reason]);
    }
  });
});

describe("what a refusal carries", () => {
  it("is its reason's key, never words or what was sent: a page in the browser puts it in words", async () => {
    const sent = "<b>Sky's secret</b>";
    const response = await handle(post(`/plans/${planId}/together.data`, { intent: sent }, `${cookies.provider}; ${SPANISH}`));
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('"unknownAction"');
    expect(body).not.toContain(uiEs.refusals.unknownAction);
    expect(body).not.toContain("secret");
  });

  it("shows no text the user sent on the error page", async () => {
    const response = await handle(post(`/plans/${planId}/sections/people`, [["revision", "2"], ["items[5000].nickname", "Sky's secret"]], cookies.provider));
    expect(response.status).toBe(400);
    expect(await html(response)).not.toContain("secret");
  });

  it("every route without a page puts refusals in words (its loader and action are wrapped in resourceRoute)", async () => {
    const dir = new URL("../../app/routes/", import.meta.url);
    const files = readdirSync(dir).filter((f) => /\.tsx?$/.test(f));
    const resources: string[] = [];
    for (const file of files) {
      const module = (await import(pathToFileURL(new URL(file, dir).pathname).href)) as Record<string, unknown>;
      if (module.default) continue;
      resources.push(file);
      for (const name of ["loader", "action"] as const) {
        if (module[name] !== undefined) expect(isResourceRouteHandler(module[name]), `${file} ${name}`).toBe(true);
      }
    }
    expect(resources).toEqual(expect.arrayContaining(["plans.$planId.versions.$number.pdf.ts", "youth.$youthId.export_.file.ts", "language.ts"]));
  });
});
