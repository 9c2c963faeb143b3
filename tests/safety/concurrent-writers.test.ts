import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";
import { SaveDriver, type Attempt } from "../setup/save-driver";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { problemsAfterSaves } from "../setup/verify-database";
import { freePort } from "../setup/free-port";

const PORT = await freePort();
const SAVES_PER_CLIENT = 60;
const databasePath = process.env.DATABASE_PATH!;

let server: ServerProcess;
const attempts: Attempt[] = [];
let drivers: SaveDriver[];

beforeAll(async () => {
  const people = await makeAgencies();
  const shared = createYouthWithPlan(people.provider, { chosenName: "Shared", preferredLanguage: "en" }).planId;
  const own = [1, 2, 3, 4].map((i) => createYouthWithPlan(people.provider, { chosenName: `Own ${i}`, preferredLanguage: "en" }).planId);
  server = await startServer(PORT, databasePath);
  // Four clients on one plan, four on a plan each.
  const plans = [shared, shared, shared, shared, ...own];
  drivers = await Promise.all(
    plans.map(async (planId, c) => new SaveDriver(c, planId, await logIn(server.baseUrl, people.provider.email, TEST_PASSWORD), attempts)),
  );
}, 60_000);

afterAll(async () => {
  if (server) await stopServer(server, "SIGKILL");
});

/** Another process's write transaction, held open for a while: the server's writers must wait for it. */
async function holdWriteLock(ms: number) {
  const other = new Database(databasePath);
  other.exec("begin immediate");
  await new Promise((r) => setTimeout(r, ms));
  other.exec("commit");
  other.close();
}

it("several clients on the same and on different plans: no busy error reaches anyone, versions stay 1..n, stale saves are conflicts", async () => {
  await Promise.all(drivers.map((d) => d.open(server.baseUrl)));
  const done = new Map(drivers.map((d) => [d, 0]));
  const clients = drivers.map((d) => d.run(server.baseUrl, () => (done.set(d, done.get(d)! + 1), done.get(d)! <= SAVES_PER_CLIENT), 0.2));
  const locks = (async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 150));
      await holdWriteLock(800);
    }
  })();
  await Promise.all([...clients, locks]);

  expect(attempts.filter((a) => a.outcome === "unexpected").map((a) => a.status)).toEqual([]);
  expect(attempts.filter((a) => a.outcome === "unanswered")).toEqual([]);
  expect(attempts).toHaveLength(drivers.length * SAVES_PER_CLIENT);
  // Four clients racing on one plan must see conflicts; each client alone on its plan never does.
  const shared = drivers[0]!.planId;
  expect(attempts.filter((a) => a.planId === shared && a.outcome === "conflict").length).toBeGreaterThan(0);
  expect(attempts.filter((a) => a.planId !== shared && a.outcome === "conflict")).toEqual([]);
  expect(problemsAfterSaves(databasePath, attempts)).toEqual([]);
  expect(server.stderr()).toBe("");
}, 120_000);

it("the check behind these tests finds a lost save and a stale write", () => {
  const planId = drivers[4]!.planId;
  const lost: Attempt = { client: 9, planId, kind: "section", section: "follow-up", value: "never stored", sentRevision: 10_000, outcome: "acked" };
  const problems = problemsAfterSaves(databasePath, [...attempts, lost]).join("\n");
  expect(problems).toMatch(/is behind acknowledged revision 10001/);
  expect(problems).toMatch(/follow-up holds .*, not the acknowledged "never stored"/);
  const twice = attempts.find((a) => a.planId === planId && a.outcome === "acked" && a.kind === "section")!;
  expect(problemsAfterSaves(databasePath, [...attempts, { ...twice, value: "again" }]).join("\n")).toMatch(/two saves acknowledged at revision/);
  const missingVersion: Attempt = { client: 9, planId, kind: "version", sentRevision: 0, outcome: "acked", versionNumber: 999 };
  expect(problemsAfterSaves(databasePath, [...attempts, missingVersion]).join("\n")).toMatch(/acknowledged version 999 is missing/);
});
