import { z } from "zod";
import { CHOOSABLE_RESOURCE_IDS } from "../resources/directory";
import { LIMITS } from "./limits";
import {
  COPING_IDS,
  GO_BAG_IDS,
  LANGUAGES,
  NUMBER_KEPT_IDS,
  QUESTION_IDS,
  SAFER_WORKING_IDS,
  SITUATION_KINDS,
  STATUS_IDS,
  type SectionId,
} from "./structure";

/*
 * The plan content schema, derived from the template's ids and limits. Every field may be left
 * empty, so every field has a default: an empty form is a valid section. Form libraries send an
 * empty input as undefined, which the defaults turn into "" / false / [].
 */

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Please use at most ${max} characters.` })
    .default("");

const flag = () => z.boolean().default(false);

const choice = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.union([z.literal(""), z.enum(ids)], { error: "Please pick one of the choices." }).default("");

const DATE_MESSAGE = "Please enter a date like 2026-12-05.";
const isoDate = () => z.union([z.literal(""), z.iso.date({ error: DATE_MESSAGE })], { error: DATE_MESSAGE }).default("");

const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, { error: `A plan can hold up to ${max} ${what}.` }).default([]);

/** A repeatable item keeps a stable id so versions can be compared item by item. */
const itemId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{0,32}$/, { error: "This item is damaged; please add it again." })
  .default("");

const suggestions = <T extends readonly [string, ...string[]]>(ids: T) => ({
  chosen: list(z.enum(ids, { error: "Please pick from the list." }), ids.length, "choices"),
  own: list(text(LIMITS.mediumText), LIMITS.ownEntries, "ideas of your own"),
});

const answer = z.object({ text: text(LIMITS.longText), keepOffPrint: flag() });

export const sectionSchemas = {
  about: z.object({
    nameOnPlan: text(LIMITS.shortText),
    date: isoDate(),
    present: text(LIMITS.mediumText),
    language: z.enum(LANGUAGES, { error: "Please pick a language." }).default("en"),
    status: choice(STATUS_IDS),
    safetyMeans: text(LIMITS.longText),
  }),
  questions: z.object(
    Object.fromEntries(QUESTION_IDS.map((id) => [id, answer.prefault({})])) as Record<
      (typeof QUESTION_IDS)[number],
      z.ZodPrefault<typeof answer>
    >,
  ),
  people: z.object({
    items: list(
      z.object({
        id: itemId,
        nickname: text(LIMITS.shortText),
        relationship: text(LIMITS.shortText),
        contact: text(LIMITS.contact),
        numberKept: choice(NUMBER_KEPT_IDS),
        knowsSituation: flag(),
        mightBeLinked: flag(),
        codeWord: text(LIMITS.shortText),
        codeWordMeaning: text(LIMITS.mediumText),
        codeWordAction: text(LIMITS.mediumText),
        keepOffPrint: flag(),
      }),
      LIMITS.people,
      "people",
    ),
  }),
  places: z.object({
    safe: list(
      z.object({ id: itemId, name: text(LIMITS.shortText), why: text(LIMITS.mediumText), keepOffPrint: flag() }),
      LIMITS.places,
      "safe places",
    ),
    avoid: list(
      z.object({ id: itemId, name: text(LIMITS.shortText), why: text(LIMITS.mediumText), keepOffPrint: flag() }),
      LIMITS.places,
      "places to avoid",
    ),
  }),
  coping: z.object(suggestions(COPING_IDS)),
  "safer-working": z.object({ wanted: flag(), ...suggestions(SAFER_WORKING_IDS) }),
  situations: z.object({
    items: list(
      z.object({
        id: itemId,
        kind: z.enum(SITUATION_KINDS, { error: "Please pick a kind of situation." }).default("other"),
        title: text(LIMITS.shortText),
        warningSigns: text(LIMITS.longText),
        steps: text(LIMITS.longText),
        whoToCall: text(LIMITS.mediumText),
        keepOffPrint: flag(),
      }),
      LIMITS.situations,
      "situations",
    ),
  }),
  "go-bag": z.object(suggestions(GO_BAG_IDS)),
  refusal: z.object({
    items: list(
      z.object({
        id: itemId,
        situation: text(LIMITS.mediumText),
        whatIllSay: text(LIMITS.mediumText),
        keepOffPrint: flag(),
      }),
      LIMITS.refusalLines,
      "refusal lines",
    ),
  }),
  resources: z.object({
    chosen: list(
      z.enum(CHOOSABLE_RESOURCE_IDS, { error: "Please pick from the list." }),
      CHOOSABLE_RESOURCE_IDS.length,
      "places",
    ),
    own: list(
      z.object({
        id: itemId,
        name: text(LIMITS.shortText),
        phone: text(LIMITS.contact),
        notes: text(LIMITS.mediumText),
      }),
      LIMITS.ownResources,
      "places of your own",
    ),
  }),
  "follow-up": z.object({ nextMeeting: isoDate(), checkOn: text(LIMITS.longText) }),
  provider: z.object({ notes: text(LIMITS.longText), concern: flag() }),
} satisfies Record<SectionId, z.ZodObject>;

export type SectionSchemas = typeof sectionSchemas;
export type SectionContent<S extends SectionId> = z.output<SectionSchemas[S]>;

export const planContentSchema = z.object(
  Object.fromEntries(
    Object.entries(sectionSchemas).map(([id, schema]) => [id, (schema as z.ZodObject).prefault({})]),
  ) as { [S in SectionId]: z.ZodPrefault<SectionSchemas[S]> },
);

export type PlanContent = z.output<typeof planContentSchema>;

export const versionNoteSchema = text(LIMITS.versionNote);

export function emptyPlanContent(): PlanContent {
  return planContentSchema.parse({});
}
