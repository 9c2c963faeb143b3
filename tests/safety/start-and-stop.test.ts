import { spawn } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../templates/csecy-safety-plan";
import { DatabaseUnusableError, MIGRATIONS_FOLDER, openDatabase } from "../../db/client";
import { getPlan } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { DISCARD_BOUND_BYTES, MAX_REQUEST_BODY_BYTES } from "../../app/server/request-body.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { freePort } from "../setup/free-port";
import { serverCommand } from "../setup/server-command";
import { scratchDirectory } from "../setup/scratch";

const PORT = await freePort();
const scratch = scratchDirectory("start-stop");
const databasePath = process.env.DATABASE_PATH!;

let people: Awaited<ReturnType<typeof makeAgencies>>;
let planId: string;
let server: ServerProcess;
let cookie: string;

beforeAll(async () => {
  people = await makeAgencies();
  planId = createYouthWithPlan(people.provider, { chosenName: "Rain", preferredLanguage: "en" }).planId;
  server = await startServer(PORT, databasePath);
  cookie = await logIn(server.baseUrl, people.provider.email, TEST_PASSWORD);
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server, "SIGKILL");
});

/** A POST whose body is sent in two parts, so the request is in flight between them. */
function slowPost(path: string, body: string) {
  const bytes = Buffer.from(body);
  const req = httpRequest(`${server.baseUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": bytes.length, Cookie: cookie },
  });
  const response = new Promise<number>((done, fail) => {
    req.on("response", (res) => {
      res.resume();
      done(res.statusCode!);
    });
    req.on("error", fail);
  });
  req.write(bytes.subarray(0, 10));
  return { finish: () => req.end(bytes.subarray(10)), response };
}

async function startFails(path: string) {
  return startServer(await freePort(), path).then(
    async (s) => {
      await stopServer(s, "SIGKILL");
      throw new Error("the server started");
    },
    (error: Error) => error.message,
  );
}

describe("server start", () => {
  it("opens the database in WAL mode with synchronous=FULL, foreign keys and a busy timeout", async () => {
    const { db } = await import("../../app/models/db.server");
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("answers /healthz with ok and nothing else", async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("starts on a database in a folder that does not exist yet, as on a fresh clone", async () => {
    const fresh = await startServer(await freePort(), join(scratch, "not-yet", "made", "plans.db"));
    try {
      expect((await fetch(`${fresh.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      expect(await stopServer(fresh, "SIGTERM")).toEqual({ code: 0, signal: null });
    }
  }, 30_000);

  it("refuses to start on a database another server is using", async () => {
    expect(await startFails(databasePath)).toMatch(/Not starting: The database .* is in use by another server/);
  }, 30_000);

  it("refuses to start on a file that is not a SQLite database", async () => {
    const file = join(scratch, "not-a-database.db");
    writeFileSync(file, "these are not the pages of a SQLite database ".repeat(100));
    expect(await startFails(file)).toMatch(/Not starting: The database file .* cannot be opened as a SQLite database \(SQLITE_NOTADB/);
  }, 30_000);

  it("refuses to start on a database migrated by newer code", async () => {
    const file = join(scratch, "newer.db");
    const db = new Database(file);
    db.exec("create table __drizzle_migrations (id integer primary key, hash text not null, created_at numeric)");
    db.prepare("insert into __drizzle_migrations (hash, created_at) values (?, ?)").run("a-migration-from-the-future", Date.now() + 1e9);
    db.close();
    expect(await startFails(file)).toMatch(/was migrated by a newer or different version of the app \(1 migration/);
  }, 30_000);

  it("refuses to start on a damaged database", async () => {
    const file = join(scratch, "damaged.db");
    const db = new Database(file);
    db.exec("create table filler (id integer primary key, text text); create index filler_text on filler (text)");
    const insert = db.prepare("insert into filler (text) values (?)");
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} `.repeat(20));
    })();
    db.close();
    // Scribble over pages in the middle of the file, leaving the header alone.
    const bytes = readFileSync(file);
    bytes.fill(0, 8 * 4096, 12 * 4096);
    writeFileSync(file, bytes);
    // The whole-file check runs in a worker thread once the server listens (decision 013): the
    // server may answer for a moment, then stops with the reason and exit code 1.
    const server = spawn(process.execPath, serverCommand(), {
      env: { ...process.env, PORT: String(await freePort()), HOST: "127.0.0.1", DATABASE_PATH: file, SEED_DEMO: "0", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    server.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => server.on("exit", done));
    expect(code).toBe(1);
    expect(stderr).toMatch(/(Not starting|Stopping): The database .*(failed its integrity check|could not be prepared)/);
  }, 30_000);

  it("applies pending migrations in one transaction: a failing migration leaves none applied", () => {
    const folder = join(scratch, "migrations");
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journal = JSON.parse(readFileSync(join(folder, "meta/_journal.json"), "utf8"));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_broken" });
    writeFileSync(join(folder, "meta/_journal.json"), JSON.stringify(journal));
    writeFileSync(join(folder, "9999_broken.sql"), "create table harmless (id integer);\n--> statement-breakpoint\nthis is not sql;");
    const file = join(scratch, "half-migrated.db");
    expect(() => openDatabase(file, folder)).toThrow(DatabaseUnusableError);
    const db = new Database(file);
    const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(["__drizzle_migrations"]);
    expect(db.prepare("select count(*) as n from __drizzle_migrations").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe("request body limit", () => {
  it("refuses a body whose Content-Length is over what the server reads and throws away, before reading it", async () => {
    const status = await new Promise<number>((done, fail) => {
      const req = httpRequest(`${server.baseUrl}/plans/${planId}/sections/follow-up`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": DISCARD_BOUND_BYTES + 1, Cookie: cookie },
      });
      req.on("response", (res) => {
        res.resume();
        done(res.statusCode!);
      });
      req.on("error", fail);
      req.flushHeaders(); // headers only: the answer comes before any body byte is sent
    });
    expect(status).toBe(413);
  });

  it("refuses a streamed body once it passes the limit, and saves nothing", async () => {
    const before = getPlan(people.provider, planId)!.revision;
    const big = `revision=${before}&checkOn=${"x".repeat(MAX_REQUEST_BODY_BYTES)}`;
    const response = await fetch(`${server.baseUrl}/plans/${planId}/sections/follow-up`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: new Blob([big]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("This request is larger than the 2 MB the app accepts. Nothing was saved.");
    expect(getPlan(people.provider, planId)!.revision).toBe(before);
  });

  it("says so in Spanish when the interface is in Spanish", async () => {
    const response = await fetch(`${server.baseUrl}/plans/${planId}/sections/follow-up`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `${cookie}; spb_lang=ImVzIg%3D%3D` },
      body: "x".repeat(MAX_REQUEST_BODY_BYTES + 1),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("Content-Language")).toBe("es");
    expect(await response.text()).toBe("Esto pesa más de los 2 MB que acepta la app. No se guardó nada.");
  });

  it("accepts the largest form a user can fill: twelve situations, every field full, 3 bytes a character", async () => {
    const revision = getPlan(people.provider, planId)!.revision;
    const full = (n: number) => "あ".repeat(n);
    const fields: [string, string][] = [["revision", String(revision)]];
    for (let i = 0; i < LIMITS.situations; i++) {
      fields.push(
        [`items[${i}].kind`, "other"],
        [`items[${i}].title`, full(LIMITS.shortText)],
        [`items[${i}].warningSigns`, full(LIMITS.longText)],
        [`items[${i}].steps`, full(LIMITS.longText)],
        [`items[${i}].whoToCall`, full(LIMITS.mediumText)],
        [`items[${i}].keepOffPrint`, "on"],
      );
    }
    const body = new URLSearchParams(fields).toString();
    expect(body.length).toBeLessThan(MAX_REQUEST_BODY_BYTES);
    const response = await fetch(`${server.baseUrl}/plans/${planId}/sections/situations`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body,
    });
    expect(response.status).toBe(302);
    expect(getPlan(people.provider, planId)!.draft.situations.items).toHaveLength(LIMITS.situations);
  });
});

describe("server stop", () => {
  it("on SIGTERM finishes the request in flight, takes no new connection, closes the database and exits 0", async () => {
    const revision = getPlan(people.provider, planId)!.revision;
    const inFlight = slowPost(`/plans/${planId}/sections/follow-up`, `revision=${revision}&checkOn=${encodeURIComponent("Saved during shutdown")}`);
    await new Promise((r) => setTimeout(r, 200));
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`${server.baseUrl}/healthz`)).rejects.toThrow();
    expect(server.child.exitCode).toBeNull();
    inFlight.finish();
    expect(await inFlight.response).toBe(302);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe("");
    expect(getPlan(people.provider, planId)!.draft["follow-up"].checkOn).toBe("Saved during shutdown");
    // The lock went with the server: a new one starts on the same file.
    server = await startServer(await freePort(), databasePath);
  }, 30_000);
});

