import { describe, expect, test } from "vitest";
import { uiEn } from "../../app/i18n/ui.en";
import { uiEs } from "../../app/i18n/ui.es";
import { LANGUAGES } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { demoPlanContent } from "../../templates/csecy-safety-plan/demo-plan";
import { followUpPrompts } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { SCHEMA_MESSAGES } from "../../templates/csecy-safety-plan/messages";
import { pdfText } from "../../templates/pdf/text";
import { RESOURCES } from "../../templates/resources/directory";
import { leaves, paths } from "./strings";

/*
 * Every text in every catalogue has a Spanish string: the types already refuse a missing key;
 * these tests also refuse an empty one, an extra one, and one left in English by mistake.
 */

/** Texts that are the same word in both languages, or a name, and so rightly equal. */
const SAME_IN_BOTH = new Set([
  "language.names.en",
  "language.names.es",
  "shell.roles.supervisor",
  "overview.pageTitle",
  "hints.noChoice",
  "discreet.situations.other",
  // A number format, the same in both languages: "Coping (3/7)".
  "followUp.partStep",
  "comparison.no",
  "join.check.no",
]);

const catalogues = [
  { name: "interface (app/i18n)", en: uiEn, es: uiEs },
  { name: "plan template", en: templateText("en"), es: templateText("es") },
  { name: "PDF copies", en: pdfText("en"), es: pdfText("es") },
  { name: "schema messages", en: SCHEMA_MESSAGES.en, es: SCHEMA_MESSAGES.es },
];

describe.each(catalogues)("$name catalogue", ({ en, es }) => {
  test("Spanish has exactly the English keys", () => {
    expect(paths(es)).toEqual(paths(en));
  });

  test("no Spanish text is empty", () => {
    const empty = leaves(es).filter((l) => l.text.trim() === "").map((l) => l.path);
    expect(empty).toEqual([]);
  });

  test("no Spanish text is the English one left in place", () => {
    const english = new Map(leaves(en).map((l) => [l.path, l.text]));
    const untranslated = leaves(es)
      // A tip's source ("toolkit" or "ours") and a catalogue's own language code are marks, not words.
      .filter((l) => !SAME_IN_BOTH.has(l.path) && !/^(locale|name|language)$|\.source$/.test(l.path) && l.text === english.get(l.path))
      .map((l) => `${l.path}: ${l.text}`);
    expect(untranslated).toEqual([]);
  });
});

test("the completeness check fails when a Spanish key is missing", () => {
  const { together: _left, ...missing } = uiEs;
  expect(paths(missing)).not.toEqual(paths(uiEn));
  const { pdfBusy: _busy, ...refusals } = uiEs.refusals;
  expect(paths({ ...uiEs, refusals })).not.toEqual(paths(uiEn));
});

test("every resource has its name, purpose, what can happen when you call, and hours in every language", () => {
  for (const r of RESOURCES) {
    for (const l of LANGUAGES) {
      for (const field of ["name", "purpose", "whenYouCall", "hours"] as const) expect(r[field][l], `${r.id} ${field} ${l}`).toMatch(/\S/);
    }
    expect(r.purpose.es).not.toBe(r.purpose.en);
    expect(r.whenYouCall.es).not.toBe(r.whenYouCall.en);
    // A name is Spanish unless it is only a number (911).
    if (/\p{L}/u.test(r.name.en)) expect(r.name.es, r.id).not.toBe(r.name.en);
  }
  expect(RESOURCES.find((r) => r.id === "childhelp")!.name.es).toContain("(fuera del condado de LA)");
});

test("the follow-up prompts have Spanish wording", () => {
  const en = followUpPrompts(demoPlanContent, templateText("en")).map((p) => p.question);
  const es = followUpPrompts(demoPlanContent, templateText("es")).map((p) => p.question);
  expect(es).toHaveLength(en.length);
  es.forEach((q, i) => expect(q).not.toBe(en[i]));
  expect(es[0]).toBe("¿Cómo te ha ido desde que hicimos este plan?");
});
