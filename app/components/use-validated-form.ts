import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

/**
 * A form checked in the browser by the same zod schema its action uses. An error shows when the
 * user leaves a field and clears as soon as they type the fix, so the page does not shift under
 * the pointer between pressing and releasing Save.
 */
export function useValidatedForm<Schema extends z.ZodType<Record<string, unknown>>>(
  schema: Schema,
  options: { id?: string; lastResult?: SubmissionResult<string[]> | null; defaultValue?: Record<string, unknown> } = {},
) {
  return useForm<z.input<Schema> & Record<string, unknown>, z.output<Schema>>({
    ...options,
    defaultValue: options.defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}
