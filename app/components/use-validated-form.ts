import { useForm, type SubmissionResult } from "@conform-to/react";
import type { $ZodType, input, output } from "zod/v4/core";
import { parseWithSchema } from "../utils/form-submission";

/**
 * A form checked in the browser by the same zod schema its action uses. An error shows when the
 * user leaves a field and clears as soon as they type the fix, so the page does not shift under
 * the pointer between pressing and releasing Save.
 */
export function useValidatedForm<Schema extends $ZodType<Record<string, unknown>>>(
  schema: Schema,
  options: { id?: string; lastResult?: SubmissionResult<string[]> | null; defaultValue?: Record<string, unknown> } = {},
) {
  return useForm<input<Schema> & Record<string, unknown>, output<Schema>>({
    ...options,
    defaultValue: options.defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithSchema(formData, schema),
  });
}
