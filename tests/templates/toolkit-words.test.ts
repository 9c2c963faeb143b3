import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { QUESTION_IDS, SECTION_IDS } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { RESOURCES } from "../../templates/resources/directory";

/*
 * The toolkit's words are quoted verbatim and marked as the toolkit's; our own advice is marked
 * as ours (decision 042). The toolkit's file is the county's text as Markdown: list markers and
 * emphasis are layout, so the comparison drops them and joins lines; every character of a quote
 * must otherwise be in it, in order.
 */
const TOOLKIT_FILE = process.env.TOOLKIT_FILE ?? "/work/shared/toolkit/la-county-csecy-toolkit.md";
const toolkitText = readFileSync(TOOLKIT_FILE, "utf8")
  .split("\n")
  .map((line) => line.replace(/^\s*(- |\d+\. )/, "").replace(/\*/g, "").trim())
  .join(" ")
  .replace(/\s+/g, " ");

const isInToolkit = (quote: string) => toolkitText.includes(quote.replace(/\s+/g, " "));

const en = templateText("en");
const es = templateText("es");

describe("tips", () => {
  const tips = SECTION_IDS.flatMap((s) => en.sections[s].tips.map((tip, i) => ({ where: `${s}[${i}]`, ...tip })));

  test("every tip marked as the toolkit's is the toolkit's text, verbatim", () => {
    const toolkitTips = tips.filter((t) => t.source === "toolkit");
    expect(toolkitTips.length).toBeGreaterThan(15);
    expect(toolkitTips.filter((t) => !isInToolkit(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  test("the quotes that had been shortened or changed are whole again", () => {
    const all = tips.map((t) => t.text).join("\n");
    expect(all).toContain("So, next time you run into that person (you used to get high with) what will you say if they ask you to party with them?");
    expect(all).toContain("Did you use any of the strategies/ideas you came up with/that we talked about?");
    expect(all).toContain("particularly when they are experiencing frequent dissociation and/or drug/alcohol addiction.");
    expect(all).toContain("a long term, multi-step plan to leave an abuser or leave the life entirely.");
  });

  test("what the toolkit asks for is there: ambivalence, offering choice, local medical resources", () => {
    const all = tips.filter((t) => t.source === "toolkit").map((t) => t.text).join("\n");
    expect(all).toContain("Support youth to identify and resolve ambivalence.");
    expect(all).toContain("Find opportunities to offer choice (even small ones).");
    expect(all).toContain("Include information about local resources (housing, medical, crisis support)");
  });

  test("our own tips are marked as ours, and they are not in the toolkit", () => {
    const ours = tips.filter((t) => t.source === "ours");
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((t) => isInToolkit(t.text)).map((t) => t.text)).toEqual([]);
  });

  test("Spanish tips translate the same tips, marked the same way", () => {
    for (const s of SECTION_IDS) {
      expect(es.sections[s].tips.map((t) => t.source), s).toEqual(en.sections[s].tips.map((t) => t.source));
    }
  });

  test("the comparison fails on a quote that was shortened", () => {
    expect(isInToolkit("So, next time you run into that person, what will you say if they ask you to party with them?")).toBe(false);
  });
});

describe("other words from the toolkit", () => {
  test("the nine questions, the prompts and the three aims of safety planning are verbatim", () => {
    for (const id of QUESTION_IDS) expect(isInToolkit(en.questions[id]), id).toBe(true);
    for (const quote of [en.privacyLine, en.firstChoicePrompt, en.concernPrompt, en.aims.lead, ...en.aims.items]) {
      expect(isInToolkit(quote), quote).toBe(true);
    }
    expect(en.aims.items).toEqual(["Creating strategies to reduce or avoid harm", "Identifying sources of support", "Identifying and developing coping Strategies"]);
  });

  test("a resource's number is marked as the toolkit's only when the toolkit gives that number", () => {
    // The toolkit writes numbers its own way ("1-(800) 540-4000", "800-422-4453", "9-1-1"): compare digits.
    const toolkitNumbers = toolkitText.replace(/[-() ]/g, "");
    const given = (n: string) => toolkitNumbers.includes(n.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, ""));
    const fromToolkit = RESOURCES.filter((r) => r.numberFrom === "toolkit");
    expect(fromToolkit.map((r) => r.id)).toEqual(["emergency-911", "nhth", "dcfs-hotline", "childhelp"]);
    for (const r of fromToolkit) for (const n of [r.phone, r.text]) if (n) expect(given(n), `${r.id} ${n}`).toBe(true);
    const listed = RESOURCES.filter((r) => r.numberFrom === "public-listing");
    for (const r of listed.filter((r) => (r.phone ?? "").length > 4)) expect(given(r.phone!), r.id).toBe(false);
    // 211 is in the toolkit only as a name beside a web address, never as a number to call.
    expect(toolkitText).toContain("211 Youth Services <https://www.211la.org/youth-services>");
    expect(listed.map((r) => r.id)).toEqual(["988", "dmh-help-line", "211-la", "medical-planned-parenthood", "runaway-safeline"]);
  });

  test("no entry claims an agency confirmation that was not made", () => {
    expect(RESOURCES.filter((r) => r.agencyConfirmed !== null)).toEqual([]);
  });

  test("the resources include a medical entry, as the toolkit asks", () => {
    expect(RESOURCES.some((r) => r.category === "medical")).toBe(true);
  });
});
