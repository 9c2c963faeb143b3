import { describe, expect, it } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { followUpPrompts } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { findDeniedWords, redactDenied } from "../../templates/pdf/deny-list";
import { pdfText } from "../../templates/pdf/text";
import { RESOURCES } from "../../templates/resources/directory";
import { neutralPdfTexts } from "./pdf-helpers";

describe("follow-up prompts (one source for the youth copy and the follow-up flow)", () => {
  it("asks about every strategy, person and place of a version, then the go-bag", () => {
    const prompts = followUpPrompts(demoPlanContent, templateText("en"));
    expect(prompts[0]).toMatchObject({ kind: "open", question: "How did things go since we made this plan?" });
    expect(prompts.filter((p) => p.kind === "coping").map((p) => p.subject)).toEqual([
      "Deep breathing",
      "Counting backwards",
      "Moving my body",
      "Music with headphones",
    ]);
    expect(prompts.find((p) => p.key === "coping:deep-breathing")?.question).toBe(
      "How did things go? Did you use \u201cDeep breathing\u201d? Did it help?",
    );
    expect(prompts.filter((p) => p.kind === "safer-working")).toHaveLength(3);
    expect(prompts.filter((p) => p.kind === "person").map((p) => p.subject)).toEqual(["Dee", "Jordan"]);
    expect(prompts.filter((p) => p.kind === "linked-person").map((p) => p.subject)).toEqual(["T"]);
    expect(prompts.find((p) => p.key === "person:demo-person-dee")?.question).toBe("Is Dee still someone you can count on?");
    expect(prompts.find((p) => p.key === "safe-place:demo-safe-library")?.question).toBe("Is Library on 5th still safe?");
    expect(prompts.filter((p) => p.kind === "avoid-place")).toHaveLength(1);
    expect(prompts.at(-1)?.kind).toBe("go-bag");
    expect(new Set(prompts.map((p) => p.key)).size).toBe(prompts.length);
  });

  it("for print, leaves out people kept off print or maybe linked to the exploiter", () => {
    const prompts = followUpPrompts(demoPlanContent, templateText("en"), { printableOnly: true });
    expect(prompts.filter((p) => p.kind === "person").map((p) => p.subject)).toEqual(["Dee", "Jordan"]);
  });

  it.each(["en", "es"] as const)("never asks whether a person maybe linked to the exploiter can be counted on (%s): a neutral check instead", (language) => {
    const prompts = followUpPrompts(demoPlanContent, templateText(language));
    const t = prompts.find((p) => p.subject === "T");
    expect(t).toMatchObject({ key: "person:demo-person-t", kind: "linked-person" });
    expect(t?.question).toBe(language === "en" ? "Has anything changed with T?" : "¿Ha cambiado algo con T?");
    expect(t?.choices).toEqual(["nothing-changed", "something-changed", "rather-not-say", "skipped"]);
    const countOn = language === "en" ? /count on/i : /puedes contar/i;
    expect(prompts.filter((p) => countOn.test(p.question)).map((p) => p.subject)).toEqual(["Dee", "Jordan"]);
  });

  it("asks nothing about safer strategies the youth did not want", () => {
    const content = { ...demoPlanContent, "safer-working": { ...demoPlanContent["safer-working"], wanted: false } };
    expect(followUpPrompts(content, templateText("en")).some((p) => p.kind === "safer-working")).toBe(false);
  });
});

describe("deny-list", () => {
  it("finds English and Spanish words case- and accent-insensitively, whole phrases across line breaks", () => {
    expect(findDeniedWords("My SAFETY\nPlan")).toEqual(["SAFETY\nPlan"]);
    expect(findDeniedWords("Trafficking, traffickers, EXPLOITED, pimps, buyers, sexual")).toHaveLength(6);
    expect(findDeniedWords("trata, Explotación, explotacion, PROXENETA, padrote, lenón, tráfico de personas")).toHaveLength(7);
    expect(findDeniedWords("Línea directa, plan de seguridad")).toHaveLength(2);
  });

  it("leaves ordinary words alone", () => {
    expect(findDeniedWords("Sussex, tratamiento, sextant? no: Essex, the library, my plan, safety first, lifeline")).toEqual(["sextant"]);
    expect(findDeniedWords("I had the best day of my life")).toEqual([]);
  });

  it("redacts a listed word in a youth's text with an ellipsis and keeps the rest", () => {
    expect(redactDenied("Dee, or the hotline")).toBe("Dee, or the \u2026");
    expect(redactDenied("Tell my pimp nothing")).toBe("Tell my \u2026 nothing");
  });

  it("sees through invisible and look-alike characters: zero-width, soft hyphen, joiners, bidi marks, full-width letters", () => {
    for (const hidden of ["bu\u200Byer", "bu\u00ADyer", "b\u200Duyer", "buy\u2060er", "\u200Ebuyer", "\uFF42\uFF55\uFF59\uFF45\uFF52", "tra\uFEFFfficker", "explo\u200Citaci\u00F3n"]) {
      expect(findDeniedWords(`ask the ${hidden} now`), JSON.stringify(hidden)).toHaveLength(1);
      expect(redactDenied(`ask the ${hidden} now`)).toBe("ask the \u2026 now");
    }
  });

  it("leaves everything but a listed word as typed: a Persian zero-width non-joiner, Chinese full-width punctuation, a decomposed accent", () => {
    for (const typed of ["\u062e\u0627\u0646\u0647\u200c\u06cc \u0645\u0646", "\u96fb\u8a71\uff1a626-555-0110", "Cafe\u0301 \uff08\u9031\u4e00\uff09", "\u{1F469}\u200D\u{1F467} ok"]) {
      expect(redactDenied(typed), JSON.stringify(typed)).toBe(typed);
    }
    expect(redactDenied("\u96fb\u8a71\uff1aask the bu\u200Byer\uff01")).toBe("\u96fb\u8a71\uff1aask the \u2026\uff01");
    expect(redactDenied("explotacio\u0301n y m\u00e1s")).toBe("\u2026 y m\u00e1s");
  });

  it("no neutral text of the discreet copy or the card is on the list, and every resource has a neutral name", () => {
    const t = pdfText("en");
    const texts = neutralPdfTexts("en");
    for (const text of texts) expect(findDeniedWords(text), text).toEqual([]);
    for (const r of RESOURCES) expect(t.discreet.resources[r.id], r.id).toBeTruthy();
  });
});
