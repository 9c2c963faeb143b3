import fc from "fast-check";

/** A field of a form: name and value (values may hold any UTF-16, lone surrogates included). */
export type Field = [string, string];

export type BodyKind =
  | "urlencoded"
  | "multipart"
  | "multipart-without-boundary"
  | "invalid-utf8"
  | "json"
  | "text"
  | "no-content-type"
  | "over-limit";

export type FuzzCase = {
  params: Record<string, string>;
  fields: Field[];
  body: BodyKind;
  cookie: "valid" | "none" | "garbage";
};

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom("\u0000", "\u0007", "\u001b", "\u202e", "\ufeff", "\r", "\n", "\t", "\ud800", "\udfff") }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>",
      "'; DROP TABLE plans; --",
      "' OR '1'='1",
      "../../etc/passwd",
      "${7*7}{{7*7}}",
      "__proto__",
      "constructor",
      "NaN",
      "-1",
      "1e309",
      "99999999999999999999",
      "0x10",
      "[]",
      "{}",
      "null",
      "true",
      "on",
      "",
    ),
  },
  { weight: 1, arbitrary: fc.nat({ max: 60_000 }).map((n) => "\u00e9".repeat(n)) },
);

const intentValue = fc.oneof(
  fc.json(),
  hostileText,
  fc
    .record({
      type: fc.constantFrom("insert", "remove", "reorder", "update", "reset", "validate", "nonsense"),
      payload: fc.record(
        {
          name: fc.oneof(fc.constantFrom("items", "own", "chosen", "places", "avoid", ""), fc.string()),
          index: fc.oneof(fc.integer(), fc.double()),
          from: fc.integer(),
          to: fc.integer(),
          defaultValue: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    })
    .map((o) => JSON.stringify(o)),
);

/** Field names: the form's own (so validation is reached), look-alikes, and nonsense. */
function fieldName(formNames: string[]) {
  const tricky = fc.constantFrom(
    "__intent__",
    "revision",
    "items[0].nickname",
    "items[99999].nickname",
    "items[-1].title",
    "items[",
    "a.b.c.d.e.f.g",
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "q1.text[0]",
    "own[1000000]",
  );
  return formNames.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...formNames) }, { weight: 1, arbitrary: tricky }, { weight: 1, arbitrary: fc.string() }) : fc.oneof(tricky, fc.string());
}

/**
 * Bad variations of a real form: fields dropped, values replaced by hostile text, fields
 * duplicated, extra and oversized fields and lists, intents with nonsense payloads.
 */
export function fuzzFields(baseline: Field[]): fc.Arbitrary<Field[]> {
  const names = [...new Set(baseline.map(([n]) => n))];
  return fc
    .record({
      keep: fc.array(fc.boolean(), { minLength: baseline.length, maxLength: baseline.length }),
      replacements: fc.array(fc.tuple(fc.nat(), hostileText), { maxLength: 6 }),
      duplicates: fc.array(fc.nat(), { maxLength: 4 }),
      extra: fc.array(fc.tuple(fieldName(names), fc.oneof(hostileText, intentValue)), { maxLength: 6 }),
      longList: fc.option(fc.tuple(fc.constantFrom("items", "own", "chosen", "places", "avoid"), fc.integer({ min: 30, max: 400 })), { freq: 5 }),
      intent: fc.option(intentValue, { freq: 4 }),
    })
    .map(({ keep, replacements, duplicates, extra, longList, intent }) => {
      const fields: Field[] = baseline.filter((_, i) => keep[i]).map(([n, v]) => [n, v]);
      for (const [at, value] of replacements) if (fields.length > 0) fields[at % fields.length]![1] = value;
      for (const at of duplicates) if (fields.length > 0) fields.push([...fields[at % fields.length]!]);
      fields.push(...extra);
      if (longList) {
        const [list, count] = longList;
        for (let i = 0; i < count; i++) fields.push([list === "chosen" ? list : `${list}[${i}].name`, `entry ${i}`]);
      }
      if (intent !== null) fields.push(["__intent__", intent]);
      return fields;
    });
}

/** Route parameters: mostly real values (so the action is reached), sometimes hostile ones. */
export function fuzzParams(names: string[], valid: Record<string, string[]>): fc.Arbitrary<Record<string, string>> {
  const hostileParam = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.constantFrom("..", "%", "%FF", "%E0%A4%A", "0", "-1", "999999999999", "1.5", "x".repeat(5000), "null", "undefined", "'--"),
  );
  return fc.record(
    Object.fromEntries(
      names.map((name) => [name, valid[name]?.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...valid[name]!) }, { weight: 1, arbitrary: hostileParam }) : hostileParam]),
    ),
  );
}

export function fuzzCase(paramNames: string[], valid: Record<string, string[]>, baseline: Field[]): fc.Arbitrary<FuzzCase> {
  return fc.record({
    params: fuzzParams(paramNames, valid),
    fields: fuzzFields(baseline),
    body: fc.oneof(
      { weight: 200, arbitrary: fc.constant<BodyKind>("urlencoded") },
      { weight: 60, arbitrary: fc.constant<BodyKind>("multipart") },
      {
        weight: 20,
        arbitrary: fc.constantFrom<BodyKind>("multipart-without-boundary", "invalid-utf8", "json", "text", "no-content-type"),
      },
      { weight: 1, arbitrary: fc.constant<BodyKind>("over-limit") },
    ),
    cookie: fc.oneof({ weight: 8, arbitrary: fc.constant("valid" as const) }, { weight: 1, arbitrary: fc.constantFrom("none" as const, "garbage" as const) }),
  });
}

/** Percent-encodes a path segment byte by byte (lone surrogates become U+FFFD), keeping raw `%` sequences as they are. */
export function pathSegment(value: string): string {
  if (/^(%[0-9A-Fa-f]{0,2})+$/.test(value)) return value;
  return [...Buffer.from(value)].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, "0").toUpperCase()}`)).join("");
}

/** The bytes and content type of a fuzz case's body. */
export function encodeBody(fields: Field[], kind: BodyKind, limit: number): { body: Buffer; contentType?: string } {
  const urlencoded = Buffer.from(new URLSearchParams(fields).toString());
  switch (kind) {
    case "urlencoded":
      return { body: urlencoded, contentType: "application/x-www-form-urlencoded" };
    case "invalid-utf8":
      return { body: Buffer.concat([urlencoded, Buffer.from("&bad=%FF%FE%C0%AF&raw="), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0])]), contentType: "application/x-www-form-urlencoded; charset=utf-8" };
    case "multipart": {
      const boundary = "----fuzz-boundary-7f3a";
      const parts = fields.map(([name, value], i) =>
        Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"${i % 5 === 4 ? `; filename="f${i}.txt"\r\nContent-Type: application/octet-stream` : ""}\r\n\r\n`),
          Buffer.from(value),
          Buffer.from("\r\n"),
        ]),
      );
      return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
    }
    case "multipart-without-boundary":
      return { body: urlencoded, contentType: "multipart/form-data" };
    case "json":
      return { body: Buffer.from(JSON.stringify(Object.fromEntries(fields))), contentType: "application/json" };
    case "text":
      return { body: urlencoded, contentType: "text/plain" };
    case "no-content-type":
      return { body: urlencoded };
    case "over-limit":
      return { body: Buffer.concat([urlencoded, Buffer.from("&pad="), Buffer.alloc(limit + 1, "a")]), contentType: "application/x-www-form-urlencoded" };
  }
}
