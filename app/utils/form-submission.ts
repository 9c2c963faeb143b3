import { formatPaths, parse, type Submission } from "@conform-to/dom";
import { safeParse, type $ZodIssue, type $ZodType, type $ZodTypes, type input, type output } from "zod/v4/core";

/**
 * Conform's submission of a form checked by a zod schema, on the server only (through parseForm;
 * decision 023): what @conform-to/zod's parseWithZod does, on zod's core. Its coercion rebuilds
 * the schema with classic zod's `pipe` and `transform`, which brought all of classic zod (about
 * 17 KB gzip) into every page with a form (decision 019); ours reads the form's values the way the
 * schema expects them instead, and the schemas are built with `zod/mini`.
 */
export function parseWithSchema<Schema extends $ZodType>(formData: FormData | URLSearchParams, schema: Schema) {
  return parse(formData, {
    resolve(payload) {
      const result = safeParse(schema, formValue(schema, payload));
      return result.success ? { value: result.data } : { error: errorsByField(result.error.issues) };
    },
  }) as Submission<input<Schema>, string[], output<Schema>>;
}

/**
 * A form's strings as the schema's types, as Conform's coercion reads them: an empty field is a
 * value not given (so its default applies), a ticked checkbox ("on") is true, a list sent as one
 * value or none is a list, and an object not sent is an empty one (so its fields' messages show).
 * Our forms' unions are choices among strings (`"" | one of the ids`, `"" | a date`).
 */
function formValue(schema: $ZodType, value: unknown): unknown {
  const def = (schema as $ZodTypes)._zod.def;
  switch (def.type) {
    case "string":
    case "enum":
    case "literal":
    case "union":
      return value === "" ? undefined : value;
    case "boolean":
      return value === "" ? undefined : value === "on" ? true : value;
    case "optional":
    case "default":
    case "prefault":
    case "catch": {
      const given = value === "" ? undefined : value;
      return given === undefined ? undefined : formValue(def.innerType, given);
    }
    case "array": {
      const items = value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value];
      return items.map((item) => formValue(def.element, item));
    }
    case "object": {
      const fields = value === undefined ? {} : value;
      if (typeof fields !== "object" || fields === null || Array.isArray(fields)) return fields;
      const given = fields as Record<string, unknown>;
      return Object.fromEntries(
        Object.entries(def.shape).flatMap(([key, field]) => {
          const read = formValue(field, given[key]);
          return Object.hasOwn(given, key) || read !== undefined ? [[key, read]] : [];
        }),
      );
    }
    default:
      return value;
  }
}

/** Each message at its field's name (`items[0].nickname`), the form's own at "". */
function errorsByField(issues: readonly $ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const name = formatPaths(issue.path.filter((segment): segment is string | number => typeof segment !== "symbol"));
    (errors[name] ??= []).push(issue.message);
  }
  return errors;
}
