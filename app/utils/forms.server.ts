import { parseWithZod } from "@conform-to/zod/v4";
import type { $ZodType } from "zod/v4/core";
import { badRequest } from "./http.server";

const FORM_CONTENT_TYPE = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * The submitted form. A body that is not a form (another content type, a multipart body without
 * its boundary, bytes that do not parse) is refused with 415 or 400 instead of throwing, which
 * Remix would answer with 500. Pages only ever post forms, so only a hand-made request gets here.
 */
export async function readFormData(request: Request): Promise<FormData> {
  if (!FORM_CONTENT_TYPE.test(request.headers.get("Content-Type") ?? "")) {
    throw new Response("This request must be sent as a form.", { status: 415, statusText: "Unsupported Media Type" });
  }
  try {
    return await request.formData();
  } catch {
    badRequest("This form could not be read. Please reload the page and try again.");
  }
}

/**
 * Conform's parseWithZod, except that an `__intent__` Conform cannot read (only a hand-made
 * request sends one: the pages' buttons send well-formed ones) is a 400, not an exception.
 */
export function parseForm<Schema extends $ZodType>(formData: FormData, schema: Schema) {
  try {
    return parseWithZod(formData, { schema });
  } catch {
    badRequest("This form asked for something the page does not offer. Please reload the page and try again.");
  }
}
