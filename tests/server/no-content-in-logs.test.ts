import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPlanContent, SECTION_IDS, type SectionId } from "../../templates/csecy-safety-plan";
import { sectionSchemas } from "../../templates/csecy-safety-plan/schema";
import { db } from "../../app/models/db.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { freePort } from "../setup/free-port";

/*
 * Marker text goes into every field a person can type into (every section of the plan, the
 * youth's name, version and consult notes, account names, login and confirm fields, rejected and
 * conflicting submissions too); the server's whole output and the audit table must never hold it.
 */

const MARKER = "QZXMARK";
let markers = 0;
const marker = () => `${MARKER}${++markers}`;

let server: ServerProcess;
let people: Awaited<ReturnType<typeof makeAgencies>>;
const cookies = { provider: "", supervisor: "", admin: "" };

beforeAll(async () => {
  people = await makeAgencies();
  server = await startServer(await freePort());
  for (const role of ["provider", "supervisor", "admin"] as const) cookies[role] = await logIn(server.baseUrl, people[role].email, TEST_PASSWORD);
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server);
});

/** A section's demo content with every free-text value replaced by a marker (values the schema limits to a list stay). */
function markedSection(section: SectionId): unknown {
  const original = demoPlanContent[section];
  const mark = (value: unknown, key?: string): unknown => {
    if (typeof value === "string") return key === "id" ? value : marker();
    if (Array.isArray(value)) return value.map((v) => mark(v));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v, k)]));
    return value;
  };
  let content = mark(original) as Record<string, unknown>;
  // Put back, one by one, the values the schema refuses as free text (a date, a language, a list choice).
  for (let tries = 0; tries < 200; tries++) {
    const result = sectionSchemas[section].safeParse(content);
    if (result.success) return content;
    const path = result.error.issues[0]!.path;
    const restore = (target: any, source: any, depth: number): any =>
      depth === path.length ? source : Array.isArray(target) ? target.map((t, i) => (i === path[depth] ? restore(t, source[i], depth + 1) : t)) : { ...target, [path[depth] as string]: restore(target[path[depth] as string], source[path[depth] as string], depth + 1) };
    content = restore(content, original, 0);
  }
  throw new Error(`could not mark section ${section}`);
}

/** Conform's field names: a.b, items[0].name; a ticked box is "on", an unticked one is left out. */
function formEntries(value: unknown, prefix = ""): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => formEntries(v, `${prefix}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => formEntries(v, prefix ? `${prefix}.${k}` : k));
  if (typeof value === "boolean") return value ? [[prefix, "on"]] : [];
  return [[prefix, String(value)]];
}

async function post(path: string, entries: [string, string][] | Record<string, string>, cookie?: string) {
  const response = await fetch(server.baseUrl + path, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl, ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(entries),
  });
  await response.arrayBuffer();
  return response;
}

describe("no plan content or names in logs or the audit trail", () => {
  it("keeps every typed value out of the server output and the audit table", async () => {
    const youthName = marker();
    const created = await post("/youth/new", { chosenName: youthName, preferredLanguage: "en" }, cookies.provider);
    expect(created.status).toBe(302);
    const planPath = created.headers.get("location")!;

    let revision = 0;
    for (const section of SECTION_IDS) {
      const fields = formEntries(markedSection(section)).filter(([name]) => name !== "concern");
      // The concern flag raised, so the supervisor's consult below has something to acknowledge.
      if (section === "provider") fields.push(["concern", "on"]);
      const saved = await post(`${planPath}/sections/${section}`, [["revision", String(revision)], ...fields], cookies.provider);
      expect(saved.status, section).toBe(302);
      revision++;
    }
    // A stale form (409) and a refused one (400), both full of markers.
    expect((await post(`${planPath}/sections/about`, [["revision", "0"], ...formEntries(markedSection("about"))], cookies.provider)).status).toBe(409);
    expect((await post(`${planPath}/sections/about`, [["revision", String(revision)], ["nameOnPlan", marker().repeat(40)]], cookies.provider)).status).toBe(400);
    expect((await post(`${planPath}/review`, { revision: String(revision), note: marker() }, cookies.provider)).status).toBe(302);

    for (const copy of ["youth", "discreet", "card", "provider"]) {
      const pdf = await fetch(`${server.baseUrl}${planPath}/versions/1/pdf?copy=${copy}`, { headers: { Cookie: cookies.provider } });
      expect(pdf.status).toBe(200);
      await pdf.arrayBuffer();
    }
    expect((await post(`${planPath}/concern`, { note: marker() }, cookies.supervisor)).status).toBe(302);
    expect((await post("/admin", { displayName: marker(), email: `${marker().toLowerCase()}@test.local`, role: "provider", password: `${marker()}-long-password` }, cookies.admin)).status).toBe(302);
    expect((await post("/login", { email: `${marker()}@test.local`, password: marker() })).status).toBe(401);
    expect((await post("/login", { email: marker(), password: marker().repeat(30) })).status).toBe(400);

    const records = await fetch(`${server.baseUrl}/admin/records`, { headers: { Cookie: cookies.admin } });
    const youthId = /\/youth\/([A-Za-z0-9_-]{16})\/audit/.exec(await records.text())![1]!;
    expect((await post(`/youth/${youthId}/delete`, { confirm: marker() }, cookies.admin)).status).toBe(400);
    const authorised = await post(`/youth/${youthId}/export`, { reason: "Records request from the youth", password: TEST_PASSWORD }, cookies.admin);
    const exported = await fetch(server.baseUrl + authorised.headers.get("Location")!, { headers: { Cookie: cookies.admin } });
    const exportText = await exported.text();
    expect(exportText).toContain(youthName);
    // The markers really went into the plan (draft and version), so a leak would have had something to leak.
    expect(exportText.split(MARKER).length - 1).toBeGreaterThan(100);

    expect(markers).toBeGreaterThan(60);
    expect(server.output()).not.toContain(MARKER);
    const audit = JSON.stringify(db.$client.prepare("select * from audit_events").all());
    expect(audit.length).toBeGreaterThan(1000);
    expect(audit).not.toContain(MARKER);
    expect(audit).not.toContain(MARKER.toLowerCase());
  }, 60_000);
});
