/**
 * Page benchmark: `npm run bench` (remix build, then this file under tsx).
 *
 * One run, one server: starts the built app (remix-serve, started directly so the child's pid is
 * the server's) on a temporary SQLite file with the demo seed off, creates an account with
 * `npm run user:create`, logs in, creates youth, warms up, then measures with autocannon on
 * 127.0.0.1 only, 10 connections for ~10 s each:
 *   (a) GET /healthz                      — trivial resource route, no React, the baseline
 *   (b) GET /plans/<id>                   — plan overview, logged in (session lookup, plan read,
 *                                           audit insert, React SSR)
 *   (c) POST /plans/<id>/sections/coping  — a section save (302 on success)
 * and prints req/s, p50, p99, errors and non-2xx/3xx counts, checks two targets (overview ÷
 * trivial req/s ≥ 0.70; section save p99 ≤ 50 ms), writes tests/.output/bench.json, stops the
 * server and deletes the temporary database. Every phase is bounded by a duration (or a count), so
 * the run stops by itself; it exits non-zero only when the server does not start or set-up fails:
 * a missed target is reported, not an error.
 *
 * Section saves and conflicts: every successful save increments the plan's draft revision, and a
 * save that names a stale revision is refused with 409. Ten connections saving into one plan would
 * mostly measure 409s, so each connection gets its own plan (ten youth are created) and tracks
 * that plan's revision itself. This uses one autocannon instance (so its latency histogram and
 * req/s are exact, not merged): `setupClient` is called once per connection and hands it the next
 * plan "slot"; the connection's request has a `setupRequest` that builds the form body from the
 * slot's current revision and an `onResponse` that adds 1 after a 302 (autocannon calls
 * onResponse before it builds the next request on the same connection, and with pipelining 1 a
 * connection has one request in flight, so the count is exact). After a 409 the slot takes the
 * revision from the re-rendered form in the response body, so one lost update cannot cascade.
 * Before each save phase the revisions are re-read from the section pages (a request in flight
 * when a phase stops may still have been saved by the server).
 *
 * The server's request log (remix-serve logs every request) goes to a file in the temporary
 * directory rather than through a pipe, so the bench process, which shares the machine's cores
 * with the server, does not spend CPU reading it.
 *
 * Knobs for profiling (environment): BENCH_SECONDS (default 10), BENCH_WARMUP_SECONDS (3),
 * BENCH_SCENARIOS (comma list of trivial,overview,save; default all), BENCH_SERVER_NODE_ARGS
 * (extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": the profile is
 * written when the server exits at the end of the run).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// ---------------------------------------------------------------------------------------------
// autocannon 8 ships no types (and @types/autocannon is not a dependency): the part used here.

interface AcRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AcRequest, context: Record<string, unknown>) => AcRequest | null;
  onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, unknown>) => void;
}
interface AcClient {
  setRequests(requests: AcRequest[]): void;
}
interface AcOptions {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  timeout?: number;
  method?: string;
  headers?: Record<string, string>;
  setupClient?: (client: AcClient) => void;
  title?: string;
}
interface AcHistogram {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  total: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
}
interface AcResult {
  title?: string;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: AcHistogram;
  requests: AcHistogram & { sent: number };
}
type Autocannon = (opts: AcOptions) => Promise<AcResult> & { stop(): void };
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

// ---------------------------------------------------------------------------------------------
// Settings

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const HOST = "127.0.0.1";
const CONNECTIONS = 10;
const MEASURE_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const REQUEST_TIMEOUT_SECONDS = 10;
const SERVER_START_TIMEOUT_MS = 30_000;
const TARGET_OVERVIEW_RATIO = 0.7;
const TARGET_SAVE_P99_MS = 50;
const SAVE_SECTION = "coping";
const OUTPUT_FILE = join(ROOT, "tests/.output/bench.json");
const SCENARIOS = new Set((process.env.BENCH_SCENARIOS ?? "trivial,overview,save").split(",").map((s) => s.trim()));
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Server lifecycle

let server: ChildProcess | undefined;
let tempDir: string | undefined;
let serverOutFile: string | undefined;
let serverErrFile: string | undefined;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

function logLines(file: string | undefined): string[] {
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim());
}

function printServerLogTail() {
  for (const line of logLines(serverOutFile).slice(-10)) console.error(`[server] ${line}`);
  for (const line of logLines(serverErrFile).slice(-20)) console.error(`[server:err] ${line}`);
}

async function startServer(port: number, databasePath: string, logDir: string): Promise<string> {
  const base = `http://${HOST}:${port}`;
  serverOutFile = join(logDir, "server.out.log");
  serverErrFile = join(logDir, "server.err.log");
  const out = openSync(serverOutFile, "a");
  const err = openSync(serverErrFile, "a");
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, "node_modules/@remix-run/serve/dist/cli.js", "build/index.js"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST, DATABASE_PATH: databasePath, SEED_DEMO: "0" },
    stdio: ["ignore", out, err],
  });
  closeSync(out);
  closeSync(err);
  server = child;
  let exited: string | undefined;
  child.once("exit", (code, signal) => {
    exited = `exited with ${signal ?? `code ${code}`}`;
  });
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server ${exited} before answering /healthz`);
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200 && (await res.text()) === "ok") return base;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`the server did not answer /healthz within ${SERVER_START_TIMEOUT_MS / 1000} s`);
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  // Writing a CPU profile at exit takes a while: give a profiled server longer before SIGKILL.
  const graceMs = SERVER_NODE_ARGS.length > 0 ? 60_000 : 5_000;
  const killed = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!killed) {
    child.kill("SIGKILL");
    await exited;
  }
}

function removeTempDir() {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

// ---------------------------------------------------------------------------------------------
// Set-up through the app itself

function createAccount(databasePath: string, email: string, password: string) {
  const result = spawnSync("npm", ["run", "--silent", "user:create", "--", "--agency", "Bench", "--new-agency", "--email", email, "--name", "Bench", "--role", "provider"], {
    cwd: ROOT,
    env: { ...process.env, NEW_USER_PASSWORD: password, DATABASE_PATH: databasePath },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`user:create failed (${result.status}): ${result.stderr || result.stdout}`);
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM_TYPE = "application/x-www-form-urlencoded";

async function logIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    headers: { "Content-Type": FORM_TYPE },
    body: form({ email, password }),
    redirect: "manual",
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("spb_session="));
  if (!cookie || (res.status !== 302 && res.status !== 204)) throw new Error(`login failed: HTTP ${res.status}`);
  return cookie;
}

async function createYouth(base: string, cookie: string, chosenName: string): Promise<string> {
  const res = await fetch(`${base}/youth/new`, {
    method: "POST",
    headers: { "Content-Type": FORM_TYPE, Cookie: cookie },
    body: form({ chosenName, preferredLanguage: "en" }),
    redirect: "manual",
  });
  const planId = /^\/plans\/([^/?#]+)$/.exec(res.headers.get("location") ?? "")?.[1];
  if (res.status !== 302 || !planId) throw new Error(`creating a youth failed: HTTP ${res.status}`);
  return planId;
}

function revisionInPage(html: string): number | undefined {
  const input = /<input[^>]*name="revision"[^>]*>/.exec(html)?.[0];
  const value = input ? /value="(\d+)"/.exec(input)?.[1] : undefined;
  return value === undefined ? undefined : Number(value);
}

async function readRevision(base: string, cookie: string, planId: string): Promise<number> {
  const res = await fetch(`${base}/plans/${planId}/sections/${SAVE_SECTION}`, { headers: { Cookie: cookie } });
  const revision = revisionInPage(await res.text());
  if (res.status !== 200 || revision === undefined) throw new Error(`reading the revision of plan ${planId} failed: HTTP ${res.status}`);
  return revision;
}

// ---------------------------------------------------------------------------------------------
// Scenarios

interface Slot {
  planId: string;
  revision: number;
  saved: number;
  conflicts: number;
}

const saveBody = (revision: number) =>
  form({ revision: String(revision), chosen: "deep-breathing", "own[0]": "Music" });

/** One autocannon run of section saves, one plan slot per connection (see the header comment). */
function runSaves(base: string, cookie: string, slots: Slot[], opts: { duration?: number; amount?: number; title: string }) {
  let nextSlot = 0;
  return autocannon({
    url: base,
    connections: slots.length,
    timeout: REQUEST_TIMEOUT_SECONDS,
    ...opts,
    setupClient(client) {
      const slot = slots[nextSlot++ % slots.length]!;
      client.setRequests([
        {
          method: "POST",
          path: `/plans/${slot.planId}/sections/${SAVE_SECTION}`,
          headers: { "Content-Type": FORM_TYPE, Cookie: cookie },
          setupRequest: (request) => ({ ...request, body: saveBody(slot.revision) }),
          onResponse(status, body) {
            if (status === 302) {
              slot.revision += 1;
              slot.saved += 1;
            } else if (status === 409) {
              slot.conflicts += 1;
              const current = revisionInPage(body);
              if (current !== undefined) slot.revision = current;
            }
          },
        },
      ]);
    },
  });
}

function runGet(base: string, path: string, cookie: string | undefined, opts: { duration?: number; amount?: number; title: string }) {
  return autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    timeout: REQUEST_TIMEOUT_SECONDS,
    headers: cookie ? { Cookie: cookie } : {},
    ...opts,
  });
}

interface Row {
  name: string;
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  /** Responses that are neither 2xx nor 3xx. */
  non2xx3xx: number;
  statusCodes: Record<string, number>;
}

function summarise(name: string, r: AcResult): Row {
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]));
  const non2xx3xx = Object.entries(statusCodes)
    .filter(([code]) => !/^[23]\d\d$/.test(code))
    .reduce((n, [, count]) => n + count, 0);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    name,
    requests: r.requests.total,
    durationSeconds: round(r.duration),
    requestsPerSecond: round(r.requests.total / r.duration),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, average: round(r.latency.average), max: r.latency.max },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx3xx,
    statusCodes,
  };
}

function printTable(rows: Row[]) {
  const header = ["scenario", "req/s", "p50 ms", "p99 ms", "max ms", "requests", "errors", "timeouts", "non-2xx/3xx", "status codes"];
  const lines = rows.map((r) => [
    r.name,
    r.requestsPerSecond.toFixed(1),
    String(r.latencyMs.p50),
    String(r.latencyMs.p99),
    String(r.latencyMs.max),
    String(r.requests),
    String(r.errors),
    String(r.timeouts),
    String(r.non2xx3xx),
    Object.entries(r.statusCodes)
      .map(([code, n]) => `${code}:${n}`)
      .join(" "),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(fmt(l));
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  if (!existsSync(join(ROOT, "build/index.js"))) {
    console.error("bench: build/index.js is missing; run `npm run bench` (it builds first) or `npm run build`.");
    return 1;
  }
  tempDir = mkdtempSync(join(tmpdir(), "spb-bench-"));
  const databasePath = join(tempDir, "bench.db");
  const port = await freePort();

  let base: string;
  try {
    base = await startServer(port, databasePath, tempDir);
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    printServerLogTail();
    return 1;
  }
  console.log(`bench: server pid ${server?.pid} on ${base}, database ${databasePath}`);

  // Account, session, youth.
  const email = "bench@bench.local";
  const password = randomBytes(18).toString("base64url");
  createAccount(databasePath, email, password);
  const cookie = await logIn(base, email, password);
  const overviewPlan = await createYouth(base, cookie, "Overview");
  const slots: Slot[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    slots.push({ planId: await createYouth(base, cookie, `Saver ${i + 1}`), revision: 0, saved: 0, conflicts: 0 });
  }
  // Give the overview plan some content, so the page shows progress like a plan in use.
  const seeded = await fetch(`${base}/plans/${overviewPlan}/sections/${SAVE_SECTION}`, {
    method: "POST",
    headers: { "Content-Type": FORM_TYPE, Cookie: cookie },
    body: saveBody(0),
    redirect: "manual",
  });
  if (seeded.status !== 302) throw new Error(`saving into the overview plan failed: HTTP ${seeded.status}`);
  const overviewPath = `/plans/${overviewPlan}`;
  const check = await fetch(`${base}${overviewPath}`, { headers: { Cookie: cookie } });
  if (check.status !== 200) throw new Error(`the plan overview answered HTTP ${check.status}`);

  const syncRevisions = async () => {
    for (const slot of slots) slot.revision = await readRevision(base, cookie, slot.planId);
  };

  // Warm-up: every route measured, at the same concurrency, results discarded.
  console.log(`bench: warming up (${WARMUP_SECONDS} s per scenario)…`);
  if (SCENARIOS.has("trivial")) await runGet(base, "/healthz", undefined, { duration: WARMUP_SECONDS, title: "warm-up healthz" });
  if (SCENARIOS.has("overview")) await runGet(base, overviewPath, cookie, { duration: WARMUP_SECONDS, title: "warm-up overview" });
  if (SCENARIOS.has("save")) {
    await syncRevisions();
    await runSaves(base, cookie, slots, { duration: WARMUP_SECONDS, title: "warm-up save" });
  }

  // Measurements.
  console.log(`bench: measuring (${CONNECTIONS} connections, ${MEASURE_SECONDS} s per scenario)…`);
  const trivial = SCENARIOS.has("trivial")
    ? summarise("GET /healthz (trivial)", await runGet(base, "/healthz", undefined, { duration: MEASURE_SECONDS, title: "healthz" }))
    : undefined;
  const overview = SCENARIOS.has("overview")
    ? summarise("GET /plans/:id (overview)", await runGet(base, overviewPath, cookie, { duration: MEASURE_SECONDS, title: "overview" }))
    : undefined;
  let save: (Row & { saved: number; conflicts: number; revisionDriftAfterStop: number[] }) | undefined;
  if (SCENARIOS.has("save")) {
    await syncRevisions();
    for (const slot of slots) {
      slot.saved = 0;
      slot.conflicts = 0;
    }
    const row = summarise(`POST /plans/:id/sections/${SAVE_SECTION} (save)`, await runSaves(base, cookie, slots, { duration: MEASURE_SECONDS, title: "save" }));
    // Cross-check the tracked revisions against the server's: they may trail it by at most the
    // one request per connection that was in flight when the phase stopped.
    const tracked = slots.map((s) => s.revision);
    await syncRevisions();
    save = {
      ...row,
      saved: slots.reduce((n, s) => n + s.saved, 0),
      conflicts: slots.reduce((n, s) => n + s.conflicts, 0),
      revisionDriftAfterStop: slots.map((s, i) => s.revision - tracked[i]!),
    };
  }

  // Report.
  const rows = [trivial, overview, save].filter((r): r is Row => r !== undefined);
  console.log("");
  printTable(rows);
  console.log("");
  const ratio = trivial && overview ? overview.requestsPerSecond / trivial.requestsPerSecond : undefined;
  const ratioPass = ratio === undefined ? undefined : ratio >= TARGET_OVERVIEW_RATIO;
  const savePass = save ? save.latencyMs.p99 <= TARGET_SAVE_P99_MS : undefined;
  const verdict = (pass: boolean) => (pass ? "PASS" : "FAIL");
  if (save) {
    console.log(
      `section saves: ${save.saved} saved (302), ${save.conflicts} conflicts (409); ` +
        `revision drift after stop, per plan: ${save.revisionDriftAfterStop.join(",")}`,
    );
  }
  if (ratio !== undefined && ratioPass !== undefined) {
    console.log(`overview req/s ÷ trivial req/s = ${ratio.toFixed(3)} (target ≥ ${TARGET_OVERVIEW_RATIO}): ${verdict(ratioPass)}`);
  }
  if (save && savePass !== undefined) {
    console.log(`section save p99 = ${save.latencyMs.p99} ms (target ≤ ${TARGET_SAVE_P99_MS} ms): ${verdict(savePass)}`);
  }
  const serverErrors = logLines(serverErrFile);
  if (serverErrors.length > 0) {
    console.log(`the server wrote ${serverErrors.length} line(s) to stderr; the last ones:`);
    for (const line of serverErrors.slice(-10)) console.log(`  ${line}`);
  }

  mkdirSync(join(ROOT, "tests/.output"), { recursive: true });
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    host: HOST,
    connections: CONNECTIONS,
    durationSeconds: MEASURE_SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    scenarios: { trivial, overview, save },
    targets: {
      overviewToTrivialRatio:
        ratio === undefined ? undefined : { value: Math.round(ratio * 1000) / 1000, target: `>= ${TARGET_OVERVIEW_RATIO}`, pass: ratioPass },
      saveP99Ms: save ? { value: save.latencyMs.p99, target: `<= ${TARGET_SAVE_P99_MS}`, pass: savePass } : undefined,
    },
    serverStderrLines: serverErrors.length,
  };
  writeFileSync(OUTPUT_FILE, JSON.stringify(results, null, 2) + "\n");
  console.log(`results written to ${OUTPUT_FILE}`);
  return 0;
}

let exitCode = 1;
process.once("SIGINT", () => {
  void stopServer().finally(() => {
    removeTempDir();
    process.exit(130);
  });
});
try {
  exitCode = await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  printServerLogTail();
  exitCode = 1;
} finally {
  await stopServer();
  removeTempDir();
}
process.exit(exitCode);
