import "../zod-setup";
import * as z from "zod/mini";
import { FOLLOW_UP_CHOICE_IDS, type FollowUpPrompt } from "./follow-up-prompts";
import { LIMITS } from "./limits";

/*
 * The answers of one follow-up meeting, stored as JSON in follow_ups.answers and validated by
 * these schemas on write and on read, like plan content. Every prompt may stay unanswered.
 */

const note = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max, { error: `Please use at most ${max} characters.` })), "");

const CHOICE_MESSAGE = "Please pick one of the answers.";

/** A prompt's key as followUpPrompts makes it: "open", "go-bag", or "<kind>:<item id>". */
const promptKey = z.string().check(z.regex(/^[a-z-]{1,20}(:[A-Za-z0-9_-]{1,40})?$/));

export const followUpAnswerSchema = z.object({
  choice: z._default(z.union([z.literal(""), z.enum(FOLLOW_UP_CHOICE_IDS)], { error: CHOICE_MESSAGE }), ""),
  note: note(LIMITS.longText),
});
export type FollowUpAnswer = z.output<typeof followUpAnswerSchema>;

/**
 * The stored document: the answers by prompt key, and a revision that every write increments,
 * so a form opened before someone else's save is refused instead of overwriting it.
 */
export const followUpDocumentSchema = z.object({
  revision: z.int().check(z.gte(0)),
  answers: z.record(promptKey, followUpAnswerSchema),
});
export type FollowUpDocument = z.output<typeof followUpDocumentSchema>;

export const emptyFollowUpDocument = (): FollowUpDocument => ({ revision: 0, answers: {} });

/**
 * The follow-up form for one version's prompts: each prompt offers only its own choices, the
 * open question takes a long answer and the others a short note.
 */
export function followUpFormSchema(prompts: readonly FollowUpPrompt[]) {
  return z.object(
    Object.fromEntries(
      prompts.map((p) => [
        p.key,
        z.prefault(
          z.object({
            choice: z._default(z.union([z.literal(""), z.enum(p.choices as [string, ...string[]])], { error: CHOICE_MESSAGE }), ""),
            note: note(p.kind === "open" ? LIMITS.longText : LIMITS.mediumText),
          }),
          {},
        ),
      ]),
    ),
  );
}
