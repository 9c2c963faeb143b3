/**
 * Page benchmark: `npm run bench` (remix build, then this file under tsx).
 *
 * One run, one server: starts the built app with our own server (`node build/server.mjs`, as
 * `npm start` runs it, started directly so the child's pid is the server's) on a temporary SQLite
 * file with the demo seed off, creates an account with
 * `npm run user:create`, logs in, creates youth, warms up, then measures with autocannon on
 * 127.0.0.1 only, 10 connections for ~10 s each:
 *   (a) GET /login, logged out            — the trivial route, the baseline: a page through the same
 *                                           middleware and server rendering as every page, with no
 *                                           data work (no session, no query)
 *   (b) GET /plans/<id>                   — plan overview, logged in (session lookup, plan read,
 *                                           audit insert, React SSR)
 *   (c) POST /plans/<id>/sections/coping  — a section save (302 on success)
 *   (d) GET /healthz                      — informational, no target: a resource route answering
 *                                           plain text with no React at all; against it no page
 *                                           can reach 0.70 here, which is why it is not the baseline
 * and prints req/s, p50, p99, errors and non-2xx/3xx counts, checks two targets (overview ÷
 * trivial page req/s ≥ 0.70; section save p99 ≤ 50 ms), writes tests/.output/bench.json, stops the
 * server and deletes the temporary database.
 *
 * Every phase is bounded by a duration, so the run stops by itself. It exits non-zero only when
 * the server does not start or the set-up fails: a missed target is reported, not an error.
 *
 * The machine is shared (2 cores, the bench client on one of them): req/s and latencies move with
 * whatever else runs. So the bench also reports the server's own CPU time per request (utime +
 * stime of the server process from /proc over the phase, ÷ requests), which moves much less with
 * other load than req/s does, and the load average when it starts.
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
 * The server's output goes to files in the temporary directory
 * rather than through a pipe, so the bench process does not spend the shared CPU reading it.
 *
 * Environment knobs, for profiling:
 *   BENCH_SECONDS (default 10), BENCH_WARMUP_SECONDS (default 3)
 *   BENCH_SCENARIOS   comma list of trivial,overview,save,healthz (default: all)
 *   BENCH_SERVER_NODE_ARGS  extra node flags for the server, e.g.
 *                     "--cpu-prof --cpu-prof-dir=/tmp/prof" (written when the server exits)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serverCommand } from "../setup/server-command";
import { freePort } from "../setup/free-port";

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
const SCENARIOS = new Set((process.env.BENCH_SCENARIOS ?? "trivial,overview,save,healthz").split(",").map((s) => s.trim()));
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
/** Node arguments that start the server directly, so the child's pid is the listening process. */
const SERVER_ENTRY = serverCommand(ROOT);

// ---------------------------------------------------------------------------------------------
// Server lifecycle

let server: ChildProcess | undefined;
let tempDir: string | undefined;
let serverOutFile: string | undefined;
let serverErrFile: string | undefined;

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
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, ...SERVER_ENTRY], {
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

const CLOCK_TICKS_PER_SECOND = (() => {
  const out = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const n = Number(out.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

/** CPU time (user + system, ms) the server process has used so far; undefined off Linux. */
function serverCpuMs(): number | undefined {
  const pid = server?.pid;
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return undefined;
  // Fields after "(comm) ": state is [0], utime [11], stime [12] (proc(5): fields 14 and 15).
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SECOND : undefined;
}

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

/**
 * fetch for the set-up requests, retried on a network error: on a loaded machine a kept-alive
 * connection can be closed by the server's keep-alive timeout just as it is reused ("fetch
 * failed"). A retried set-up request at worst creates one more session or youth; no harm here.
 */
async function request(url: string, init: RequestInit = {}): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_SECONDS * 1000) });
    } catch (error) {
      if (attempt >= 3) throw error;
      await sleep(200 * attempt);
    }
  }
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM_TYPE = "application/x-www-form-urlencoded";

async function logIn(base: string, email: string, password: string): Promise<string> {
  const res = await request(`${base}/login`, {
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
  const res = await request(`${base}/youth/new`, {
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
  const res = await request(`${base}/plans/${planId}/sections/${SAVE_SECTION}`, { headers: { Cookie: cookie } });
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
  /** Server CPU time (user + system) per completed request over the phase, in ms. */
  serverCpuMsPerRequest: number | null;
}

/** Runs one measured phase and summarises it, with the server's CPU time over the phase. */
async function measure(name: string, run: () => Promise<AcResult>): Promise<Row> {
  const cpuBefore = serverCpuMs();
  const result = await run();
  const cpuAfter = serverCpuMs();
  const cpu = cpuBefore !== undefined && cpuAfter !== undefined && result.requests.total > 0 ? (cpuAfter - cpuBefore) / result.requests.total : null;
  return summarise(name, result, cpu);
}

function summarise(name: string, r: AcResult, cpuMsPerRequest: number | null): Row {
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
    serverCpuMsPerRequest: cpuMsPerRequest === null ? null : Math.round(cpuMsPerRequest * 1000) / 1000,
  };
}

function printTable(rows: Row[]) {
  const header = ["scenario", "req/s", "p50 ms", "p99 ms", "max ms", "requests", "errors", "timeouts", "non-2xx/3xx", "server CPU ms/req", "status codes"];
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
    r.serverCpuMsPerRequest === null ? "n/a" : r.serverCpuMsPerRequest.toFixed(3),
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
  console.log(`bench: server pid ${server?.pid}, on ${base}, database ${databasePath}`);

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
  const seeded = await request(`${base}/plans/${overviewPlan}/sections/${SAVE_SECTION}`, {
    method: "POST",
    headers: { "Content-Type": FORM_TYPE, Cookie: cookie },
    body: saveBody(0),
    redirect: "manual",
  });
  if (seeded.status !== 302) throw new Error(`saving into the overview plan failed: HTTP ${seeded.status}`);
  const overviewPath = `/plans/${overviewPlan}`;
  const check = await request(`${base}${overviewPath}`, { headers: { Cookie: cookie } });
  if (check.status !== 200) throw new Error(`the plan overview answered HTTP ${check.status}`);

  const syncRevisions = async () => {
    for (const slot of slots) slot.revision = await readRevision(base, cookie, slot.planId);
  };

  interface Phase {
    name: string;
    /** Runs before the phase, outside its measurement. */
    prepare?: () => Promise<void>;
    run: (duration: number) => Promise<AcResult>;
  }
  const phases: Record<"trivial" | "overview" | "save" | "healthz", Phase> = {
    trivial: { name: "GET /login logged out (trivial page)", run: (duration: number) => runGet(base, "/login", undefined, { duration, title: "trivial" }) },
    overview: { name: "GET /plans/:id (overview)", run: (duration: number) => runGet(base, overviewPath, cookie, { duration, title: "overview" }) },
    save: {
      name: `POST /plans/:id/sections/${SAVE_SECTION} (save)`,
      prepare: syncRevisions,
      run: (duration: number) => runSaves(base, cookie, slots, { duration, title: "save" }),
    },
    healthz: { name: "GET /healthz (plain text, no React; info)", run: (duration: number) => runGet(base, "/healthz", undefined, { duration, title: "healthz" }) },
  };
  const selected = (Object.keys(phases) as (keyof typeof phases)[]).filter((k) => SCENARIOS.has(k));
  const load = loadavg().map((n) => Math.round(n * 100) / 100);
  console.log(`bench: load average before the run ${load.join(" / ")} on ${availableParallelism()} CPUs${load[0]! > 1 ? " (something else is running: req/s will be lower and noisier)" : ""}`);

  // Warm-up: every phase measured, at the same concurrency, results discarded.
  console.log(`bench: warming up (${WARMUP_SECONDS} s per scenario)…`);
  for (const key of selected) {
    await phases[key].prepare?.();
    await phases[key].run(WARMUP_SECONDS);
  }

  // Measurements.
  console.log(`bench: measuring ${selected.join(", ")} (${CONNECTIONS} connections, ${MEASURE_SECONDS} s each)…`);
  const measured: Partial<Record<keyof typeof phases, Row>> = {};
  for (const key of selected) {
    if (key === "save") {
      for (const slot of slots) {
        slot.saved = 0;
        slot.conflicts = 0;
      }
    }
    await phases[key].prepare?.();
    measured[key] = await measure(phases[key].name, () => phases[key].run(MEASURE_SECONDS));
  }
  const { trivial, overview } = measured;
  let save: (Row & { saved: number; conflicts: number; revisionDriftAfterStop: number[] }) | undefined;
  if (measured.save) {
    // Cross-check the tracked revisions against the server's: they may trail it by at most the
    // one request per connection that was in flight when the phase stopped.
    const tracked = slots.map((s) => s.revision);
    await syncRevisions();
    save = {
      ...measured.save,
      saved: slots.reduce((n, s) => n + s.saved, 0),
      conflicts: slots.reduce((n, s) => n + s.conflicts, 0),
      revisionDriftAfterStop: slots.map((s, i) => s.revision - tracked[i]!),
    };
  }
  const healthz = measured.healthz;

  // Report.
  const rows = [trivial, overview, save, healthz].filter((r): r is Row => r !== undefined);
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
    console.log(`overview req/s ÷ trivial page req/s = ${ratio.toFixed(3)} (target ≥ ${TARGET_OVERVIEW_RATIO}): ${verdict(ratioPass)}`);
  }
  if (save && savePass !== undefined) {
    console.log(`section save p99 = ${save.latencyMs.p99} ms (target ≤ ${TARGET_SAVE_P99_MS} ms): ${verdict(savePass)}`);
  }
  const overviewToHealthz = healthz && overview ? overview.requestsPerSecond / healthz.requestsPerSecond : undefined;
  const trivialToHealthz = healthz && trivial ? trivial.requestsPerSecond / healthz.requestsPerSecond : undefined;
  if (overviewToHealthz !== undefined && trivialToHealthz !== undefined) {
    console.log(
      `(info) against /healthz (no HTML): overview ${overviewToHealthz.toFixed(3)}, trivial page ${trivialToHealthz.toFixed(3)}: ` +
        "server rendering itself, not the app's data work, is most of a page's cost",
    );
  }
  // The same ratio from server CPU per request (trivial ÷ overview): what the req/s ratio would be
  // on a CPU-bound server with nothing else running; it moves much less with other load.
  const cpuRatio =
    trivial?.serverCpuMsPerRequest && overview?.serverCpuMsPerRequest ? trivial.serverCpuMsPerRequest / overview.serverCpuMsPerRequest : undefined;
  if (cpuRatio !== undefined) {
    console.log(`(info) by server CPU per request, trivial ÷ overview = ${cpuRatio.toFixed(3)} (less sensitive to other load than req/s)`);
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
    loadAverageAtStart: load,
    scenarios: { trivial, overview, save, healthz },
    targets: {
      overviewToTrivialRatio:
        ratio === undefined ? undefined : { value: Math.round(ratio * 1000) / 1000, target: `>= ${TARGET_OVERVIEW_RATIO}`, pass: ratioPass },
      saveP99Ms: save ? { value: save.latencyMs.p99, target: `<= ${TARGET_SAVE_P99_MS}`, pass: savePass } : undefined,
    },
    info: {
      overviewToHealthzRatio: overviewToHealthz === undefined ? undefined : Math.round(overviewToHealthz * 1000) / 1000,
      trivialPageToHealthzRatio: trivialToHealthz === undefined ? undefined : Math.round(trivialToHealthz * 1000) / 1000,
      overviewToTrivialByServerCpu: cpuRatio === undefined ? undefined : Math.round(cpuRatio * 1000) / 1000,
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
