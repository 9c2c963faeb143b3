// Before any schema is built: every action builds its form's schema when it parses.
import "../../templates/zod-setup";
import { $ZodObject, type $ZodType } from "zod/v4/core";
import { parseWithSchema } from "../utils/form-submission";
import { badRequest, refuse } from "./http.server";

const FORM_CONTENT_TYPE = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * The submitted form. A body that is not a form (another content type, a multipart body without
 * its boundary, bytes that do not parse) is refused with 415 or 400 instead of throwing, which
 * Remix would answer with 500. Pages only ever post forms, so only a hand-made request gets here.
 */
export async function readFormData(request: Request): Promise<FormData> {
  if (!FORM_CONTENT_TYPE.test(request.headers.get("Content-Type") ?? "")) {
    refuse(415, "notAForm");
  }
  try {
    return await request.formData();
  } catch {
    badRequest("unreadableForm");
  }
}

/**
 * The highest list index a field name may carry. The longest list of a plan holds 30 entries;
 * without a bound, one field named `own[1000000]` makes Conform build (and the page echo back) a
 * list of a million entries: gigabytes of memory for a request of a few bytes.
 */
const LARGEST_LIST_INDEX = 999;

function refuseLargeIndices(name: string) {
  for (const [, index] of name.matchAll(/\[(\d+)\]/g)) if (Number(index) > LARGEST_LIST_INDEX) badRequest("tooManyEntries");
}

/**
 * The list positions a Conform intent (add, remove, move, reset an entry) names must be real
 * ones too: `{"type":"reset","payload":{"name":"x","index":496537256}}` would otherwise build
 * a list of half a billion entries and exhaust the server's memory.
 */
function refuseLargeIntent(intent: FormDataEntryValue | null) {
  if (typeof intent !== "string") return;
  let payload: unknown;
  try {
    payload = (JSON.parse(intent) as { payload?: unknown } | null)?.payload;
  } catch {
    return; // Not JSON: Conform refuses it below.
  }
  if (typeof payload !== "object" || payload === null) return;
  const { name, index, from, to } = payload as Record<string, unknown>;
  if (typeof name === "string") refuseLargeIndices(name);
  for (const position of [index, from, to]) {
    if (position !== undefined && !(Number.isInteger(position) && (position as number) >= 0 && (position as number) <= LARGEST_LIST_INDEX)) {
      badRequest("tooManyEntries");
    }
  }
}

/**
 * Only the fields the schema knows (and Conform's intent): a refused form is sent back with what
 * was typed, and a field no form has, added by hand to a request, must not be echoed into the page.
 */
function knownFields(formData: FormData, schema: $ZodType): FormData {
  if (!(schema instanceof $ZodObject)) return formData;
  const { shape } = schema._zod.def;
  const known = new FormData();
  for (const [name, value] of formData) {
    const field = name.split(/[.[]/, 1)[0]!;
    if (name === "__intent__" || Object.hasOwn(shape, field)) known.append(name, value);
  }
  return known;
}

/**
 * parseWithSchema (Conform's submission, checked by the schema: the only check a form gets, as the
 * browser loads no schema, decision 023) over the fields the schema knows, except that an
 * `__intent__` Conform cannot read (only a hand-made request sends one: the pages' buttons send well-formed ones) is a
 * 400, not an exception, and so is a list position (in a field name or an intent) that no form has.
 */
export function parseForm<Schema extends $ZodType>(formData: FormData, schema: Schema) {
  for (const name of formData.keys()) refuseLargeIndices(name);
  for (const intent of formData.getAll("__intent__")) refuseLargeIntent(intent);
  try {
    return parseWithSchema(knownFields(formData, schema), schema);
  } catch {
    badRequest("unknownIntent");
  }
}
