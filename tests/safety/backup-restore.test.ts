import { spawn } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { closeDatabase } from "../../app/models/db.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { SaveDriver, type Attempt } from "../setup/save-driver";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { problemsAfterSaves } from "../setup/verify-database";
import { freePort } from "../setup/free-port";
import { scratchDirectory } from "../setup/scratch";

const PORT = await freePort();
const databasePath = process.env.DATABASE_PATH!;
const scratch = scratchDirectory("backup");

let server: ServerProcess | undefined;
let drivers: SaveDriver[];
const attempts: Attempt[] = [];

/**
 * Runs `npm run backup|restore -- <file>` the way npm does (tsx), on the test's database, without
 * blocking this process: the clients keep saving while it runs.
 */
function cli(command: "backup" | "restore", file: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", `app/cli/${command}.ts`, file], { env: { ...process.env, DATABASE_PATH: databasePath } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on("close", (status) => done({ status, stdout, stderr })));
}

beforeAll(async () => {
  const people = await makeAgencies();
  const plans = [1, 2, 3].map((i) => createYouthWithPlan(people.provider, { chosenName: `Youth ${i}`, preferredLanguage: "en" }).planId);
  // From here on the server and the command-line tools are the only users of the file.
  closeDatabase();
  server = await startServer(PORT, databasePath);
  drivers = await Promise.all(
    [plans[0]!, plans[0]!, plans[1]!, plans[2]!].map(async (planId, c) => new SaveDriver(c, planId, await logIn(server!.baseUrl, people.provider.email, TEST_PASSWORD), attempts)),
  );
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server, "SIGKILL");
});

it("backs up under write load and restores with every save acknowledged before the backup began", async () => {
  const baseUrl = server!.baseUrl;
  await Promise.all(drivers.map((d) => d.open(baseUrl)));
  let writing = true;
  const load = Promise.all(drivers.map((d) => d.run(baseUrl, () => writing, 0.2)));
  while (attempts.filter((a) => a.outcome === "acked").length < 30) await new Promise((r) => setTimeout(r, 50));

  const backupFile = join(scratch, "backup.db");
  const backupStarted = Date.now();
  const backup = await cli("backup", backupFile);
  const ackedDuringBackup = attempts.filter((a) => a.outcome === "acked" && a.answeredAt! > backupStarted).length;
  await new Promise((r) => setTimeout(r, 500));
  writing = false;
  await load;
  expect(backup.stderr).toBe("");
  expect(backup.status).toBe(0);
  expect(backup.stdout).toMatch(/^Backed up .* \(\d+ bytes, integrity ok\)\.\n$/);
  expect(existsSync(`${backupFile}-wal`)).toBe(false);
  expect(ackedDuringBackup, "the clients kept saving while the backup ran").toBeGreaterThan(0);
  const before = attempts.filter((a) => a.outcome === "acked" && a.answeredAt! <= backupStarted).length;
  expect(before).toBeGreaterThanOrEqual(30);

  // A running server keeps its database: restore refuses.
  const refused = await cli("restore", backupFile);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/restore: The database .* is in use by another server \(or a restore\)/);

  expect(await stopServer(server!, "SIGTERM")).toEqual({ code: 0, signal: null });
  server = undefined;
  const restored = await cli("restore", backupFile);
  expect(restored.stderr).toBe("");
  expect(restored.status).toBe(0);
  expect(restored.stdout).toMatch(/The database it replaced is kept as .*\.replaced-/);
  expect(readdirSync(dirname(databasePath)).filter((f) => f.startsWith(`${basename(databasePath)}.replaced-`)).length).toBeGreaterThan(0);

  // Saves answered after the backup began may or may not be in it; those answered before must be.
  const asOfBackup = attempts.map((a): Attempt => (a.outcome === "acked" && a.answeredAt! > backupStarted ? { ...a, outcome: "unanswered" } : a));
  expect(problemsAfterSaves(databasePath, asOfBackup)).toEqual([]);
  // And the restored file is one the server starts on (migrations, integrity check).
  server = await startServer(PORT, databasePath);
  expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
}, 120_000);

it("backup refuses to overwrite a file", async () => {
  const existing = join(scratch, "exists.db");
  writeFileSync(existing, "keep me");
  const run = await cli("backup", existing);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/exists already; choose a new file name/);
});

it("restore refuses a file that is not a backup of this app, and changes nothing", async () => {
  if (server) await stopServer(server, "SIGTERM");
  server = undefined;
  const garbage = join(scratch, "garbage.db");
  writeFileSync(garbage, "not a database at all ".repeat(200));
  expect((await cli("restore", garbage)).stderr).toMatch(/Not restoring: .* is not a readable SQLite database/);

  const foreign = join(scratch, "foreign.db");
  const other = new Database(foreign);
  other.exec("create table notes (id integer primary key, text text)");
  other.close();
  expect((await cli("restore", foreign)).stderr).toMatch(/Not restoring: .* is not a Safety Plan Builder database \(no organizations, users/);

  const newer = join(scratch, "newer.db");
  expect((await cli("backup", newer)).status).toBe(0);
  const edit = new Database(newer);
  edit.prepare("insert into __drizzle_migrations (hash, created_at) values ('from-the-future', ?)").run(Date.now() + 1e9);
  edit.close();
  const run = await cli("restore", newer);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/Not restoring: .* was made by a newer or different version of the app \(1 unknown migration/);
  // The database is untouched: the server still starts on it.
  server = await startServer(PORT, databasePath);
}, 60_000);
