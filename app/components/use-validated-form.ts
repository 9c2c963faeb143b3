import { isPrefix, parse, type Intent } from "@conform-to/dom";
import { useForm, type SubmissionResult } from "@conform-to/react";
import { useRef } from "react";
import type { $ZodType, input } from "zod/v4/core";

/** The schema a form's action checks it with, or the function building it (per language): only its type is used here. */
type FormSchema = $ZodType<Record<string, unknown>> | ((...args: never[]) => $ZodType<Record<string, unknown>>);
type SchemaOf<S extends FormSchema> = S extends (...args: never[]) => infer Built ? Extract<Built, $ZodType> : Extract<S, $ZodType>;
type FieldsOf<S extends FormSchema> = input<SchemaOf<S>> & Record<string, unknown>;

/**
 * A form checked by its action on the server (decision 023): the browser loads no schema and no
 * zod. Conform shows what the server answered (`lastResult`): each message at its field with
 * aria-invalid and aria-describedby, focus on the first field with a problem, the summary. Its
 * list buttons (add, remove, move) still act in place. A message stays until the user changes what
 * it is about (typing in that field, changing that list) or submits again; the other messages stay.
 *
 * The type parameter is the action's schema (`useValidatedForm<typeof loginSchema>`), for the
 * fields' types only.
 */
export function useValidatedForm<Schema extends FormSchema>(
  options: { id?: string; lastResult?: SubmissionResult<string[]> | null; defaultValue?: Record<string, unknown> } = {},
) {
  const shownErrors = useRef<Record<string, unknown>>({});
  const [form, fields] = useForm<FieldsOf<Schema>>({
    ...options,
    defaultValue: options.defaultValue as never,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    // A submit (no intent) goes to the server unchecked (`error: null`); Conform's own intents (a
    // field typed in after the server's answer, a list button) are answered here, in place.
    onValidate: ({ formData }) =>
      parse<FieldsOf<Schema>, string[]>(formData, { resolve: (_payload, intent) => ({ error: intent ? errorsKeptAfter(intent, shownErrors.current) : null }) }),
  });
  shownErrors.current = form.allErrors;
  return [form, fields] as const;
}

/** The messages shown, less those about what the intent changed (`null` keeps a message as it is). */
function errorsKeptAfter(intent: Intent, shown: Record<string, unknown>): Record<string, null> {
  // A list button names its list: the messages inside it go, as their positions may have moved.
  const changed = intent.payload.name ?? "";
  return Object.fromEntries(Object.keys(shown).flatMap((name) => (isPrefix(name, changed) ? [] : [[name, null]])));
}
