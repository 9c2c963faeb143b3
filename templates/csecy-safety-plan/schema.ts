import "../zod-setup";
import * as z from "zod/mini";
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
  type Language,
  type SectionId,
} from "./structure";
import { SCHEMA_MESSAGES, type SchemaMessages } from "./messages";
import { isPrintableName } from "../printable-name";

/*
 * The plan content schema, derived from the template's ids and limits. Every field may be left
 * empty, so every field has a default: an empty form is a valid section. Form libraries send an
 * empty input as undefined, which the defaults turn into "" / false / [].
 */

/**
 * The section schemas with their messages in one language. `forms`: what a form may save, which
 * holds the plan's names (people, places, titles) to printable text; the stored plan is read with
 * the English schemas without that check, so a draft saved before it still opens, prints and can
 * be put right at the field.
 */
function makeSectionSchemas(m: SchemaMessages, forms: boolean) {
  const text = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max, { error: m.tooLong(max) })), "");

  /** A short name-like field: a person, a place, a code word, a title. */
  const name = () =>
    forms
      ? z._default(
          z
            .string()
            .check(z.trim(), z.maxLength(LIMITS.shortText, { error: m.tooLong(LIMITS.shortText) }), z.refine(isPrintableName, { error: m.notPrintable })),
          "",
        )
      : text(LIMITS.shortText);

  const flag = () => z._default(z.boolean(), false);

  const choice = <T extends readonly [string, ...string[]]>(ids: T) =>
    z._default(z.union([z.literal(""), z.enum(ids)], { error: m.pickOne }), "");

  const isoDate = () => z._default(z.union([z.literal(""), z.iso.date({ error: m.date })], { error: m.date }), "");

  const list = <T extends z.ZodMiniType>(item: T, max: number, full: (max: number) => string) =>
    z._default(z.array(item).check(z.maxLength(max, { error: full(max) })), []);

  /** A repeatable item keeps a stable id so versions can be compared item by item. */
  const itemId = z._default(z.string().check(z.regex(/^[A-Za-z0-9_-]{0,32}$/, { error: m.damagedItem })), "");

  const suggestions = <T extends readonly [string, ...string[]]>(ids: T) => ({
    chosen: list(z.enum(ids, { error: m.pickFromList }), ids.length, m.listFull.choices),
    own: list(text(LIMITS.mediumText), LIMITS.ownEntries, m.listFull.ownIdeas),
  });

  /** What a copy holds, chosen on "What goes on each copy" (copies.ts); absent: the defaults. */
  const copyChoice = z.optional(z.object({ youth: flag(), discreet: flag(), card: flag(), adult: flag() }));
  /** Before per-copy choices: "Leave this off my printed copy". Read, never written by a form. */
  const legacyOff = z.optional(z.boolean());

  const answer = z.object({ text: text(LIMITS.longText), keepOffPrint: legacyOff, print: copyChoice });

  return {
    about: z.object({
      nameOnPlan: name(),
      date: isoDate(),
      present: text(LIMITS.mediumText),
      language: z._default(z.enum(LANGUAGES, { error: m.pickLanguage }), "en"),
      status: choice(STATUS_IDS),
      safetyMeans: text(LIMITS.longText),
      printStatus: copyChoice,
      printSafetyMeans: copyChoice,
    }),
    questions: z.object(
      Object.fromEntries(QUESTION_IDS.map((id) => [id, z.prefault(answer, {})])) as Record<
        (typeof QUESTION_IDS)[number],
        z.ZodMiniPrefault<typeof answer>
      >,
    ),
    people: z.object({
      items: list(
        z.object({
          id: itemId,
          nickname: name(),
          relationship: name(),
          contact: text(LIMITS.contact),
          numberKept: choice(NUMBER_KEPT_IDS),
          knowsSituation: flag(),
          mightBeLinked: flag(),
          codeWord: name(),
          codeWordMeaning: text(LIMITS.mediumText),
          codeWordAction: text(LIMITS.mediumText),
          keepOffPrint: legacyOff,
          print: copyChoice,
          printCodeWord: copyChoice,
        }),
        LIMITS.people,
        m.listFull.people,
      ),
    }),
    places: z.object({
      safe: list(
        z.object({ id: itemId, name: name(), why: text(LIMITS.mediumText), keepOffPrint: legacyOff, print: copyChoice }),
        LIMITS.places,
        m.listFull.safePlaces,
      ),
      avoid: list(
        z.object({ id: itemId, name: name(), why: text(LIMITS.mediumText), keepOffPrint: legacyOff, print: copyChoice }),
        LIMITS.places,
        m.listFull.avoidPlaces,
      ),
    }),
    coping: z.object({ ...suggestions(COPING_IDS), print: copyChoice }),
    "safer-working": z.object({ wanted: flag(), ...suggestions(SAFER_WORKING_IDS), print: copyChoice }),
    situations: z.object({
      items: list(
        z.object({
          id: itemId,
          kind: z._default(z.enum(SITUATION_KINDS, { error: m.pickSituationKind }), "other"),
          title: name(),
          warningSigns: text(LIMITS.longText),
          steps: text(LIMITS.longText),
          whoToCall: text(LIMITS.mediumText),
          keepOffPrint: legacyOff,
          print: copyChoice,
        }),
        LIMITS.situations,
        m.listFull.situations,
      ),
    }),
    "go-bag": z.object({ ...suggestions(GO_BAG_IDS), print: copyChoice }),
    refusal: z.object({
      items: list(
        z.object({
          id: itemId,
          situation: text(LIMITS.mediumText),
          whatIllSay: text(LIMITS.mediumText),
          keepOffPrint: legacyOff,
          print: copyChoice,
        }),
        LIMITS.refusalLines,
        m.listFull.refusalLines,
      ),
    }),
    resources: z.object({
      chosen: list(
        z.enum(CHOOSABLE_RESOURCE_IDS, { error: m.pickFromList }),
        CHOOSABLE_RESOURCE_IDS.length,
        m.listFull.places,
      ),
      own: list(
        z.object({
          id: itemId,
          name: name(),
          phone: text(LIMITS.contact),
          notes: text(LIMITS.mediumText),
        }),
        LIMITS.ownResources,
        m.listFull.ownPlaces,
      ),
      print: copyChoice,
      /** The hotline on the discreet copy and the card (absent: on both, as before the choice existed). */
      printHelpLine: copyChoice,
    }),
    "follow-up": z.object({ nextMeeting: isoDate(), checkOn: text(LIMITS.longText), print: copyChoice }),
    provider: z.object({ notes: text(LIMITS.longText), concern: flag() }),
  } satisfies Record<SectionId, z.ZodMiniObject>;
}

/** The stored plan's schemas (English messages; names as they were saved). */
export const sectionSchemas = makeSectionSchemas(SCHEMA_MESSAGES.en, false);

const SCHEMAS_BY_LANGUAGE: Record<Language, SectionSchemas> = {
  en: makeSectionSchemas(SCHEMA_MESSAGES.en, true),
  es: makeSectionSchemas(SCHEMA_MESSAGES.es, true),
};

/** What a form may save, with its messages in the form's language (the plan's). */
export function sectionSchemasFor(language: Language): SectionSchemas {
  return SCHEMAS_BY_LANGUAGE[language];
}

export type SectionSchemas = typeof sectionSchemas;
export type SectionContent<S extends SectionId> = z.output<SectionSchemas[S]>;

export const planContentSchema = z.object(
  Object.fromEntries(
    Object.entries(sectionSchemas).map(([id, schema]) => [id, z.prefault(schema as z.ZodMiniObject, {})]),
  ) as { [S in SectionId]: z.ZodMiniPrefault<SectionSchemas[S]> },
);

export type PlanContent = z.output<typeof planContentSchema>;

/** The note saved with a version (interface language: the provider writes it). */
export const versionNoteSchema = (language: Language) =>
  z._default(z.string().check(z.trim(), z.maxLength(LIMITS.versionNote, { error: SCHEMA_MESSAGES[language].tooLong(LIMITS.versionNote) })), "");

export function emptyPlanContent(): PlanContent {
  return planContentSchema.parse({});
}
