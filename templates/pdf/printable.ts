import { onCopy, printTargets, type ChosenCopy, type PrintTarget } from "../csecy-safety-plan/copies";
import type { PlanContent } from "../csecy-safety-plan/schema";
import { QUESTION_IDS } from "../csecy-safety-plan/structure";
import { mapStrings } from "./clean-text";
import { redactDenied } from "./deny-list";

export const PDF_COPIES = ["youth", "discreet", "card", "adult", "provider"] as const;
export type PdfCopy = (typeof PDF_COPIES)[number];

/** Copies meant to pass unnoticed: neutral wording, and the deny-list applies to the youth's words too. */
export const INCONSPICUOUS: ReadonlySet<PdfCopy> = new Set(["discreet", "card"]);

/** How many people fit on the pocket card. */
export const CARD_PEOPLE = 3;

/** Keys whose values are ids or choices, never words a person typed. */
const NOT_TEXT = new Set(["id", "chosen", "kind", "status", "numberKept", "language", "date", "nextMeeting"]);

const NO_COPY = { youth: false, discreet: false, card: false, adult: false };

const NO_CODE_WORD = { codeWord: "", codeWordMeaning: "", codeWordAction: "" };

/**
 * What a copy the youth carries or hands on holds: only what the youth's choices put on that copy
 * (copies.ts), never a person marked as maybe linked, never provider notes. The choices themselves
 * and the legacy "keep off" flag are dropped, so what is left is exactly what prints. The discreet
 * copy and the card also lose what would name what they are about (a person's relationship, why a
 * place matters, the kind of plan), and their youth's words go through the deny-list as a second net;
 * they hold the hotline's number only if the youth left "Help line" on them.
 */
export function chosenContent(content: PlanContent, copy: ChosenCopy): PlanContent {
  const targets = new Map(printTargets(content).map((t) => [t.key, t] as [string, PrintTarget]));
  const on = (key: string) => onCopy(targets.get(key), copy);
  const plain = copy === "youth" || copy === "adult";
  const bare = <T extends { keepOffPrint?: boolean; print?: unknown }>({ keepOffPrint: _legacy, print: _choice, ...rest }: T) => rest;
  const a = content.about;
  const questions = Object.fromEntries(
    QUESTION_IDS.map((id) => [id, { text: on(`questions.${id}`) ? content.questions[id].text : "" }]),
  ) as PlanContent["questions"];
  const people = content.people.items
    .filter((p) => on(`people.${p.id}`))
    .slice(0, copy === "card" ? CARD_PEOPLE : undefined)
    .map(({ printCodeWord: _choice, ...p }) => {
      const person = { ...bare(p), ...(on(`people.${p.id}.codeWord`) ? {} : NO_CODE_WORD) };
      return plain
        ? { ...person, knowsSituation: copy === "youth" && person.knowsSituation }
        : { ...person, relationship: "", numberKept: "" as const, knowsSituation: false, codeWordMeaning: "", codeWordAction: "" };
    });
  const places = (list: PlanContent["places"]["safe"], side: "safe" | "avoid") =>
    list.filter((p) => on(`places.${side}.${p.id}`)).map((p) => ({ ...bare(p), why: plain ? p.why : "" }));
  const list = <S extends { chosen: readonly string[]; own: string[]; print?: unknown }>(section: S, key: string) =>
    on(key) ? bare(section) : { ...bare(section), chosen: [], own: [] };
  const safer = content["safer-working"];
  const { printHelpLine: _helpLineChoice, ...resources } = content.resources;
  const printed: PlanContent = {
    about: {
      nameOnPlan: copy === "youth" ? a.nameOnPlan : "",
      date: "",
      present: "",
      language: a.language,
      status: on("about.status") ? a.status : "",
      safetyMeans: on("about.safetyMeans") ? a.safetyMeans : "",
    },
    questions,
    people: { items: people },
    places: { safe: places(content.places.safe, "safe"), avoid: places(content.places.avoid, "avoid") },
    coping: list(content.coping, "coping"),
    "safer-working": safer.wanted && on("safer-working") ? bare(safer) : { wanted: false, chosen: [], own: [] },
    situations: { items: content.situations.items.filter((s) => on(`situations.${s.id}`)).map(bare) },
    "go-bag": list(content["go-bag"], "go-bag"),
    refusal: { items: content.refusal.items.filter((r) => on(`refusal.${r.id}`)).map(bare) },
    resources: {
      ...(on("resources")
        ? { ...bare(resources), own: resources.own.map((r) => ({ ...r, notes: plain ? r.notes : "" })), print: undefined }
        : { chosen: [], own: [], print: NO_COPY }),
      ...(plain || on("resources.helpLine") ? {} : { printHelpLine: NO_COPY }),
    },
    "follow-up":
      copy === "youth" ? bare(content["follow-up"]) : { nextMeeting: on("follow-up.nextMeeting") ? content["follow-up"].nextMeeting : "", checkOn: "" },
    provider: { notes: "", concern: false },
  };
  return INCONSPICUOUS.has(copy) ? mapStrings(printed, redactDenied, NOT_TEXT) : printed;
}

/** For the provider copy: whether a thing (by its choice key) stays off the youth's own copy. */
export function offTheYouthCopy(content: PlanContent): (key: string) => boolean {
  const targets = new Map(printTargets(content).map((t) => [t.key, t] as [string, PrintTarget]));
  return (key) => targets.has(key) && !onCopy(targets.get(key), "youth");
}

/** Whether the copy prints the "places that can help" list (its content keeps a choice only when it is off). */
export const printsResources = (content: PlanContent) => content.resources.print === undefined;

/**
 * Whether the copy prints the hotline's number (its content keeps a choice only when it is off,
 * which only the discreet copy and the card can be: the other copies always name it).
 */
export const printsHelpLine = (content: PlanContent) => content.resources.printHelpLine === undefined;

/** The content a copy prints, from a validated plan whose strings are already cleaned. */
export function contentForCopy(content: PlanContent, copy: PdfCopy): PlanContent {
  return copy === "provider" ? content : chosenContent(content, copy);
}
