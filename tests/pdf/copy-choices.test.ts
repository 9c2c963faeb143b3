import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  CHOSEN_COPIES,
  demoPlanContent,
  LANGUAGES,
  printTargets,
  withChoices,
  type CopyChoice,
  type Language,
  type PlanContent,
} from "../../templates/csecy-safety-plan";
import { planContentSchema } from "../../templates/csecy-safety-plan/schema";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { copyOutline } from "../../templates/pdf/outline";
import { RESOURCES } from "../../templates/resources/directory";
import { renderPlanPdf, type PdfCopy } from "../../templates/pdf/render";
import { demoInput, flat, keepForReview, pageCount, pdfText, squeeze } from "./pdf-helpers";

vi.setConfig({ testTimeout: 120_000 });

const ALL: CopyChoice = { youth: true, discreet: true, card: true, adult: true };
const NONE: CopyChoice = { youth: false, discreet: false, card: false, adult: false };

/** The demo plan with every thing chosen for every copy it may go on (a status too). */
function everythingOn(content: PlanContent): PlanContent {
  const withStatus = { ...content, about: { ...content.about, status: "not-sure" as const } };
  return withChoices(withStatus, new Map(printTargets(withStatus).map((t) => [t.key, ALL])));
}

async function render(copy: PdfCopy, content: PlanContent, language: Language = "en") {
  const bytes = await renderPlanPdf({ ...demoInput(copy, content), language });
  return { bytes, text: flat(pdfText(bytes)) };
}

/** Every string a person typed into the plan (ids, choices and dates are not text). */
function typedStrings(content: PlanContent): string[] {
  const skip = new Set(["id", "chosen", "kind", "status", "numberKept", "language", "date", "nextMeeting"]);
  const out: string[] = [];
  const walk = (value: unknown, key = "") => {
    if (skip.has(key)) return;
    if (typeof value === "string") {
      if (value.trim()) out.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  const { provider: _notes, ...rest } = content;
  walk(rest);
  return out;
}

/** The plan with "Help line" taken off the discreet copy and the card. */
const helpLineOff = (content: PlanContent) => withChoices(content, new Map([["resources.helpLine", NONE]]));

const PLANS = {
  defaults: demoPlanContent,
  everything: everythingOn(demoPlanContent),
  "defaults, help line off": helpLineOff(demoPlanContent),
  "everything but the help line": helpLineOff(everythingOn(demoPlanContent)),
};

describe("preview and PDF hold the same (every copy, en and es, defaults and everything chosen, the help line on and off)", () => {
  const plans = Object.keys(PLANS) as (keyof typeof PLANS)[];
  const cases = LANGUAGES.flatMap((language) => plans.flatMap((plan) => CHOSEN_COPIES.map((copy) => [copy, language, plan] as const)));
  it.each(cases)("%s copy in %s, %s", async (copy, language, plan) => {
    const content = PLANS[plan];
    const { text } = await render(copy, content, language);
    const onPaper = squeeze(text);
    const outline = copyOutline(content, copy, language);
    // Every heading and every piece of every line of the preview is on the paper.
    for (const part of outline) {
      expect(onPaper, part.title).toContain(squeeze(part.title));
      for (const line of part.lines) for (const piece of line.split(" · ")) expect(onPaper, piece).toContain(squeeze(piece));
    }
    // Nothing typed is on the paper that the preview does not show.
    const previewed = squeeze(outline.flatMap((p) => [p.title, ...p.lines]).join(" "));
    for (const typed of typedStrings(content)) {
      if (onPaper.includes(squeeze(typed))) expect(previewed, typed).toContain(squeeze(typed));
    }
    // Nor any directory entry's name, what it is, or what can happen when you call, in the copy's language.
    for (const r of RESOURCES) {
      for (const said of [r.name[language], r.purpose[language], r.whenYouCall[language]]) {
        if (onPaper.includes(squeeze(said))) expect(previewed, said).toContain(squeeze(said));
      }
    }
    expect(previewed).not.toContain("[objectObject]");
  });
});

describe("what each copy holds by default", () => {
  it("the youth copy prints no status unless the youth chooses it, with 'not sure' and 'rather not say' as answers", async () => {
    const content = { ...demoPlanContent, about: { ...demoPlanContent.about, status: "not-sure" as const } };
    const label = templateText("en").statuses["not-sure"];
    expect(label).toBe("I'm not sure");
    expect(templateText("es").statuses["prefer-not-to-say"]).toBe("Prefiero no decirlo");
    expect((await render("youth", content)).text).not.toContain(label);
    const chosen = withChoices(content, new Map([["about.status", { ...NONE, youth: true }]]));
    expect((await render("youth", chosen)).text).toContain(label);
    expect((await render("adult", chosen)).text).not.toContain(label);
  });

  it("the trusted-adult copy leaves out safer strategies, code words, situations, status and the work questions until chosen", async () => {
    const { text, bytes } = await render("adult", demoPlanContent, "es");
    keepForReview("adult-es", bytes);
    expect(text).toContain("Mi plan, compartido contigo");
    for (const absent of ["pineapple", "Share my location with Dee", "If he texts me", "Mostly online", "The motel strip by the freeway", "Sky", "Dee (Sister)"]) {
      expect(text, absent).not.toContain(absent);
    }
    expect(text).toContain("Music with headphones");
    const everything = (await render("adult", everythingOn(demoPlanContent), "es")).text;
    for (const present of ["pineapple", "Share my location with Dee", "If he texts me", "Mostly online", "No lo sé"]) expect(everything, present).toContain(present);
    // never the person the provider marked as maybe linked, whatever is chosen
    expect(everything).not.toContain("Instagram");
  });

  it("answers about work and buyers go on the youth copy by default only when the youth chose to talk about safer strategies", async () => {
    const notChosen = { ...demoPlanContent, "safer-working": { ...demoPlanContent["safer-working"], wanted: false } };
    expect((await render("youth", demoPlanContent)).text).toContain("The motel strip by the freeway");
    expect((await render("youth", notChosen)).text).not.toContain("The motel strip by the freeway");
    const workKeys = printTargets(notChosen).filter((t) => t.kind === "workQuestion").map((t) => t.key);
    expect(workKeys.length).toBeGreaterThan(0);
    // What the youth ticks still decides.
    const ticked = withChoices(notChosen, new Map(workKeys.map((key) => [key, { ...NONE, youth: true }])));
    expect((await render("youth", ticked)).text).toContain("The motel strip by the freeway");
  });

  it("the discreet copy prints the next meeting's date only when the youth chooses it (a date tells whoever finds the notes when the youth will be somewhere)", async () => {
    const date = "December 4, 2026";
    expect((await render("discreet", demoPlanContent)).text).not.toContain(date);
    expect(copyOutline(demoPlanContent, "discreet", "en").flatMap((p) => p.lines).join(" ")).not.toContain(date);
    const chosen = withChoices(demoPlanContent, new Map([["follow-up.nextMeeting", { ...NONE, discreet: true }]]));
    expect((await render("discreet", chosen)).text).toContain(`Next time: ${date}`);
    // The youth's own copy keeps its follow-up page with the date whatever is chosen.
    expect((await render("youth", demoPlanContent)).text).toContain(`We meet again on ${date}.`);
    expect(printTargets(demoPlanContent).find((t) => t.key === "follow-up.nextMeeting")?.choice).toEqual(NONE);
  });

  it.each(LANGUAGES)(
    "the discreet copy and the card print the hotline's number and short code only while the youth leaves 'Help line' on them; the youth's and the adult's copies always name it (%s)",
    async (language) => {
      const hotline = RESOURCES.find((r) => r.id === "nhth")!;
      const numbers = [hotline.phone!, hotline.text!];
      const neutralName = language === "en" ? "Help line" : "Línea de ayuda";
      expect(printTargets(demoPlanContent).find((t) => t.key === "resources.helpLine")?.choice).toEqual({ ...NONE, discreet: true, card: true });
      for (const copy of ["discreet", "card"] as const) {
        for (const plan of ["defaults", "everything"] as const) {
          const on = await render(copy, PLANS[plan], language);
          for (const said of [...numbers, neutralName]) expect(on.text, `${copy} ${plan}: ${said}`).toContain(said);
          const offPlan = plan === "defaults" ? PLANS["defaults, help line off"] : PLANS["everything but the help line"];
          const off = await render(copy, offPlan, language);
          keepForReview(`help-line-off-${copy}-${plan}-${language}`, off.bytes);
          for (const said of [...numbers, neutralName]) expect(off.text, `${copy} ${plan}, off: ${said}`).not.toContain(said);
          expect(off.text, `${copy} ${plan}, off`).toContain("911");
          expect(pageCount(off.bytes), `${copy} ${plan}, off`).toBe(pageCount(on.bytes));
          const preview = copyOutline(offPlan, copy, language).flatMap((p) => p.lines).join(" ");
          for (const said of [...numbers, neutralName]) expect(preview, `${copy} ${plan}, off: ${said}`).not.toContain(said);
          expect(preview).toContain("911");
        }
        // Off on one of them only: the other keeps it.
        const offOnCardOnly = withChoices(demoPlanContent, new Map([["resources.helpLine", { ...NONE, discreet: true }]]));
        expect((await render(copy, offOnCardOnly, language)).text.includes(hotline.phone!), copy).toBe(copy === "discreet");
      }
      for (const copy of ["youth", "adult"] as const) {
        const text = (await render(copy, PLANS["everything but the help line"], language)).text;
        for (const said of [...numbers, hotline.name[language]]) expect(text, `${copy}: ${said}`).toContain(said);
      }
    },
  );

  it("the provider copy marks what the youth's choices keep off the youth's own copy", async () => {
    const off = withChoices(demoPlanContent, new Map([["places.safe.demo-safe-library", { ...NONE, discreet: true }]]));
    const text = (await render("provider", off)).text;
    expect(text).toContain("Library on 5th not on the youth's own copy");
    expect(text).not.toContain("Dee's apartment not on");
  });

  it("points to the page of numbers only when the copy has it", async () => {
    const pointer = "More numbers are on the page";
    expect((await render("youth", demoPlanContent)).text).toContain(pointer);
    const off = withChoices(demoPlanContent, new Map([["resources", NONE]]));
    const { text } = await render("youth", off);
    expect(text).not.toContain(pointer);
    expect(text).not.toContain("988 Suicide");
    expect(text).toContain("1-888-373-7888");
  });

  it("reads a version saved with 'Leave this off my printed copy' as before: on no copy, until the youth chooses again", async () => {
    const saved = planContentSchema.parse(JSON.parse(JSON.stringify(demoPlanContent)));
    expect(saved.questions.q2.keepOffPrint).toBe(true);
    for (const copy of CHOSEN_COPIES) expect((await render(copy, saved)).text, copy).not.toContain("Mostly online");
    const chosen = withChoices(saved, new Map([["questions.q2", { ...NONE, youth: true }]]));
    expect(chosen.questions.q2.keepOffPrint).toBeUndefined();
    expect((await render("youth", chosen)).text).toContain("Mostly online");
  });

  it("the discreet copy's second net sees through invisible characters: a zero-width space inside a listed word", async () => {
    const hidden = "Ask the bu\u200Byer and the tra\u00ADfficker, or the \uFF42uyer";
    const content = withChoices(
      { ...demoPlanContent, refusal: { items: [{ id: "r1", situation: hidden, whatIllSay: "No", print: { ...NONE, discreet: true } }] } },
      new Map(),
    );
    const { text } = await render("discreet", content);
    expect(text).toContain("Ask the \u2026 and the \u2026, or the \u2026");
    expect(text.toLowerCase()).not.toMatch(/buyer|traffick/);
  });
});

/** The text of each page, as pdftotext reads it page by page. */
function pageTexts(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), "spb-pages-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    return Array.from({ length: pageCount(bytes) }, (_, i) =>
      flat(execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(i + 1), "-l", String(i + 1), file, "-"], { encoding: "utf8" })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("youth copy layout", () => {
  it("never leaves a section's title at the foot of a page without its first entry", async () => {
    const { bytes } = await render("youth", demoPlanContent);
    const titles = Object.values(templateText("en").sections).map((section) => section.title);
    for (const [index, page] of pageTexts(bytes).entries()) {
      const body = page.replace(/Version 2 · November 20, 2026 Page \d+ of \d+\s*$/, "").trim();
      for (const title of titles) expect(body.endsWith(title), `page ${index + 1} ends with "${title}"`).toBe(false);
    }
  });

  it("never splits a person across pages: each name is on the same page as its code word", async () => {
    const people = Array.from({ length: 12 }, (_, i) => ({
      ...demoPlanContent.people.items[0]!,
      id: `p${i}`,
      nickname: `Person${i}name`,
      codeWord: `word${i}code`,
      print: undefined,
    }));
    const { bytes } = await render("youth", { ...demoPlanContent, people: { items: people } });
    const pages = pageTexts(bytes);
    expect(pages.length).toBeGreaterThan(2);
    for (let i = 0; i < people.length; i++) {
      const withName = pages.findIndex((p) => p.includes(`Person${i}name`));
      expect(withName, `Person${i}`).toBeGreaterThanOrEqual(0);
      expect(pages[withName], `Person${i}`).toContain(`word${i}code`);
    }
  });
});
