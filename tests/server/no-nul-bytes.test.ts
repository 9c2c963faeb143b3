import { beforeAll, expect, test } from "vitest";
import { eq } from "drizzle-orm";
import { db, schema } from "../../app/models/db.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { makeAgencies } from "../setup/fixtures";
import { appHandler, cookieFor, get } from "../setup/handler";

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
});

/*
 * React 18's server renderer copies text into 2,048-byte buffers with TextEncoder.encodeInto; when
 * a character of two or more bytes does not fit at a buffer's end, it sends the whole buffer,
 * unfilled last byte included: a NUL in the page ("Todos mis j\0óvenes"). Pages full of Spanish
 * (or curly quotes) hit it wherever such a character falls on a boundary, so this walks names
 * of every length over a page dense with them.
 */
test("no page carries a NUL byte, wherever a multi-byte character falls", async () => {
  const cookie = `${await cookieFor(people.provider)}; spb_lang=ImVzIg%3D%3D`;
  for (let i = 0; i < 40; i += 1) createYouthWithPlan(people.provider, { chosenName: `Íñigo ${"ñ".repeat(i % 7)}ó`, preferredLanguage: "es" });
  const { youthId } = createYouthWithPlan(people.provider, { chosenName: "x", preferredLanguage: "es" });
  const withNul: number[] = [];
  for (let padding = 0; padding < 8; padding += 1) {
    db.update(schema.youth).set({ chosenName: `Zoë${"a".repeat(padding)}` }).where(eq(schema.youth.id, youthId)).run();
    const bytes = Buffer.from(await (await handle(get("/dashboard", cookie))).arrayBuffer());
    if (bytes.includes(0)) withNul.push(padding);
  }
  expect(withNul).toEqual([]);
});
