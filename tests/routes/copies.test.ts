import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { serverUi } from "../../app/i18n/ui-catalogues.server";
import { getPlan } from "../../app/models/plan.server";
import { saveVersion } from "../../app/models/version.server";
import { db, schema } from "../../app/models/db.server";
import { closePdfWorkers } from "../../app/web/pdf.server";
import { flat, pdfText } from "../pdf/pdf-helpers";
import { makeDemoPlanVersion } from "../setup/fixtures";
import { get, html, LANGUAGE_COOKIE, post, signedInApp, visibleText } from "../setup/handler";

vi.setConfig({ testTimeout: 60_000 });

const { handle, people, cookie } = await signedInApp();
const planId = makeDemoPlanVersion(people.provider, "Sky");

afterAll(async () => {
  await closePdfWorkers();
});

const draft = () => getPlan(people.provider, planId)!;

describe("What goes on each copy (the draft)", () => {
  it("shows every thing with a tick box per copy it may go on, and what each copy will hold, in English and Spanish", async () => {
    const page = await html(await handle(get(`/plans/${planId}/copies`, cookie)));
    expect(page).toContain("What goes on each copy");
    expect(page).toMatch(/name="people\.demo-person-dee:card"[^>]* checked=""/);
    // the code word is on the card only when chosen there
    expect(page).toMatch(/name="people\.demo-person-dee\.codeWord:card" aria-label="[^"]*"\/>/);
    expect(page).not.toContain('name="people.demo-person-t:');
    expect(page).toContain("Only on the provider&#x27;s copy");
    expect(page).toContain("Discreet copy");
    const spanish = await html(await handle(get(`/plans/${planId}/copies`, `${cookie}; ${LANGUAGE_COOKIE.es}`)));
    expect(spanish).toContain("Qué lleva cada copia");
    expect(spanish).toContain("Qué va a llevar cada copia");
  });

  it("saves the ticked boxes as the draft's choices, and a later section save keeps them", async () => {
    const before = draft();
    const response = await handle(
      post(`/plans/${planId}/copies`, [["revision", String(before.revision)], ["people.demo-person-dee:card", "on"], ["people.demo-person-dee.codeWord:card", "on"], ["coping:discreet", "on"]], cookie),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/plans/${planId}/copies?saved=1`);
    const after = draft();
    expect(after.draft.people.items[0]!.printCodeWord).toEqual({ youth: false, discreet: false, card: true, adult: false });
    expect(after.draft.coping.print).toEqual({ youth: false, discreet: true, card: false, adult: false });
    // a box not ticked is a copy not chosen: the old "keep off" flag gives way to the choice
    expect(after.draft.questions.q2.print).toEqual({ youth: false, discreet: false, card: false, adult: false });
    expect(after.draft.questions.q2.keepOffPrint).toBeUndefined();
    // the people form carries no choices; saving it keeps them
    const form = await handle(
      post(
        `/plans/${planId}/sections/people`,
        [
          ["revision", String(after.revision)],
          ["items[0].id", "demo-person-dee"],
          ["items[0].nickname", "Dee"],
          ["items[0].codeWord", "mango"],
        ],
        cookie,
      ),
    );
    expect(form.status).toBe(302);
    const kept = draft().draft.people.items[0]!;
    expect(kept.codeWord).toBe("mango");
    expect(kept.printCodeWord).toEqual({ youth: false, discreet: false, card: true, adult: false });
    expect(kept.print).toEqual({ youth: false, discreet: false, card: true, adult: false });
  });

  it("refuses a stale form without changing anything", async () => {
    const before = draft();
    const response = await handle(post(`/plans/${planId}/copies`, [["revision", String(before.revision - 1)]], cookie));
    expect(response.headers.get("Location")).toBe(`/plans/${planId}/copies?conflict=1`);
    expect(draft().draft).toEqual(before.draft);
  });
});

describe("a version's copies: preview, downloads and the trusted-adult copy", () => {
  const adultRows = () => db.select().from(schema.adultCopies).where(eq(schema.adultCopies.planId, planId)).all();

  it("shows what each copy of the version holds before anything prints, with its downloads", async () => {
    const page = await html(await handle(get(`/plans/${planId}/versions/1/copies`, cookie)));
    expect(page).toContain("What each copy of version 1 holds");
    for (const copy of ["youth", "discreet", "card"]) {
      expect(page).toContain(`/pdf?copy=${copy}&amp;lang=en`);
      expect(page).toContain(`/pdf?copy=${copy}&amp;lang=es`);
    }
    expect(page).toContain("Dee (Sister)");
    expect(page).not.toContain("Instagram");
  });

  it("refuses a trusted-adult copy for a person who might be linked, with the message at the field (en and es)", async () => {
    const en = await handle(post(`/plans/${planId}/versions/1/copies`, { person: "demo-person-t", language: "es" }, cookie));
    expect(en.status).toBe(400);
    const page = await html(en);
    expect(page).toMatch(/id="adult-person-error"[^>]*><ul><li>A trusted-adult copy can(&#x27;|')t be made for T\./);
    expect(page).toContain('aria-invalid="true"');
    const es = await html(await handle(post(`/plans/${planId}/versions/1/copies`, { person: "demo-person-t", language: "es" }, `${cookie}; ${LANGUAGE_COOKIE.es}`)));
    expect(es).toContain("No se puede hacer una copia para T.");
    const unknown = await handle(post(`/plans/${planId}/versions/1/copies`, { person: "nobody", language: "es" }, cookie));
    expect(unknown.status).toBe(400);
    expect(await html(unknown)).toMatch(/id="adult-person-error"[^>]*><ul><li>Please choose a person from the plan\./);
    const noLanguage = await handle(post(`/plans/${planId}/versions/1/copies`, { person: "demo-person-dee", language: "xx" }, cookie));
    expect(noLanguage.status).toBe(400);
    expect(await html(noLanguage)).toMatch(/id="adult-language-error"[^>]*><ul><li>Please choose the language this adult reads\./);
    expect(adultRows()).toHaveLength(0);
  });

  it("records who a trusted-adult copy was made for and when, prints it in the adult's language, and audits the print with ids only", async () => {
    const made = await handle(post(`/plans/${planId}/versions/1/copies`, { person: "demo-person-dee", language: "es" }, cookie));
    expect(made.status).toBe(302);
    const [row] = adultRows();
    expect(row).toMatchObject({ personId: "demo-person-dee", language: "es", versionNumber: 1, createdBy: people.provider.id });
    expect(made.headers.get("Location")).toBe(`/plans/${planId}/versions/1/pdf?copy=adult&for=${row!.id}`);
    const pdf = await handle(get(made.headers.get("Location")!, cookie));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Disposition")).toContain('filename="shared-v1-es.pdf"');
    const text = flat(pdfText(new Uint8Array(await pdf.arrayBuffer())));
    expect(text).toContain("Mi plan, compartido contigo");
    expect(text).not.toContain("pineapple");
    expect(text).not.toContain("Sky");
    const audit = db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, "print"), eq(schema.auditEvents.userId, people.provider.id)))
      .all()
      .at(-1);
    expect(audit?.detail).toBe(`v1 adult es copy:${row!.id} person:demo-person-dee`);
    expect(audit?.detail).not.toContain("Dee ");
    // the page lists it for the next time
    expect(await html(await handle(get(`/plans/${planId}/versions/1/copies`, cookie)))).toContain("For Dee, in Spanish");
  });

  it("prints no trusted-adult copy without its record", async () => {
    for (const query of ["?copy=adult", "?copy=adult&for=made-up-id"]) {
      const response = await handle(get(`/plans/${planId}/versions/1/pdf${query}`, cookie));
      expect(response.status).toBe(400);
    }
  });
});

/** The boxes a page shows ticked, as a browser without JavaScript would post them. */
const tickedOn = (page: string) => [...page.matchAll(/name="([^"]+:[a-z]+)"[^>]*checked=""/g)].map((m) => m[1]!);

/** What a person sees of one copy's preview on the page. */
const previewOf = (page: string, copy: string) => visibleText(page.match(new RegExp(`<article[^>]*data-copy="${copy}"[\\s\\S]*?</article>`))![0]);

const HOTLINE = ["1-888-373-7888", "233733"];

describe("the help line on the discreet copy and the pocket card (the youth's choice, on unless taken off)", () => {
  const helpLinePlan = makeDemoPlanVersion(people.provider, "Robin");
  const plan = () => getPlan(people.provider, helpLinePlan)!;
  const versionPdf = async (n: number, copy: string, lang: string) => {
    const response = await handle(get(`/plans/${helpLinePlan}/versions/${n}/pdf?copy=${copy}&lang=${lang}`, cookie));
    expect(response.status).toBe(200);
    return flat(pdfText(new Uint8Array(await response.arrayBuffer())));
  };

  it("a plan saved before the choice existed has it ticked on both, prints the number on both as before, and says beside it what it means (en and es)", async () => {
    expect(plan().draft.resources.printHelpLine).toBeUndefined();
    const page = await html(await handle(get(`/plans/${helpLinePlan}/copies`, cookie)));
    expect(tickedOn(page)).toEqual(expect.arrayContaining(["resources.helpLine:discreet", "resources.helpLine:card"]));
    // 911 and the hotline are on the youth's and the trusted adult's copies whatever is ticked.
    expect(page).not.toContain('name="resources.helpLine:youth"');
    expect(page).not.toContain('name="resources.helpLine:adult"');
    const row = visibleText(page.match(/<tr>(?:(?!<tr>)[\s\S])*?name="resources\.helpLine:discreet"[\s\S]*?<\/tr>/)![0]);
    expect(row).toContain("Help line: Call 1-888-373-7888 · Text 233733");
    expect(row).toContain(serverUi("en").copies.cautions.lookedUp);
    expect(row.match(/Always/g)).toHaveLength(2);
    expect(page).toMatch(/name="resources\.helpLine:card"[^>]*aria-describedby="caution-resources-helpLine"/);
    const spanish = visibleText(await html(await handle(get(`/plans/${helpLinePlan}/copies`, `${cookie}; ${LANGUAGE_COOKIE.es}`))));
    expect(spanish).toContain(serverUi("es").copies.cautions.lookedUp);
    for (const copy of ["discreet", "card"]) {
      for (const number of HOTLINE) expect(previewOf(page, copy), copy).toContain(number);
      for (const lang of ["en", "es"]) for (const number of HOTLINE) expect(await versionPdf(1, copy, lang), `${copy} ${lang}`).toContain(number);
    }
  });

  it("says beside the places that can help that their numbers can be looked up too, tied to each of its boxes (en and es)", async () => {
    const page = await html(await handle(get(`/plans/${helpLinePlan}/copies`, cookie)));
    const row = visibleText(page.match(/<tr>(?:(?!<tr>)[\s\S])*?name="resources:discreet"[\s\S]*?<\/tr>/)![0]);
    expect(row).toContain(serverUi("en").copies.cautions.numbersLookedUp);
    for (const copy of ["youth", "discreet", "adult"]) expect(page).toMatch(new RegExp(`name="resources:${copy}"[^>]*aria-describedby="caution-resources"`));
    const spanish = visibleText(await html(await handle(get(`/plans/${helpLinePlan}/copies`, `${cookie}; ${LANGUAGE_COOKIE.es}`))));
    expect(spanish).toContain(serverUi("es").copies.cautions.numbersLookedUp);
  });

  it("taken off from the provider's page (a form post without JavaScript), the notes and the card hold no hotline number, in the preview and on paper; ticked again, it is back", async () => {
    const before = plan();
    const page = await html(await handle(get(`/plans/${helpLinePlan}/copies`, cookie)));
    const others = tickedOn(page).filter((box) => !box.startsWith("resources.helpLine:"));
    const response = await handle(post(`/plans/${helpLinePlan}/copies`, [["revision", String(before.revision)], ...others.map((box): [string, string] => [box, "on"])], cookie));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/plans/${helpLinePlan}/copies?saved=1`);
    const after = plan();
    expect(after.draft.resources.printHelpLine).toEqual({ youth: false, discreet: false, card: false, adult: false });
    // Nothing else changed: every other box the page showed is still ticked.
    const saved = await html(await handle(get(`/plans/${helpLinePlan}/copies?saved=1`, cookie)));
    expect(tickedOn(saved)).toEqual(others);
    for (const copy of ["discreet", "card"]) for (const number of HOTLINE) expect(previewOf(saved, copy), copy).not.toContain(number);
    for (const number of HOTLINE) expect(previewOf(saved, "youth")).toContain(number);

    const version = saveVersion(people.provider, helpLinePlan, "Help line off", after.revision);
    expect(version).toEqual({ status: "saved", number: 2 });
    for (const lang of ["en", "es"]) {
      for (const copy of ["discreet", "card"]) {
        const text = await versionPdf(2, copy, lang);
        for (const number of HOTLINE) expect(text, `${copy} ${lang}`).not.toContain(number);
        expect(text, `${copy} ${lang}`).toContain("911");
      }
      for (const number of HOTLINE) expect(await versionPdf(2, "youth", lang), lang).toContain(number);
    }

    const again = await handle(
      post(`/plans/${helpLinePlan}/copies`, [["revision", String(after.revision)], ...others.map((box): [string, string] => [box, "on"]), ["resources.helpLine:card", "on"]], cookie),
    );
    expect(again.headers.get("Location")).toBe(`/plans/${helpLinePlan}/copies?saved=1`);
    expect(plan().draft.resources.printHelpLine).toEqual({ youth: false, discreet: false, card: true, adult: false });
  });
});
