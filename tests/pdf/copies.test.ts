import { describe, expect, it, vi } from "vitest";
import { demoPlanContent, QUESTION_IDS, withChoices } from "../../templates/csecy-safety-plan";
import { emptyPlanContent } from "../../templates/csecy-safety-plan/schema";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { DENY_LIST, findDeniedWords } from "../../templates/pdf/deny-list";
import { RESOURCES } from "../../templates/resources/directory";
import { PDF_COPIES, renderPlanPdf } from "../../templates/pdf/render";
import { pdfText as pdfTexts } from "../../templates/pdf/text";
import { demoInput, flat, keepForReview, pageCount, pdfPages, pdfText } from "./pdf-helpers";

// Rendering takes a few seconds on a busy 2-core machine; a worker's first start more.
vi.setConfig({ testTimeout: 60_000 });

const en = templateText("en");
const demo = demoPlanContent;
const rendered = new Map<string, { bytes: Uint8Array; text: string }>();

async function copy(name: (typeof PDF_COPIES)[number]) {
  let r = rendered.get(name);
  if (!r) {
    const bytes = await renderPlanPdf(demoInput(name));
    r = { bytes, text: flat(pdfText(bytes)) };
    rendered.set(name, r);
    keepForReview(name, bytes);
  }
  return r;
}

/** The lines of the page with the follow-up grid (found by a heading), each trimmed, as laid out: a grid row is one line. */
function followUpPageLines(bytes: Uint8Array, heading = "Next time we meet"): string[] {
  const page = pdfPages(bytes, { layout: true }).find((p) => p.includes(heading));
  if (!page) throw new Error("no follow-up page");
  return page.split("\n").map((line) => line.trim()).filter(Boolean);
}

/** A laid-out line's first column (grid rows: the item; the boxes print no text). */
const firstColumn = (lines: string[]) => lines.map((line) => line.split(/\s{2,}/)[0]!);

/** What the demo youth kept off print, and the person marked as maybe linked. */
const unprinted = [
  demo.questions.q2.text,
  demo.questions.q3.text,
  ...demo.people.items.filter((p) => p.keepOffPrint || p.mightBeLinked).map((p) => `${p.nickname} (${p.relationship})`),
  "Instagram",
];

describe("every copy of the demo plan", () => {
  it.each(PDF_COPIES)("%s renders to a PDF with text", async (name) => {
    const { bytes, text } = await copy(name);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(pageCount(bytes)).toBeGreaterThan(0);
    expect(text).toContain("911");
  });
});

describe("youth copy", () => {
  it("has every section of the plan the youth filled, and the emergency box on page 1", async () => {
    const { text } = await copy("youth");
    for (const section of ["about", "questions", "people", "places", "coping", "safer-working", "situations", "go-bag", "refusal", "resources"] as const) {
      expect(text, section).toContain(en.sections[section].title);
    }
    expect(text).toContain("In an emergency, call 911.");
    expect(text).toContain("National Human Trafficking Hotline");
    expect(text).toContain("1-888-373-7888");
    expect(text).toContain("233733");
  });

  it("prints the youth's words: answers, people with how to reach them, places, strategies, situations, go-bag, refusal lines", async () => {
    const { text } = await copy("youth");
    for (const id of QUESTION_IDS) {
      const a = demo.questions[id];
      if (a.text && !a.keepOffPrint) expect(text).toContain(a.text);
    }
    expect(text).toContain("Dee (Sister)");
    expect(text).toContain("Text, any time");
    expect(text).toContain("\u201cpineapple\u201d");
    for (const p of [...demo.places.safe, ...demo.places.avoid]) expect(text).toContain(p.name);
    expect(text).toContain("Music with headphones");
    expect(text).toContain("Share my location with Dee");
    expect(text).toContain("Don't answer. Screenshot. Tell Jordan at our next meeting.");
    expect(text).toContain("My school binder");
    expect(text).toContain("Nah, I've got work in the morning.");
  });

  it("lists resources with phone, text and hours, and claims no check the agency has not made", async () => {
    const { text } = await copy("youth");
    expect(text).toContain("988 Suicide & Crisis Lifeline");
    expect(text).toContain("Call 988 · Text 988 · 24/7");
    expect(text).toContain("Youth drop-in center");
    expect(RESOURCES.every((r) => r.agencyConfirmed === null)).toBe(true);
    expect(text).not.toMatch(/checked/i);
  });

  it("prints \"Numbers checked on\" once for the section, the oldest date, once the agency confirmed every entry printed", async () => {
    const before = RESOURCES.map((r) => r.agencyConfirmed);
    try {
      RESOURCES.forEach((r, i) => (r.agencyConfirmed = i === 2 ? "2026-12-01" : "2026-12-03"));
      const text = flat(pdfText(await renderPlanPdf(demoInput("youth"))));
      expect(text.match(/Numbers checked on December 1, 2026/g)).toHaveLength(1);
      expect(text).not.toContain("December 3, 2026");
      RESOURCES[1]!.agencyConfirmed = null;
      expect(flat(pdfText(await renderPlanPdf(demoInput("youth"))))).not.toMatch(/checked/i);
    } finally {
      RESOURCES.forEach((r, i) => (r.agencyConfirmed = before[i]!));
    }
  });

  it("has the follow-up page: next meeting date, the open question, and a tick grid per part with a row for each strategy, person and place", async () => {
    const { bytes, text } = await copy("youth");
    expect(text).toContain("Next time we meet");
    expect(text).toContain("We meet again on December 4, 2026.");
    expect(text).toContain("How did things go since we made this plan?");
    const lines = followUpPageLines(bytes);
    const page = firstColumn(lines);
    const all = flat(lines.join(" "));
    // Each part: its title, the question once over its answers, then a row per item with a box per answer.
    for (const title of ["Coping strategies", "Safer strategies", "People", "Places", "Things to take"]) expect(page).toContain(title);
    expect(all).toContain("Did you use it? Did it help?");
    for (const answer of ["Helped", "Not used", "Still true", "Changed", "Ready", "Not ready"]) expect(all).toContain(answer);
    const rows = ["Deep breathing", "Counting backwards", "Moving my body", "Music with headphones", "Checking in with someone", "Working in pairs", "Share my location with Dee", "Dee", "Jordan", "Dee's apartment", "Library on 5th", "Motel strip by the freeway", "Are the things you would take if you leave still ready?"];
    for (const row of rows) expect(page, row).toContain(row);
    expect(all).toContain("Still someone you can count on?");
    expect(all).toContain("Still safe?");
    // A tick grid, not a long list of questions with lines: no per-item question is printed.
    expect(all).not.toContain("Did you use \u201cDeep breathing\u201d?");
    expect(page).not.toContain("T");
    expect(all).not.toContain("Has anything changed");
  });

  it("has page numbers, the version number and date on every page", async () => {
    const { bytes, text } = await copy("youth");
    const pages = pageCount(bytes);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text.match(/Version 2 · November 20, 2026/g)?.length).toBeGreaterThanOrEqual(pages);
  });

  it("leaves out provider notes, what the youth kept off print and anyone maybe linked to the exploiter", async () => {
    const { text } = await copy("youth");
    expect(text).not.toContain(demo.provider.notes);
    expect(text).not.toContain(en.sections.provider.title);
    expect(text).not.toContain("Is T still");
    expect(text).not.toContain("with T?");
    for (const item of unprinted) expect(text).not.toContain(item);
  });
});

describe("discreet copy", () => {
  it("has a neutral title, no agency, no word from the deny-list (English and Spanish), and no file-revealing name", async () => {
    const { text } = await copy("discreet");
    expect(text).toContain("My notes");
    expect(findDeniedWords(text)).toEqual([]);
    expect(text).not.toMatch(/Demo agency/i);
    // belt and braces, independent of the matcher: the plain words, case-insensitive
    for (const entry of DENY_LIST) expect(text.toLowerCase()).not.toContain(entry.text.toLowerCase());
  });

  it("holds by default only nicknames and ways to reach safe people, coping ideas, the help line and 911", async () => {
    const { text } = await copy("discreet");
    expect(text).toContain("Dee Text, any time");
    expect(text).toContain("Jordan Office phone, weekdays 9 to 5");
    expect(text).toContain("Music with headphones");
    expect(text).toContain("Emergency: 911");
    expect(text).toContain("Help line: Call 1-888-373-7888 · Text 233733");
    for (const absent of ["Sister", "pineapple", "Library on 5th", "Quiet, staff know me", "If he texts me", "Screenshot", "Talk line", "My school binder", "I want to finish school"]) {
      expect(text, absent).not.toContain(absent);
    }
  });

  it("only what the youth marked printable, and no provider notes", async () => {
    const { text } = await copy("discreet");
    expect(text).not.toContain(demo.provider.notes);
    for (const item of unprinted) expect(text).not.toContain(item);
    expect(text).not.toContain(" T ");
  });

  it("redacts deny-listed words in the youth's own text, on what the youth put on it", async () => {
    const chosen = withChoices(demo, new Map([["situations.demo-situation-contact", { youth: true, discreet: true, card: false, adult: false }]]));
    const text = flat(pdfText(await renderPlanPdf(demoInput("discreet", chosen))));
    expect(text).toContain("Who I'll call: Dee, or the \u2026");
    expect(text).not.toContain("hotline");
  });
});

describe("pocket card", () => {
  it("is one page with the first people, 911 and the help line, in neutral words, and no code word unless chosen for it", async () => {
    const { bytes, text } = await copy("card");
    expect(pageCount(bytes)).toBe(1);
    expect(text).toContain("Dee");
    expect(text).not.toContain("pineapple");
    const chosen = withChoices(demo, new Map([["people.demo-person-dee.codeWord", { youth: true, discreet: false, card: true, adult: false }]]));
    expect(flat(pdfText(await renderPlanPdf(demoInput("card", chosen))))).toContain("Word: pineapple");
    expect(text).toContain("Jordan");
    expect(text).toContain("Emergency: 911");
    expect(text).toContain("1-888-373-7888");
    expect(text).not.toContain("Instagram");
    expect(findDeniedWords(text)).toEqual([]);
  });
});

describe("provider copy", () => {
  it("has everything, with notes, flag, kept-off items marked, history and template version; marked confidential", async () => {
    const { bytes, text } = await copy("provider");
    expect(text).toContain(demo.provider.notes);
    expect(text).toContain("No imminent-safety concern flagged.");
    expect(text).toContain(demo.questions.q2.text);
    expect(text).toContain("not on the youth's own copy");
    expect(text).toContain("T (Friend)");
    expect(text).toContain(en.fields.people.mightBeLinked);
    expect(text).toContain("Version 1 · November 13, 2026 · Jordan (demo provider) — First plan, made together");
    expect(text).toContain("Template csecy-safety-plan, version 1");
    const pages = pageCount(bytes);
    expect(text.match(/CONFIDENTIAL/g)?.length).toBeGreaterThanOrEqual(pages);
  });

  it("checks on a person maybe linked to the exploiter neutrally, never as someone to count on", async () => {
    const { bytes, text } = await copy("provider");
    expect(text).not.toContain("Is T still someone you can count on?");
    const lines = firstColumn(followUpPageLines(bytes, "Has anything changed?"));
    const countOn = lines.indexOf("Still someone you can count on?");
    const neutral = lines.indexOf("Has anything changed? (for the provider only)");
    expect(lines.slice(countOn + 1, neutral)).toEqual(["Dee", "Jordan"]);
    expect(lines[neutral + 1]).toBe("T");
  });

  it("shows a raised concern flag", async () => {
    const bytes = await renderPlanPdf(demoInput("provider", { ...demo, provider: { notes: "", concern: true } }));
    expect(flat(pdfText(bytes))).toContain(pdfTexts("en").provider.concernYes);
  });
});

describe("an empty plan (every field may be left empty)", () => {
  it.each(PDF_COPIES)("%s still prints, with 911 and the hotline's number", async (name) => {
    const bytes = await renderPlanPdf(demoInput(name, emptyPlanContent()));
    const text = flat(pdfText(bytes));
    expect(text).toContain("911");
    expect(text).toContain("1-888-373-7888");
    if (name === "youth") {
      expect(text).toContain("We meet again on: ______");
      expect(text).toContain("How did things go since we made this plan?");
    }
    if (name === "card") expect(text).toContain("Write a name and number here:");
  });
});
