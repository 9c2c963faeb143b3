import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { closeDatabase } from "../../app/models/db.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { SaveDriver, type Attempt } from "../setup/save-driver";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { problemsAfterSaves } from "../setup/verify-database";
import { freePort } from "../setup/free-port";

/*
 * Crash harness: the real built server as a child process, six clients (two per plan, three
 * plans) saving sections and versions over HTTP, SIGKILL at a random moment, restart, again:
 * at least KILLS kills and MIN_SAVES acknowledged saves. Then one clean start (its start-up
 * checks include integrity_check) and a check of the file against every acknowledged save.
 */
const PORT = await freePort();
const KILLS = Number(process.env.CRASH_KILLS ?? 50);
const MIN_SAVES = Number(process.env.CRASH_MIN_SAVES ?? 1000);
const CLIENTS = 6;
const PLANS = 3;
const databasePath = process.env.DATABASE_PATH!;

let server: ServerProcess | undefined;
const attempts: Attempt[] = [];
const cookies: string[] = [];
const planIds: string[] = [];
let email = "";

beforeAll(async () => {
  const people = await makeAgencies();
  email = people.provider.email;
  for (let i = 0; i < PLANS; i++) planIds.push(createYouthWithPlan(people.provider, { chosenName: `Youth ${i + 1}`, preferredLanguage: "en" }).planId);
  // From here on only the server touches the file.
  closeDatabase();
});

afterAll(async () => {
  if (server) await stopServer(server, "SIGKILL");
});

it(`keeps every acknowledged save through ${KILLS} SIGKILLs`, async () => {
  const started = Date.now();
  let kills = 0;
  let restartMs = 0;
  while (kills < KILLS || attempts.filter((a) => a.outcome === "acked").length < MIN_SAVES) {
    const t0 = Date.now();
    server = await startServer(PORT, databasePath);
    restartMs += Date.now() - t0;
    const baseUrl = server.baseUrl;
    if (cookies.length === 0) for (let c = 0; c < CLIENTS; c++) cookies.push(await logIn(baseUrl, email, TEST_PASSWORD));
    const drivers = cookies.map((cookie, c) => new SaveDriver(c, planIds[c % PLANS]!, cookie, attempts));
    await Promise.all(drivers.map((d) => d.open(baseUrl)));
    let alive = true;
    const running = Promise.all(drivers.map((d) => d.run(baseUrl, () => alive)));
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 1700));
    server.child.kill("SIGKILL");
    expect((await server.exited).signal).toBe("SIGKILL");
    alive = false;
    await running;
    kills += 1;
  }

  // A clean start after the last kill: the start-up checks (migrations, integrity) must pass.
  server = await startServer(PORT, databasePath);
  expect(await stopServer(server, "SIGTERM")).toEqual({ code: 0, signal: null });
  server = undefined;

  const count = (outcome: Attempt["outcome"], kind?: Attempt["kind"]) =>
    attempts.filter((a) => a.outcome === outcome && (!kind || a.kind === kind)).length;
  const figures = {
    kills,
    attempts: attempts.length,
    ackedSectionSaves: count("acked", "section"),
    ackedVersionSaves: count("acked", "version"),
    conflicts: count("conflict"),
    unansweredAtKill: count("unanswered"),
    unexpected: count("unexpected"),
    seconds: Math.round((Date.now() - started) / 1000),
    meanRestartMs: Math.round(restartMs / (kills + 1)),
  };
  mkdirSync("tests/.output", { recursive: true });
  writeFileSync(join("tests/.output", "crash-figures.json"), JSON.stringify(figures, null, 2));
  console.log("crash harness:", JSON.stringify(figures));

  expect(attempts.filter((a) => a.outcome === "unexpected").map((a) => a.status)).toEqual([]);
  expect(kills).toBeGreaterThanOrEqual(KILLS);
  expect(figures.ackedSectionSaves + figures.ackedVersionSaves).toBeGreaterThanOrEqual(MIN_SAVES);
  expect(problemsAfterSaves(databasePath, attempts)).toEqual([]);
});
