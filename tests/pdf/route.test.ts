import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveSection } from "../../app/models/plan.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { loader } from "../../app/routes/plans.$planId.versions.$number.pdf";
import { db, schema } from "../../app/models/db.server";
import { attachmentHeader, closePdfWorkers, pdfStats, resetPdfCache } from "../../app/web/pdf.server";
import { uiEn } from "../../app/i18n/ui.en";
import { uiEs } from "../../app/i18n/ui.es";
import { demoPlanContent, LANGUAGES, SECTION_IDS } from "../../templates/csecy-safety-plan";
import { PDF_COPIES } from "../../templates/pdf/printable";
import { makeAgencies } from "../setup/fixtures";
import { appHandler, cookieFor, get } from "../setup/handler";
import { flat, pdfText } from "./pdf-helpers";

// Rendering takes a few seconds on a busy 2-core machine; a worker's first start more.
vi.setConfig({ testTimeout: 60_000 });

let people: Awaited<ReturnType<typeof makeAgencies>>;
let planId: string;

beforeAll(async () => {
  people = await makeAgencies();
  planId = createYouthWithPlan(people.provider, { chosenName: "Sky Núñez", preferredLanguage: "en" }).planId;
  let revision = 0;
  for (const section of SECTION_IDS) {
    const result = saveSection(people.provider, planId, section, demoPlanContent[section], revision);
    if (result.status !== "saved") throw new Error(`section ${section} not saved`);
    revision = result.revision;
  }
  saveVersion(people.provider, planId, "First plan", revision);
});

afterAll(async () => {
  await closePdfWorkers();
});

/** The interface-language cookie for Spanish. */
const SPANISH = "spb_lang=ImVzIg%3D%3D";

const pdfUrl = (query: string, number = 1, plan = planId) => `/plans/${plan}/versions/${number}/pdf${query}`;

/** Calls the route's loader with a real Request, as Remix does; a thrown Response is returned. */
async function call(actor: (typeof people)["provider"], query: string, number = 1, otherCookie = ""): Promise<Response> {
  const request = get(pdfUrl(query, number), [await cookieFor(actor), otherCookie].filter(Boolean).join("; "));
  try {
    return await loader({ request, params: { planId, number: String(number) }, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const audit = (action: "print" | "access_denied", userId: string) =>
  db
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.action, action), eq(schema.auditEvents.userId, userId)))
    .all();

describe("GET /plans/:planId/versions/:number/pdf", () => {
  it("gives the care team's provider the youth copy as a PDF download that no cache keeps", async () => {
    const response = await call(people.provider, "?copy=youth");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="my-plan-v1-en.pdf"; filename*=UTF-8''my-plan-v1-en.pdf`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get("Content-Length"))).toBe(bytes.byteLength);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = flat(pdfText(bytes));
    expect(text).toContain("My safety plan");
    expect(text).not.toContain(demoPlanContent.provider.notes);
  });

  it("records each print in the audit trail: who, which version, which copy; never content", async () => {
    const rows = audit("print", people.provider.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.at(-1)).toMatchObject({ orgId: people.orgId, subjectType: "plan", subjectId: planId, detail: "v1 youth en" });
    const versionViews = db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, "version_view")).all();
    expect(versionViews).toHaveLength(0);
  });

  it("gives every copy a neutral file name, never the youth's name, and one per language", async () => {
    const discreet = await call(people.provider, "?copy=discreet");
    expect(discreet.headers.get("Content-Disposition")).toBe(`attachment; filename="notes-en.pdf"; filename*=UTF-8''notes-en.pdf`);
    const spanish = await call(people.provider, "?copy=youth&lang=es");
    expect(spanish.headers.get("Content-Disposition")).toBe(`attachment; filename="my-plan-v1-es.pdf"; filename*=UTF-8''my-plan-v1-es.pdf`);
    const provider = await call(people.provider, "?copy=provider");
    expect(provider.status).toBe(200);
    expect(provider.headers.get("Content-Disposition")).toBe(`attachment; filename="plan-v1-provider-en.pdf"; filename*=UTF-8''plan-v1-provider-en.pdf`);
    for (const response of [discreet, spanish, provider]) expect(response.headers.get("Content-Disposition")).not.toMatch(/Sky|N%C3%BA/);
    expect(flat(pdfText(new Uint8Array(await provider.arrayBuffer())))).toContain(demoPlanContent.provider.notes);
  });

  it("gives a supervisor of the agency every copy, the provider copy too", async () => {
    expect((await call(people.supervisor, "?copy=provider")).status).toBe(200);
    expect(audit("print", people.supervisor.id).at(-1)?.detail).toBe("v1 provider en");
  });

  it.each([
    ["a provider of another agency", "outsider"],
    ["a colleague outside the care team", "colleague"],
    ["an admin", "admin"],
  ] as const)("is a 404 for %s, audited as a refused access, and no print is recorded", async (_label, who) => {
    const actor = people[who];
    for (const copy of ["youth", "provider"]) {
      const response = await call(actor, `?copy=${copy}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("Content-Type")).not.toBe("application/pdf");
    }
    expect(audit("access_denied", actor.id).length).toBeGreaterThanOrEqual(2);
    expect(audit("print", actor.id)).toHaveLength(0);
  });

  it("is a 400 with a clear message for a missing or unknown copy or language, and a 404 for a version that does not exist", async () => {
    for (const query of ["", "?copy=", "?copy=everything", "?copy=YOUTH"]) {
      const response = await call(people.provider, query);
      expect(response.status).toBe(400);
      expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(await response.text()).toBe("Please choose which copy to print: copy=youth, discreet, card, adult or provider.");
    }
    const lang = await call(people.provider, "?copy=youth&lang=xx");
    expect(lang.status).toBe(400);
    expect(await lang.text()).toBe("Please choose a language the plan can be printed in: lang=en or es.");
    const missing = await call(people.provider, "?copy=youth", 7);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(uiEn.refusals.notFound);
    const number = await call(people.provider, "?copy=youth", 0);
    expect(number.status).toBe(400);
    expect(await number.text()).toBe("A version number is a whole number from 1.");
  });

  it("gives the same refusals in Spanish, as plain text, when the interface is in Spanish", async () => {
    const cases = [
      ["?copy=everything", 1, 400, "Elige qué copia quieres imprimir, por favor: copy=youth, discreet, card, adult o provider."],
      ["?copy=youth&lang=xx", 1, 400, "Elige un idioma en el que se pueda imprimir el plan, por favor: lang=en o es."],
      ["?copy=youth", 7, 404, uiEs.refusals.notFound],
      ["?copy=youth", 0, 400, uiEs.refusals.versionNumber],
    ] as const;
    for (const [query, number, status, text] of cases) {
      const response = await call(people.provider, query, number, SPANISH);
      expect(response.status).toBe(status);
      expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("Content-Language")).toBe("es");
      expect(await response.text()).toBe(text);
    }
    // What the youth reads is in the plan's language; the refusal follows the provider's interface.
    expect((await call(people.provider, "?copy=youth&lang=es")).status).toBe(200);
  });

  it("names every copy and every language it can print in its refusals, in both languages", () => {
    for (const ui of [uiEn, uiEs]) {
      const copies = ui.refusals.pdfCopy.split("copy=")[1]!.match(/[a-z]+/g);
      for (const copy of PDF_COPIES) expect(copies).toContain(copy);
      const languages = ui.refusals.pdfLanguage.split("lang=")[1]!.match(/[a-z]+/g);
      for (const language of LANGUAGES) expect(languages).toContain(language);
    }
  });

  it("renders a PDF once for concurrent requests, then serves it from memory", async () => {
    resetPdfCache();
    const responses = await Promise.all(Array.from({ length: 6 }, () => call(people.provider, "?copy=card")));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const bodies = await Promise.all(responses.map(async (r) => Buffer.from(await r.arrayBuffer()).toString("base64")));
    expect(new Set(bodies).size).toBe(1);
    expect(pdfStats()).toMatchObject({ renders: 1 });
    await call(people.provider, "?copy=card");
    expect(pdfStats()).toMatchObject({ renders: 1, cacheHits: 1 });
    // every request is still a print of its own in the audit trail
    expect(audit("print", people.provider.id).filter((r) => r.detail === "v1 card en")).toHaveLength(7);
  });

  it("is routed by the built server (the PDF route is a resource route under the version page)", async () => {
    const handle = await appHandler();
    const response = await handle(get(pdfUrl("?copy=card"), await cookieFor(people.provider)));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    // The version page prints the provider copy and leads to the preview for the others.
    const page = await (await handle(get(`/plans/${planId}/versions/1`, await cookieFor(people.provider)))).text();
    expect(page).toContain(`/pdf?copy=provider`);
    expect(page).toContain(`/plans/${planId}/versions/1/copies`);
    const preview = await (await handle(get(`/plans/${planId}/versions/1/copies`, await cookieFor(people.provider)))).text();
    for (const copy of ["youth", "discreet", "card"]) expect(preview).toContain(`/pdf?copy=${copy}`);
  });
});

describe("attachmentHeader", () => {
  it("cannot be broken out of by quotes, slashes, control characters or non-ASCII", () => {
    expect(attachmentHeader('plan-a"b\\c/d\r\nX-Evil: 1-v1.pdf')).toBe(
      `attachment; filename="plan-abcdX-Evil-1-v1.pdf"; filename*=UTF-8''plan-abcdX-Evil%3A%201-v1.pdf`,
    );
    expect(attachmentHeader("plan-名前-v1-provider.pdf")).toBe(
      `attachment; filename="plan-v1-provider.pdf"; filename*=UTF-8''plan-%E5%90%8D%E5%89%8D-v1-provider.pdf`,
    );
  });
});
