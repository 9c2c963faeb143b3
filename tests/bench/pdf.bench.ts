/**
 * PDF benchmark: `npm run bench:pdf` (remix build, then this file under tsx). One run, in order:
 *
 *  1. Render time of each copy of the full demo plan through the worker pool (the path a request
 *     takes, bytes moved back to the main thread): cold = the first render in a fresh worker
 *     (fonts loaded, nothing warm; the worker's module import is timed apart), warm = later
 *     renders; medians of BENCH_SAMPLES (default 20) each. Warm renders also report the worker
 *     thread's own CPU time (Linux schedstat), which moves much less than wall time with the
 *     other work on a shared machine. Every sample's plan has the youth's words of its own
 *     (withSampleText), as on a real server, so what a worker keeps between renders (shaped text)
 *     helps a sample only as far as it would help a different plan.
 *  2. A cached PDF: getPdf() answering from memory, median of 1,000.
 *  3. 1,000 uncached renders of the youth copy (each with words of its own) in one worker, in a fresh process of its own (so
 *     nothing else measured here weighs on it): the worker's heap after a full GC every 250
 *     renders, and that process's RSS at the end; then the same for the youth copy of a plan
 *     mixing every threshold language (tests/pdf/threshold-languages.ts), which loads the Khmer,
 *     Korean and Chinese fonts. Phase 1 times that copy too.
 *  4. The built server (our own, as `npm start` runs it) on a temporary database (demo seed, 10
 *     saved versions, each with the youth's words of its own, every other one mixing every
 *     threshold language): headless Chromium (/usr/bin/chromium via playwright-core) printing the
 *     same version's HTML page with page.pdf(), median of BENCH_SAMPLES, wall time and the CPU
 *     time of Chromium's processes, against the youth copy over HTTP, uncached and cached; and,
 *     for information, loading that page and printing it (the whole way from the stored version,
 *     as a react-pdf render goes from the plan).
 *  5. p99 of an ordinary page (/dashboard, autocannon, 10 connections, BENCH_SECONDS each) idle,
 *     then while 10 clients pull PDFs (40 different ones: 10 versions x 4 copies) from the cache
 *     (with the server's CPU time per request), then again from a server with the cache off
 *     (PDF_CACHE_MB=0), so every PDF is rendered.
 *  6. Pre-rendering (issue 13): versions saved through the review form of the server with the
 *     cache, each followed, once the server is idle again, by its first print of the youth copy
 *     over HTTP: p50 of those first prints (a cache hit when the pre-render did its work).
 *  7. A bounded history (issue 13): the provider copy of version 1 and of version 1,000 of a plan
 *     with 1,000 versions, uncached (server with the cache off), median of BENCH_SAMPLES each.
 *  8. Memory (issue 14; phase "server-memory"): a fresh server with the cache off renders
 *     BENCH_MEMORY_RENDERS PDFs of Latin-only versions over HTTP (1 client, the four copies in
 *     turn), then another fresh one as many of mixed-language versions (every threshold language:
 *     Khmer, Korean, Chinese fonts read per document). The resident memory of the whole process
 *     tree (the server, its PDF worker threads, any child process) is read before, every 250 ms
 *     (peak) and at the end: what a deployment pays.
 *
 * The 1-minute load average is printed with each phase. Prints a table and writes
 * tests/.output/bench-pdf.json. A missed target is reported, not an error; the exit code is
 * non-zero only when set-up fails.
 *
 * Knobs: BENCH_SAMPLES, BENCH_SECONDS, BENCH_MEMORY_RENDERS (default 1000), BENCH_PHASES (comma
 * list of renders,cached,memory,server,server-memory), BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof
 * --cpu-prof-dir=/tmp/prof", written when the server exits), BENCH_SERVER_ENV (e.g.
 * "PDF_RECYCLE_RSS_MB=0", extra environment of every server started), BENCH_KEEP=1 (keep the
 * temporary directory with the server's log), BENCH_MEMORY_PLANS (phase 8: "latin,mixed").
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { Piscina } from "piscina";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import type { PdfCopy, PdfInput } from "../../templates/pdf/render";
import { demoInput } from "../pdf/pdf-helpers";
import { mixedLanguageContent } from "../pdf/threshold-languages";
import { serverCommand, serverEnv } from "../setup/server-command";
import { freePort } from "../setup/free-port";

// autocannon 8 ships no types: the part used here.
interface AcResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AcResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const HOST = "127.0.0.1";
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RENDERS_FOR_MEMORY = Number(process.env.BENCH_MEMORY_RENDERS ?? 1000);
const COPIES: PdfCopy[] = ["youth", "discreet", "card", "provider"];
const VERSIONS = 10;
const WORKER = new URL("../../app/web/pdf-worker.mjs", import.meta.url).href;
/** The templates as the built server's workers load them (bundled by `npm run build`). */
const RENDERER = new URL("../../build/pdf/render.mjs", import.meta.url).href;
const OUTPUT = join(ROOT, "tests/.output/bench-pdf.json");
/** Extra node flags for the server, for profiling: e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof". */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
/** Extra environment for every server started, e.g. "PDF_RECYCLE_RSS_MB=0" for the figures before decision 015. */
const SERVER_ENV = Object.fromEntries(
  (process.env.BENCH_SERVER_ENV ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
);
/** Which plans phase 8 renders, each on a fresh server (BENCH_MEMORY_PLANS, default "latin,mixed"). */
const MEMORY_PLANS = (process.env.BENCH_MEMORY_PLANS ?? "latin,mixed").split(",").filter((p) => p === "latin" || p === "mixed");
/** Versions of the plan with a long history (phase 7). */
const LONG_HISTORY = 1000;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const log = (line: string) => console.log(line);
/** The 1-minute load average: the machine is shared, so every phase says how loaded it was. */
const load = () => Math.round(loadavg()[0]! * 100) / 100;
/** Which parts to run (comma list of renders,cached,memory,server; default all), for profiling one. */
const PHASES = new Set((process.env.BENCH_PHASES ?? "renders,cached,memory,server,server-memory").split(",").map((p) => p.trim()));

/**
 * The demo plan with the youth's own words made different for sample `n` (every free-text string
 * gets " (n)"; ids, choices and dates stay): a real server renders a different plan each time, so
 * repeated samples must not be flattered by what a worker remembers between renders (the shaping
 * cache in templates/pdf/shaping-cache.ts keeps runs of text it has shaped). Self-contained: the
 * memory script, a plain .mjs, gets its source.
 */
function withSampleText<T>(input: T, n: number): T {
  const keep = new Set(["id", "chosen", "kind", "status", "numberKept", "language", "date", "nextMeeting"]);
  const vary = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return keep.has(key) || value.trim() === "" ? value : `${value} (${n})`;
    if (Array.isArray(value)) return value.map((v) => vary(v, key));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vary(v, k)]));
    return value;
  };
  const i = input as { content: unknown };
  return { ...input, content: vary(i.content, "") };
}

function onePool() {
  return new Piscina({ filename: WORKER, workerData: { renderer: RENDERER }, minThreads: 1, maxThreads: 1, idleTimeout: Infinity });
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

// 1. cold and warm renders ---------------------------------------------------------------------

/** The worker thread's CPU time so far (ms), or NaN off Linux. */
const workerCpu = async (pool: Piscina) => ((await pool.run(null, { name: "cpu" })) as number | undefined) ?? Number.NaN;

/** The youth copy of a plan mixing every threshold language (Arabic, Khmer, Korean, Chinese, ...). */
const MIXED = "youth, mixed languages";
const mixedInput = (): PdfInput => demoInput("youth", mixedLanguageContent(demoPlanContent));

async function renderTimes() {
  const result: Record<string, { coldMs: number; warmMs: number; warmCpuMs: number; importMs: number }> = {};
  const cases: [string, PdfInput][] = [...COPIES.map((copy): [string, PdfInput] => [copy, demoInput(copy)]), [MIXED, mixedInput()]];
  for (const [copy, input] of cases) {
    const cold: number[] = [];
    const imports: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const pool = onePool();
      imports.push(await timed(() => pool.run(null, { name: "heap" })));
      cold.push(await timed(() => pool.run(withSampleText(input, i))));
      await pool.destroy();
    }
    const pool = onePool();
    await pool.run(withSampleText(input, -1));
    await pool.run(withSampleText(input, -2));
    const warm: number[] = [];
    const warmCpu: number[] = [];
    for (let i = 0; i < Math.max(SAMPLES, 30); i++) {
      const sample = withSampleText(input, i);
      const c0 = await workerCpu(pool);
      warm.push(await timed(() => pool.run(sample)));
      warmCpu.push((await workerCpu(pool)) - c0);
    }
    await pool.destroy();
    result[copy] = { coldMs: median(cold), warmMs: median(warm), warmCpuMs: median(warmCpu), importMs: median(imports) };
    const r = result[copy]!;
    log(`  ${copy}: cold ${ms(r.coldMs)} (worker start ${ms(r.importMs)}), warm ${ms(r.warmMs)} (worker CPU ${ms(r.warmCpuMs)}) · load ${load()}`);
  }
  return result;
}

// 2. cached ---------------------------------------------------------------------------------------

async function cachedTime() {
  const { getPdf, closePdfWorkers, warmUpPdfWorkers } = await import("../../app/web/pdf.server");
  const input = demoInput("youth");
  const key = { planId: "bench", versionNumber: 2, copy: "youth" as const, language: "en" as const };
  await getPdf(key, () => input);
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) times.push(await timed(() => getPdf(key, () => input)));
  await warmUpPdfWorkers(); // queued after the warm-up the module started itself, so that one is done too
  await closePdfWorkers();
  return median(times);
}

// 3. memory ---------------------------------------------------------------------------------------

interface Memory {
  heap: { renders: number; heapMb: number }[];
  rssMb: number;
  heapGrowthPercent: number;
  /** From the sample at 250 renders (or the first) to the last: bounded caches have filled by then. */
  heapGrowthAfterFillPercent: number;
}

/**
 * Runs in a fresh plain-Node process (no tsx in its main thread, like the built server): one
 * pool worker renders the youth copy RENDERS_FOR_MEMORY times; its heap is read after a full GC
 * every 250 renders, and the process RSS at the end.
 */
const MEMORY_SCRIPT = `
import { readFileSync } from "node:fs";
import { Piscina } from "piscina";
const [worker, renderer, inputFile, renders] = process.argv.slice(1);
const base = JSON.parse(readFileSync(inputFile, "utf8"));
const __name = (fn) => fn; // tsx's keep-names helper, used by the function's source below
const withSampleText = ${withSampleText.toString()};
const input = (n) => withSampleText(base, n);
const pool = new Piscina({ filename: worker, workerData: { renderer }, minThreads: 1, maxThreads: 1, idleTimeout: Infinity, resourceLimits: { maxOldGenerationSizeMb: 256 } });
const heap = [];
const sample = async (n) => { const h = await pool.run(null, { name: "heap" }); heap.push({ renders: n, heapMb: Math.round(h.usedHeapSize / 104857.6) / 10 }); };
await pool.run(input(0));
await sample(0);
for (let i = 1; i <= Number(renders); i++) { await pool.run(input(i)); if (i % 250 === 0 || i === Number(renders)) await sample(i); }
const rssMb = Math.round(process.memoryUsage().rss / 1048576);
await pool.destroy();
const pct = (from, to) => Math.round(((to.heapMb - from.heapMb) / from.heapMb) * 1000) / 10;
const filled = heap.find((h) => h.renders >= 250) ?? heap[0];
console.log(JSON.stringify({ heap, rssMb, heapGrowthPercent: pct(heap[0], heap.at(-1)), heapGrowthAfterFillPercent: pct(filled, heap.at(-1)) }));
`;

function memoryInFreshProcess(dir: string, input: PdfInput, name: string): Memory {
  const inputFile = join(dir, `${name}-input.json`);
  writeFileSync(inputFile, JSON.stringify(input));
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", MEMORY_SCRIPT, WORKER, RENDERER, inputFile, String(RENDERS_FOR_MEMORY)], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30 * 60_000,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Memory;
}

// 4-5. the server -----------------------------------------------------------------------------

let server: ChildProcess | undefined;

async function startServer(databasePath: string, logDir: string, env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const out = openSync(join(logDir, "server.log"), "a");
  // Our own server, as `npm start` runs it, started directly so the child's pid is the server's.
  server = spawn(process.execPath, [...SERVER_NODE_ARGS, ...serverCommand(ROOT)], {
    cwd: ROOT,
    env: { ...process.env, ...serverEnv(ROOT), NODE_ENV: "production", PORT: String(port), HOST, DATABASE_PATH: databasePath, SEED_DEMO: "0", ...SERVER_ENV, ...env },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return base;
    } catch {
      // not yet listening
    }
    await sleep(100);
  }
  throw new Error(`the server did not start; see ${logDir}/server.log`);
}

async function stopServer() {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  // Writing a CPU profile at exit takes a while: give a profiled server longer before SIGKILL.
  await Promise.race([exited, sleep(SERVER_NODE_ARGS.length > 0 ? 60_000 : 5000).then(() => child.kill("SIGKILL"))]);
}

/**
 * Seeds the demo agency into a fresh database and saves VERSIONS versions of the demo plan, each
 * with the youth's words of its own (withSampleText), so the 40 PDFs are 40 different documents.
 */
async function seed(databasePath: string) {
  process.env.DATABASE_PATH = databasePath;
  process.env.SEED_DEMO = "0";
  const { seedDemo } = await import("../../app/server/demo-seed.server");
  const { authenticate } = await import("../../app/models/user.server");
  const { listYouth } = await import("../../app/models/youth.server");
  const { getPlan, saveSection } = await import("../../app/models/plan.server");
  const { saveVersion } = await import("../../app/models/version.server");
  const accounts = await seedDemo();
  const provider = accounts.find((a) => a.role === "provider")!;
  const actor = (await authenticate(provider.email, provider.password))!;
  const planId = listYouth(actor, { page: 1, size: 1, offset: 0 }).rows[0]!.planId;
  const plan = getPlan(actor, planId)!;
  let revision = plan.revision;
  // Made from the Latin demo plan each time (the draft after a mixed version is mixed).
  const latin = plan.draft;
  for (let v = plan.versionCount; v < VERSIONS; v++) {
    // even version numbers mix every threshold language (and every version has words of its own)
    const content = v % 2 === 1 ? mixedLanguageContent(latin) : latin;
    for (const section of ["about", "questions", "people", "places", "situations", "refusal"] as const) {
      const values = withSampleText({ content: content[section] }, v + 1).content;
      const saved = saveSection(actor, planId, section, values, revision);
      if (saved.status !== "saved") throw new Error(`seed: ${section} ${saved.status}`);
      revision = saved.revision;
    }
    saveVersion(actor, planId, `Bench version ${v + 1}`, revision);
  }
  // A second youth whose plan has LONG_HISTORY versions (phase 7), each with a coping section of its own.
  const { createYouthWithPlan } = await import("../../app/models/youth.server");
  const longPlanId = createYouthWithPlan(actor, { chosenName: "Long history", preferredLanguage: "en" }).planId;
  let longRevision = 0;
  for (const section of ["about", "people", "places"] as const) {
    const saved = saveSection(actor, longPlanId, section, demoPlanContent[section], longRevision);
    if (saved.status !== "saved") throw new Error(`seed: ${section} ${saved.status}`);
    longRevision = saved.revision;
  }
  for (let v = 1; v <= (PHASES.has("server") ? LONG_HISTORY : 0); v++) {
    const coping = withSampleText({ content: demoPlanContent.coping }, v).content;
    const saved = saveSection(actor, longPlanId, "coping", coping, longRevision);
    if (saved.status !== "saved") throw new Error(`seed: coping ${saved.status}`);
    longRevision = saved.revision;
    const version = saveVersion(actor, longPlanId, `Meeting ${v}`, longRevision);
    if (version.status !== "saved") throw new Error(`seed: version ${v} ${version.status}`);
  }
  globalThis.__appDatabase?.$client.close();
  globalThis.__appDatabase = undefined;
  return { email: provider.email, password: provider.password, planId, longPlanId };
}

async function logIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }).toString(),
    redirect: "manual",
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("spb_session="));
  if (!cookie) throw new Error(`login failed: HTTP ${res.status}`);
  return cookie;
}

async function getBytes(url: string, cookie: string): Promise<number> {
  const res = await fetch(url, { headers: { Cookie: cookie } });
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

/** CPU time (ms) used so far by a process and all its descendants, every thread (Linux /proc). */
function treeCpuMs(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  let total = 0;
  const visit = (pid: number) => {
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
      }
    } catch {
      // gone
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return total;
}

/** The pids of a process and all its descendants (Linux /proc). */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  const out: number[] = [];
  const visit = (pid: number) => {
    out.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return out;
}

/** Resident memory (MB) of a process tree: the server with its worker threads, and any child process. */
function treeRssMb(rootPid: number): number {
  let kb = 0;
  for (const pid of processTree(rootPid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return Math.round(kb / 1024);
}

/** Reads a process tree's resident memory every 250 ms; `stop` gives the peak seen and the last reading. */
function rssSampler(rootPid: number) {
  let peak = treeRssMb(rootPid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(rootPid))), 250);
  return {
    stop() {
      clearInterval(timer);
      const last = treeRssMb(rootPid);
      return { peakMb: Math.max(peak, last), lastMb: last };
    },
  };
}

/** The pid of the Chromium this process launched (a direct child running /usr/bin/chromium). */
function chromiumPid(): number | undefined {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("chromium")) return Number(entry);
    } catch {
      // gone
    }
  }
  return undefined;
}

async function chromiumPrint(base: string, cookie: string, planId: string) {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, domain: HOST, path: "/" }]);
    const page = await context.newPage();
    await page.goto(`${base}/plans/${planId}/versions/1`);
    await page.pdf({ format: "Letter" });
    const times: number[] = [];
    const cpu: number[] = [];
    const browserPid = chromiumPid();
    let pages = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const c0 = browserPid ? treeCpuMs(browserPid) : Number.NaN;
      const t0 = performance.now();
      const pdf = await page.pdf({ format: "Letter" });
      times.push(performance.now() - t0);
      cpu.push((browserPid ? treeCpuMs(browserPid) : Number.NaN) - c0);
      pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    // Information: the page loaded (server rendering, HTML, styles, layout) and printed, the
    // whole way from the stored version to a PDF, as a react-pdf render is from the plan.
    const loadAndPrint: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      await page.goto(`${base}/plans/${planId}/versions/1`);
      await page.pdf({ format: "Letter" });
      loadAndPrint.push(performance.now() - t0);
    }
    return { pagePdfMs: median(times), pagePdfCpuMs: median(cpu), loadAndPrintMs: median(loadAndPrint), pages };
  } finally {
    await browser.close();
  }
}

async function pageP99(base: string, cookie: string) {
  const r = await autocannon({ url: `${base}/dashboard`, connections: 10, duration: SECONDS, headers: { Cookie: cookie }, timeout: 20 });
  return { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, rps: Math.round(r.requests.average), requests: r.requests.total, errors: r.errors + r.non2xx };
}

/** 10 clients, each pulling PDFs one after another until stopped; returns PDFs per second. */
function pdfClients(base: string, cookie: string, planId: string) {
  let stop = false;
  let done = 0;
  let failed = 0;
  const t0 = performance.now();
  const clients = Array.from({ length: 10 }, async (_, c) => {
    for (let i = c; !stop; i++) {
      const v = (i % VERSIONS) + 1;
      const copy = COPIES[Math.floor(i / VERSIONS) % COPIES.length]!;
      try {
        await getBytes(`${base}/plans/${planId}/versions/${v}/pdf?copy=${copy}`, cookie);
        done++;
      } catch {
        failed++;
      }
    }
  });
  return {
    async stop() {
      stop = true;
      await Promise.all(clients);
      return { pdfs: done, failed, pdfsPerSecond: Math.round((done / ((performance.now() - t0) / 1000)) * 10) / 10 };
    },
  };
}

async function underLoad(base: string, cookie: string, planId: string) {
  const load = pdfClients(base, cookie, planId);
  await sleep(1000);
  const page = await pageP99(base, cookie);
  const pdf = await load.stop();
  return { page, pdf };
}

// -----------------------------------------------------------------------------------------------

/**
 * Renders `total` PDFs through a cache-off server: the given versions, the four copies in turn,
 * one client after another (more would only queue: the server has one worker on two cores, and
 * on a loaded machine a queued mixed-language render waits past the 60 s render timeout).
 */
async function renderThroughServer(base: string, cookie: string, planId: string, versions: readonly number[], total: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: 1 }, async () => {
      while (next < total) {
        const i = next++;
        const v = versions[i % versions.length]!;
        const copy = COPIES[Math.floor(i / versions.length) % COPIES.length]!;
        await getBytes(`${base}/plans/${planId}/versions/${v}/pdf?copy=${copy}`, cookie);
      }
    }),
  );
}

/**
 * Phase 8: a fresh cache-off server renders `total` PDFs of the given versions; the process
 * tree's resident memory before (workers warm), at its peak, and after.
 */
async function serverMemory(db: string, dir: string, email: string, password: string, planId: string, versions: readonly number[], total: number) {
  const base = await startServer(db, dir, { PDF_CACHE_MB: "0" });
  const cookie = await logIn(base, email, password);
  await getBytes(`${base}/plans/${planId}/versions/1/pdf?copy=card`, cookie);
  const beforeMb = treeRssMb(server!.pid!);
  const sampler = rssSampler(server!.pid!);
  const t0 = performance.now();
  await renderThroughServer(base, cookie, planId, versions, total);
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  const { peakMb, lastMb } = sampler.stop();
  await stopServer();
  return { renders: total, seconds, beforeMb, peakMb, afterMb: lastMb };
}

/**
 * The draft's revision, as the follow-up section's form carries it (what a provider's browser sends
 * back). Not the review page's: it offers no form while the draft equals the latest version.
 */
async function reviewRevision(base: string, cookie: string, planId: string): Promise<string> {
  const res = await fetch(`${base}/plans/${planId}/sections/follow-up`, { headers: { Cookie: cookie } });
  const revision = /name="revision" value="(\d+)"/.exec(await res.text())?.[1];
  if (!revision) throw new Error(`no section form: HTTP ${res.status}`);
  return revision;
}

/** Waits until the server's process tree has been idle (under 10 ms of CPU in 250 ms) twice in a row. */
async function serverIdle() {
  for (let quiet = 0; quiet < 2; ) {
    const c0 = treeCpuMs(server!.pid!);
    await sleep(250);
    quiet = treeCpuMs(server!.pid!) - c0 < 10 ? quiet + 1 : 0;
  }
}

/**
 * Phase 6: versions saved through the review form (a new next-meeting date each, so each is a new
 * version), and, once the server is idle again (its pre-render done), the first print of each.
 */
async function firstPrintsAfterSave(base: string, cookie: string, planId: string) {
  const times: number[] = [];
  for (let i = 0; i < Math.min(SAMPLES, 10); i++) {
    const res = await fetch(`${base}/plans/${planId}/review`, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ revision: await reviewRevision(base, cookie, planId), note: "", nextMeeting: `2027-03-${String(i + 1).padStart(2, "0")}` }).toString(),
      redirect: "manual",
    });
    const number = /\/versions\/(\d+)\?saved=1/.exec(res.headers.get("location") ?? "")?.[1];
    if (res.status !== 302 || !number) throw new Error(`version save: HTTP ${res.status}`);
    await serverIdle();
    times.push(await timed(() => getBytes(`${base}/plans/${planId}/versions/${number}/pdf?copy=youth`, cookie)));
  }
  return { samples: times.length, p50Ms: median(times), maxMs: Math.max(...times) };
}

/** Phase 7: the provider copy of version 1 and of version LONG_HISTORY, uncached, in turn. */
async function historyPrints(base: string, cookie: string, longPlanId: string) {
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    first.push(await timed(() => getBytes(`${base}/plans/${longPlanId}/versions/1/pdf?copy=provider`, cookie)));
    last.push(await timed(() => getBytes(`${base}/plans/${longPlanId}/versions/${LONG_HISTORY}/pdf?copy=provider`, cookie)));
  }
  return { version1Ms: median(first), versionLastMs: median(last), ratio: Math.round((median(last) / median(first)) * 100) / 100 };
}

// -----------------------------------------------------------------------------------------------

async function main() {
  const cores = availableParallelism();
  const loads: Record<string, number> = { start: load() };
  log(`PDF benchmark · Node ${process.version} · ${cores} cores · ${SAMPLES} samples · load average ${loads.start}`);

  let renders: Awaited<ReturnType<typeof renderTimes>> | undefined;
  if (PHASES.has("renders")) {
    log("1. render time through the worker pool (median)");
    renders = await renderTimes();
    loads.renders = load();
  }

  let cachedMs: number | undefined;
  if (PHASES.has("cached")) {
    log("2. cached PDF");
    cachedMs = await cachedTime();
    log(`  getPdf from memory: ${ms(cachedMs)}`);
  }

  const dir = mkdtempSync(join(tmpdir(), "spb-bench-pdf-"));
  try {
    let mem: Memory | undefined;
    let mixedMem: Memory | undefined;
    if (PHASES.has("memory")) {
      log(`3. memory over ${RENDERS_FOR_MEMORY} renders · load ${load()}`);
      mem = memoryInFreshProcess(dir, demoInput("youth"), "youth");
      loads.memory = load();
      log(`  worker heap after GC: ${mem.heap.map((h) => `${h.renders}: ${h.heapMb} MB`).join(", ")}; process RSS ${mem.rssMb} MB · load ${loads.memory}`);
      mixedMem = memoryInFreshProcess(dir, mixedInput(), "mixed");
      log(`  ${MIXED}: worker heap after GC: ${mixedMem.heap.map((h) => `${h.renders}: ${h.heapMb} MB`).join(", ")}; process RSS ${mixedMem.rssMb} MB · load ${load()}`);
    }

    let http: Record<string, unknown> = {};
    if (PHASES.has("server") || PHASES.has("server-memory")) http = await serverPhases(dir);

    const targets: Record<string, { value: number | string; target: string; met: boolean }> = {};
    const youth = renders?.youth;
    const chrome = http.chrome as { pagePdfMs: number; pagePdfCpuMs: number; loadAndPrintMs: number } | undefined;
    if (youth && chrome) {
      targets.youthUncachedVsChromium = { value: Math.round((youth.warmMs / chrome.pagePdfMs) * 100) / 100, target: "≤ 0.3", met: youth.warmMs <= 0.3 * chrome.pagePdfMs };
      targets.youthUncachedVsChromiumCpu = { value: Math.round((youth.warmCpuMs / chrome.pagePdfCpuMs) * 100) / 100, target: "≤ 0.3 (CPU time, information)", met: youth.warmCpuMs <= 0.3 * chrome.pagePdfCpuMs };
    }
    if (cachedMs !== undefined) targets.cachedMs = { value: Math.round(cachedMs * 1000) / 1000, target: "≤ 5 ms", met: cachedMs <= 5 };
    const ratio = (load: unknown, idle: unknown) => {
      const p99 = (x: unknown) => (x as { p99: number }).p99;
      return { value: Math.round((p99(load) / p99(idle)) * 100) / 100, target: "≤ 2", met: p99(load) <= 2 * p99(idle) };
    };
    if (http.cachedLoad) targets.p99CachedLoadVsIdle = ratio((http.cachedLoad as { page: unknown }).page, http.idle);
    if (http.uncachedLoad) targets.p99UncachedLoadVsIdle = ratio((http.uncachedLoad as { page: unknown }).page, http.idleCacheOff);
    type ServerMemory = { renders: number; seconds: number; beforeMb: number; peakMb: number; afterMb: number };
    const serverMem = http.serverMemory as { latin?: ServerMemory; mixed?: ServerMemory } | undefined;
    if (serverMem?.mixed) targets.serverRssMixedMb = { value: serverMem.mixed.afterMb, target: `≤ 300 MB after ${serverMem.mixed.renders} renders of mixed-language plans (server, its workers, child processes)`, met: serverMem.mixed.afterMb <= 300 };
    if (serverMem?.latin) targets.serverRssLatinMb = { value: serverMem.latin.afterMb, target: `≤ 300 MB after ${serverMem.latin.renders} renders of Latin-only plans`, met: serverMem.latin.afterMb <= 300 };
    const afterSave = http.afterSave as { p50Ms: number } | undefined;
    if (afterSave) targets.firstPrintAfterSaveMs = { value: Math.round(afterSave.p50Ms * 100) / 100, target: "≤ 5 ms over HTTP (cached PDF p50: the pre-render made it)", met: afterSave.p50Ms <= 5 };
    const history = http.history as { version1Ms: number; versionLastMs: number; ratio: number } | undefined;
    if (history) targets.longHistoryRatio = { value: history.ratio, target: `provider copy of version ${LONG_HISTORY} ≤ 1.5× version 1`, met: history.ratio <= 1.5 };
    if (mem) {
      targets.workerProcessRssMb = { value: mem.rssMb, target: "≤ 300 MB (one worker in a process of its own)", met: mem.rssMb <= 300 };
      // Flat once the bounded caches (shaped text: ~5 MB at most) have filled: growth from 250
      // renders to the end. Growth from the first render is printed beside it.
      targets.heapFlat = { value: `${mem.heapGrowthAfterFillPercent}%`, target: "growth < 10% from 250 renders on", met: mem.heapGrowthAfterFillPercent < 10 };
    }
    if (mixedMem) {
      targets.workerProcessRssMixedMb = { value: mixedMem.rssMb, target: "≤ 300 MB (one worker, mixed-language plans)", met: mixedMem.rssMb <= 300 };
      targets.heapFlatMixed = { value: `${mixedMem.heapGrowthAfterFillPercent}%`, target: "growth < 10% from 250 renders on (mixed languages)", met: mixedMem.heapGrowthAfterFillPercent < 10 };
    }
    loads.end = load();

    log("\n| measure | value |\n|---|---|");
    for (const copy of [...COPIES, MIXED]) {
      const r = renders?.[copy];
      if (r) log(`| ${copy} copy, cold / warm (median of ${SAMPLES}) | ${ms(r.coldMs)} / ${ms(r.warmMs)} (worker CPU ${ms(r.warmCpuMs)}) |`);
    }
    if (youth) log(`| worker start (import templates, react-pdf) | ${ms(youth.importMs)} |`);
    if (chrome) log(`| Chromium page.pdf of the version page (median of ${SAMPLES}) | ${ms(chrome.pagePdfMs)} (Chromium CPU ${ms(chrome.pagePdfCpuMs)}) |`);
    if (chrome) log(`| Chromium: load the version page, then page.pdf (information) | ${ms(chrome.loadAndPrintMs)} |`);
    if (targets.youthUncachedVsChromium) log(`| youth copy uncached ÷ Chromium (target ≤ 0.3): wall / CPU | ${targets.youthUncachedVsChromium.value} / ${targets.youthUncachedVsChromiumCpu!.value} |`);
    if (cachedMs !== undefined) log(`| cached PDF from memory (target ≤ 5 ms) | ${ms(cachedMs)} |`);
    if (http.httpUncachedMs !== undefined) log(`| youth copy over HTTP: first / cached | ${ms(http.httpUncachedMs as number)} / ${ms(http.httpCachedMs as number)} |`);
    const row = (idle: unknown, under: unknown) => {
      const i = idle as { p99: number };
      const u = under as { page: { p99: number }; pdf: { pdfsPerSecond: number } };
      return `${i.p99} → ${u.page.p99} ms (${Math.round((u.page.p99 / i.p99) * 100) / 100}×), ${u.pdf.pdfsPerSecond} PDFs/s`;
    };
    if (http.cachedLoad) log(`| /dashboard p99 idle → 10 clients pulling cached PDFs (target ≤ 2×) | ${row(http.idle, http.cachedLoad)} |`);
    if (http.uncachedLoad) log(`| /dashboard p99 idle → 10 clients, cache off, every PDF rendered (target ≤ 2×) | ${row(http.idleCacheOff, http.uncachedLoad)} |`);
    if (afterSave) log(`| youth copy, first print of a just-saved version over HTTP (p50; target ≤ 5 ms cached) | ${ms(afterSave.p50Ms)} |`);
    if (history) log(`| provider copy, version 1 → version ${LONG_HISTORY} of a ${LONG_HISTORY}-version plan, uncached | ${ms(history.version1Ms)} → ${ms(history.versionLastMs)} (${history.ratio}×) |`);
    for (const [name, m] of serverMem ? (Object.entries(serverMem) as [string, ServerMemory][]) : []) {
      log(`| server process tree RSS, ${m.renders} renders of ${name === "mixed" ? "mixed-language" : "Latin-only"} plans over HTTP, cache off: before → after (peak), time | ${m.beforeMb} → ${m.afterMb} MB (${m.peakMb} MB), ${m.seconds} s |`);
    }
    if (mem) log(`| RSS of a process with one worker after ${RENDERS_FOR_MEMORY} renders | ${mem.rssMb} MB |`);
    if (mem) log(`| worker heap after GC, ${mem.heap.map((h) => h.renders).join(" / ")} renders | ${mem.heap.map((h) => h.heapMb).join(" / ")} MB (${mem.heapGrowthPercent}% from the first, ${mem.heapGrowthAfterFillPercent}% from 250 on) |`);
    if (mixedMem) log(`| ${MIXED}: RSS of a process with one worker after ${RENDERS_FOR_MEMORY} renders | ${mixedMem.rssMb} MB |`);
    if (mixedMem) log(`| ${MIXED}: worker heap after GC, ${mixedMem.heap.map((h) => h.renders).join(" / ")} renders | ${mixedMem.heap.map((h) => h.heapMb).join(" / ")} MB (${mixedMem.heapGrowthPercent}% from the first, ${mixedMem.heapGrowthAfterFillPercent}% from 250 on) |`);
    log(`| load average (1 min): start / end | ${loads.start} / ${loads.end} |`);
    log("");
    for (const [name, t] of Object.entries(targets)) log(`${t.met ? "met   " : "MISSED"} ${name}: ${t.value} (${t.target})`);

    mkdirSync(join(ROOT, "tests/.output"), { recursive: true });
    writeFileSync(OUTPUT, JSON.stringify({ node: process.version, cores, samples: SAMPLES, loads, renders, cachedMs, memory: mem, mixedMemory: mixedMem, ...http, targets }, null, 2));
    log(`\nwritten: ${OUTPUT}`);
  } finally {
    await stopServer();
    if (process.env.BENCH_KEEP !== "1") rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir}`);
  }
}

/** 4-8: the built server: HTTP, Chromium, page latency under PDF load, pre-rendering, history, memory. */
async function serverPhases(dir: string): Promise<Record<string, unknown>> {
  const db = join(dir, "bench.db");
  log(`seeding: the demo plan with ${VERSIONS} versions, a plan with ${LONG_HISTORY} versions · load ${load()}`);
  const { email, password, planId, longPlanId } = await seed(db);
  const out: Record<string, unknown> = {};

  if (PHASES.has("server")) {
    log(`4. HTTP and Chromium (server with cache) · load ${load()}`);
    let base = await startServer(db, dir, {});
    let cookie = await logIn(base, email, password);
    await getBytes(`${base}/plans/${planId}/versions/1/pdf?copy=card`, cookie); // workers warm
    const httpUncachedMs = await timed(() => getBytes(`${base}/plans/${planId}/versions/1/pdf?copy=youth`, cookie));
    const httpCached: number[] = [];
    for (let i = 0; i < SAMPLES; i++) httpCached.push(await timed(() => getBytes(`${base}/plans/${planId}/versions/1/pdf?copy=youth`, cookie)));
    const chrome = await chromiumPrint(base, cookie, planId);
    log(`  youth copy over HTTP: first ${ms(httpUncachedMs)}, cached ${ms(median(httpCached))}; Chromium page.pdf ${ms(chrome.pagePdfMs)}, CPU ${ms(chrome.pagePdfCpuMs)} (${chrome.pages} pages) · load ${load()}`);

    log("5. /dashboard p99, idle and while 10 clients pull PDFs");
    for (let v = 1; v <= VERSIONS; v++) for (const copy of COPIES) await getBytes(`${base}/plans/${planId}/versions/${v}/pdf?copy=${copy}`, cookie);
    const idle = await pageP99(base, cookie);
    log(`  idle: p99 ${idle.p99} ms, ${idle.rps} req/s · load ${load()}`);
    const cpu0 = treeCpuMs(server!.pid!);
    const cachedLoad = await underLoad(base, cookie, planId);
    const cachedCpuMs = treeCpuMs(server!.pid!) - cpu0;
    const cachedRequests = cachedLoad.pdf.pdfs + cachedLoad.page.requests;
    log(`  PDFs from cache: p99 ${cachedLoad.page.p99} ms, ${cachedLoad.page.rps} req/s; ${cachedLoad.pdf.pdfsPerSecond} PDFs/s; server CPU ${ms(cachedCpuMs / cachedRequests)}/request · load ${load()}`);

    log(`6. first print of a just-saved version (pre-rendered) · load ${load()}`);
    const afterSave = await firstPrintsAfterSave(base, cookie, planId);
    log(`  youth copy, first print after the save: p50 ${ms(afterSave.p50Ms)} (max ${ms(afterSave.maxMs)}, ${afterSave.samples} versions) · load ${load()}`);
    await stopServer();

    base = await startServer(db, dir, { PDF_CACHE_MB: "0" });
    cookie = await logIn(base, email, password);
    await getBytes(`${base}/plans/${planId}/versions/1/pdf?copy=card`, cookie);
    const idleCacheOff = await pageP99(base, cookie);
    const uncachedLoad = await underLoad(base, cookie, planId);
    log(`  cache off: idle p99 ${idleCacheOff.p99} ms; under load p99 ${uncachedLoad.page.p99} ms, ${uncachedLoad.page.rps} req/s; ${uncachedLoad.pdf.pdfsPerSecond} PDFs/s · load ${load()}`);

    log(`7. provider copy of version 1 and version ${LONG_HISTORY}, uncached · load ${load()}`);
    const history = await historyPrints(base, cookie, longPlanId);
    log(`  version 1: ${ms(history.version1Ms)}, version ${LONG_HISTORY}: ${ms(history.versionLastMs)} (${history.ratio}×) · load ${load()}`);
    await stopServer();
    Object.assign(out, { httpUncachedMs, httpCachedMs: median(httpCached), chrome, idle, cachedLoad, cachedServerCpuMsPerRequest: cachedCpuMs / cachedRequests, afterSave, idleCacheOff, uncachedLoad, history });
  }

  if (PHASES.has("server-memory")) {
    const latinVersions = Array.from({ length: VERSIONS / 2 }, (_, i) => 2 * i + 1);
    const mixedVersions = latinVersions.map((v) => v + 1);
    const memory: Record<string, Awaited<ReturnType<typeof serverMemory>>> = {};
    for (const plans of MEMORY_PLANS) {
      log(`8. server memory over ${RENDERS_FOR_MEMORY} renders (cache off), ${plans} versions · load ${load()}`);
      const m = await serverMemory(db, dir, email, password, planId, plans === "latin" ? latinVersions : mixedVersions, RENDERS_FOR_MEMORY);
      log(`  ${plans}: RSS ${m.beforeMb} → ${m.afterMb} MB (peak ${m.peakMb} MB), ${m.seconds} s · load ${load()}`);
      memory[plans] = m;
    }
    out.serverMemory = memory;
  }
  return out;
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    console.error(error);
    await stopServer();
    process.exit(1);
  },
);
