import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getPlan } from "../../app/models/plan.server";
import { db, schema } from "../../app/models/db.server";
import { closePdfWorkers } from "../../app/web/pdf.server";
import { flat, pdfText } from "../pdf/pdf-helpers";
import { makeDemoPlanVersion } from "../setup/fixtures";
import { get, html, LANGUAGE_COOKIE, post, signedInApp } from "../setup/handler";

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
