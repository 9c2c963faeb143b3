/**
 * PDF benchmark: `npm run bench:pdf` (remix build, then this file under tsx). One run, in order:
 *
 *  1. Render time of each copy of the full demo plan through the worker pool (the path a request
 *     takes, bytes moved back to the main thread): cold = the first render in a fresh worker
 *     (fonts loaded, nothing warm; the worker's module import is timed apart), warm = later
 *     renders; medians of BENCH_SAMPLES (default 20) each.
 *  2. A cached PDF: getPdf() answering from memory, median of 1,000.
 *  3. 1,000 uncached renders of the youth copy in one worker, in a fresh process of its own (so
 *     nothing else measured here weighs on it): the worker's heap after a full GC every 250
 *     renders, and that process's RSS at the end.
 *  4. The built server on a temporary database (demo seed, 10 saved versions): headless Chromium
 *     (/usr/bin/chromium via playwright-core) printing the same version's HTML page with
 *     page.pdf(), median of BENCH_SAMPLES, against the youth copy over HTTP, uncached and cached.
 *  5. p99 of an ordinary page (/dashboard, autocannon, 10 connections, BENCH_SECONDS each) idle,
 *     then while 10 clients pull PDFs (40 different ones: 10 versions x 4 copies) from the cache,
 *     then again from a server with the cache off (PDF_CACHE_MB=0), so every PDF is rendered.
 *
 * Prints a table and writes tests/.output/bench-pdf.json. A missed target is reported, not an
 * error; the exit code is non-zero only when set-up fails.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { Piscina } from "piscina";
import type { PdfCopy } from "../../templates/pdf/render";
import { demoInput } from "../pdf/pdf-helpers";

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
const WORKER = new URL("../../app/utils/pdf-worker.mjs", import.meta.url).href;
const OUTPUT = join(ROOT, "tests/.output/bench-pdf.json");

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const log = (line: string) => console.log(line);

function onePool() {
  return new Piscina({ filename: WORKER, minThreads: 1, maxThreads: 1, idleTimeout: Infinity });
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

// 1. cold and warm renders ---------------------------------------------------------------------

async function renderTimes() {
  const result: Record<string, { coldMs: number; warmMs: number; importMs: number }> = {};
  for (const copy of COPIES) {
    const input = demoInput(copy);
    const cold: number[] = [];
    const imports: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const pool = onePool();
      imports.push(await timed(() => pool.run(null, { name: "heap" })));
      cold.push(await timed(() => pool.run(input)));
      await pool.destroy();
    }
    const pool = onePool();
    await pool.run(input);
    await pool.run(input);
    const warm: number[] = [];
    for (let i = 0; i < Math.max(SAMPLES, 30); i++) warm.push(await timed(() => pool.run(input)));
    await pool.destroy();
    result[copy] = { coldMs: median(cold), warmMs: median(warm), importMs: median(imports) };
    log(`  ${copy}: cold ${ms(result[copy]!.coldMs)} (worker start ${ms(result[copy]!.importMs)}), warm ${ms(result[copy]!.warmMs)}`);
  }
  return result;
}

// 2. cached ---------------------------------------------------------------------------------------

async function cachedTime() {
  const { getPdf, closePdfWorkers } = await import("../../app/utils/pdf.server");
  const input = demoInput("youth");
  const key = { planId: "bench", versionNumber: 2, copy: "youth" as const, language: "en" as const };
  await getPdf(key, () => input);
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) times.push(await timed(() => getPdf(key, () => input)));
  await closePdfWorkers();
  return median(times);
}

// 3. memory ---------------------------------------------------------------------------------------

interface Memory {
  heap: { renders: number; heapMb: number }[];
  rssMb: number;
  heapGrowthPercent: number;
}

/**
 * Runs in a fresh plain-Node process (no tsx in its main thread, like the built server): one
 * pool worker renders the youth copy RENDERS_FOR_MEMORY times; its heap is read after a full GC
 * every 250 renders, and the process RSS at the end.
 */
const MEMORY_SCRIPT = `
import { readFileSync } from "node:fs";
import { Piscina } from "piscina";
const [worker, inputFile, renders] = process.argv.slice(1);
const input = JSON.parse(readFileSync(inputFile, "utf8"));
const pool = new Piscina({ filename: worker, minThreads: 1, maxThreads: 1, idleTimeout: Infinity, resourceLimits: { maxOldGenerationSizeMb: 256 } });
const heap = [];
const sample = async (n) => { const h = await pool.run(null, { name: "heap" }); heap.push({ renders: n, heapMb: Math.round(h.usedHeapSize / 104857.6) / 10 }); };
await pool.run(input);
await sample(0);
for (let i = 1; i <= Number(renders); i++) { await pool.run(input); if (i % 250 === 0 || i === Number(renders)) await sample(i); }
const rssMb = Math.round(process.memoryUsage().rss / 1048576);
await pool.destroy();
const growth = Math.round(((heap.at(-1).heapMb - heap[0].heapMb) / heap[0].heapMb) * 1000) / 10;
console.log(JSON.stringify({ heap, rssMb, heapGrowthPercent: growth }));
`;

function memoryInFreshProcess(dir: string): Memory {
  const inputFile = join(dir, "youth-input.json");
  writeFileSync(inputFile, JSON.stringify(demoInput("youth")));
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", MEMORY_SCRIPT, WORKER, inputFile, String(RENDERS_FOR_MEMORY)], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30 * 60_000,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Memory;
}

// 4-5. the server -----------------------------------------------------------------------------

let server: ChildProcess | undefined;

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

async function startServer(databasePath: string, logDir: string, env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const out = openSync(join(logDir, "server.log"), "a");
  server = spawn(process.execPath, ["node_modules/@remix-run/serve/dist/cli.js", "build/index.js"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST, DATABASE_PATH: databasePath, SEED_DEMO: "0", ...env },
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

/** The server process's resident memory (main thread and PDF workers), from /proc. */
function serverRssMb(): number {
  const status = readFileSync(`/proc/${server?.pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
}

async function stopServer() {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  await Promise.race([exited, sleep(5000).then(() => child.kill("SIGKILL"))]);
}

/** Seeds the demo agency into a fresh database and saves VERSIONS versions of the demo plan. */
async function seed(databasePath: string) {
  process.env.DATABASE_PATH = databasePath;
  process.env.SEED_DEMO = "0";
  const { seedDemo } = await import("../../app/utils/demo-seed.server");
  const { authenticate } = await import("../../app/models/user.server");
  const { listYouth } = await import("../../app/models/youth.server");
  const { getPlan } = await import("../../app/models/plan.server");
  const { saveVersion } = await import("../../app/models/version.server");
  const accounts = await seedDemo();
  const provider = accounts.find((a) => a.role === "provider")!;
  const actor = (await authenticate(provider.email, provider.password))!;
  const planId = listYouth(actor)[0]!.planId;
  const plan = getPlan(actor, planId)!;
  for (let v = plan.versionCount; v < VERSIONS; v++) saveVersion(actor, planId, `Bench version ${v + 1}`, plan.revision);
  globalThis.__appDatabase?.$client.close();
  globalThis.__appDatabase = undefined;
  return { email: provider.email, password: provider.password, planId };
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
    let pages = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      const pdf = await page.pdf({ format: "Letter" });
      times.push(performance.now() - t0);
      pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    return { pagePdfMs: median(times), pages };
  } finally {
    await browser.close();
  }
}

async function pageP99(base: string, cookie: string) {
  const r = await autocannon({ url: `${base}/dashboard`, connections: 10, duration: SECONDS, headers: { Cookie: cookie }, timeout: 20 });
  return { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, rps: Math.round(r.requests.average), errors: r.errors + r.non2xx };
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

async function main() {
  const cores = availableParallelism();
  log(`PDF benchmark · Node ${process.version} · ${cores} cores · ${SAMPLES} samples`);

  log("1. render time through the worker pool (median)");
  const renders = await renderTimes();

  log("2. cached PDF");
  const cachedMs = await cachedTime();
  log(`  getPdf from memory: ${ms(cachedMs)}`);

  const dir = mkdtempSync(join(tmpdir(), "spb-bench-pdf-"));
  try {
    log(`3. memory over ${RENDERS_FOR_MEMORY} renders`);
    const mem = memoryInFreshProcess(dir);
    log(`  worker heap after GC: ${mem.heap.map((h) => `${h.renders}: ${h.heapMb} MB`).join(", ")}; process RSS ${mem.rssMb} MB`);

    const db = join(dir, "bench.db");
    const { email, password, planId } = await seed(db);

    log("4. HTTP and Chromium (server with cache)");
    let base = await startServer(db, dir, {});
    let cookie = await logIn(base, email, password);
    await getBytes(`${base}/plans/${planId}/versions/1/pdf?copy=card`, cookie); // workers warm
    const httpUncachedMs = await timed(() => getBytes(`${base}/plans/${planId}/versions/1/pdf?copy=youth`, cookie));
    const httpCached: number[] = [];
    for (let i = 0; i < SAMPLES; i++) httpCached.push(await timed(() => getBytes(`${base}/plans/${planId}/versions/1/pdf?copy=youth`, cookie)));
    const chrome = await chromiumPrint(base, cookie, planId);
    log(`  youth copy over HTTP: first ${ms(httpUncachedMs)}, cached ${ms(median(httpCached))}; Chromium page.pdf ${ms(chrome.pagePdfMs)} (${chrome.pages} pages)`);

    log("5. /dashboard p99, idle and while 10 clients pull PDFs");
    for (let v = 1; v <= VERSIONS; v++) for (const copy of COPIES) await getBytes(`${base}/plans/${planId}/versions/${v}/pdf?copy=${copy}`, cookie);
    const idle = await pageP99(base, cookie);
    log(`  idle: p99 ${idle.p99} ms, ${idle.rps} req/s`);
    const cachedLoad = await underLoad(base, cookie, planId);
    log(`  PDFs from cache: p99 ${cachedLoad.page.p99} ms, ${cachedLoad.page.rps} req/s; ${cachedLoad.pdf.pdfsPerSecond} PDFs/s`);
    await stopServer();

    base = await startServer(db, dir, { PDF_CACHE_MB: "0" });
    cookie = await logIn(base, email, password);
    await getBytes(`${base}/plans/${planId}/versions/1/pdf?copy=card`, cookie);
    const idle2 = await pageP99(base, cookie);
    const uncachedLoad = await underLoad(base, cookie, planId);
    const serverRss = serverRssMb();
    log(`  cache off: idle p99 ${idle2.p99} ms; under load p99 ${uncachedLoad.page.p99} ms, ${uncachedLoad.page.rps} req/s; ${uncachedLoad.pdf.pdfsPerSecond} PDFs/s; server RSS ${serverRss} MB after ${uncachedLoad.pdf.pdfs} renders`);
    await stopServer();

    const youthWarm = renders.youth!.warmMs;
    const targets = {
      youthUncachedVsChromium: { value: Math.round((youthWarm / chrome.pagePdfMs) * 100) / 100, target: "≤ 0.3", met: youthWarm <= 0.3 * chrome.pagePdfMs },
      cachedMs: { value: Math.round(cachedMs * 1000) / 1000, target: "≤ 5 ms", met: cachedMs <= 5 },
      p99CachedLoadVsIdle: { value: Math.round((cachedLoad.page.p99 / idle.p99) * 100) / 100, target: "≤ 2", met: cachedLoad.page.p99 <= 2 * idle.p99 },
      p99UncachedLoadVsIdle: { value: Math.round((uncachedLoad.page.p99 / idle2.p99) * 100) / 100, target: "≤ 2", met: uncachedLoad.page.p99 <= 2 * idle2.p99 },
      rssMb: { value: mem.rssMb, target: "≤ 300 MB", met: mem.rssMb <= 300 },
      heapFlat: { value: `${mem.heapGrowthPercent}%`, target: "growth < 10%", met: mem.heapGrowthPercent < 10 },
    };

    log("\n| measure | value |\n|---|---|");
    for (const copy of COPIES) log(`| ${copy} copy, cold / warm (median of ${SAMPLES}) | ${ms(renders[copy]!.coldMs)} / ${ms(renders[copy]!.warmMs)} |`);
    log(`| worker start (import templates, react-pdf) | ${ms(renders.youth!.importMs)} |`);
    log(`| Chromium page.pdf of the version page (median of ${SAMPLES}) | ${ms(chrome.pagePdfMs)} |`);
    log(`| youth copy uncached ÷ Chromium (target ≤ 0.3) | ${targets.youthUncachedVsChromium.value} |`);
    log(`| cached PDF from memory (target ≤ 5 ms) | ${ms(cachedMs)} |`);
    log(`| youth copy over HTTP: first / cached | ${ms(httpUncachedMs)} / ${ms(median(httpCached))} |`);
    log(`| /dashboard p99 idle → 10 clients pulling cached PDFs (target ≤ 2×) | ${idle.p99} → ${cachedLoad.page.p99} ms (${targets.p99CachedLoadVsIdle.value}×), ${cachedLoad.pdf.pdfsPerSecond} PDFs/s |`);
    log(`| /dashboard p99 idle → 10 clients, cache off, every PDF rendered (target ≤ 2×) | ${idle2.p99} → ${uncachedLoad.page.p99} ms (${targets.p99UncachedLoadVsIdle.value}×), ${uncachedLoad.pdf.pdfsPerSecond} PDFs/s |`);
    log(`| RSS after ${RENDERS_FOR_MEMORY} renders (target ≤ 300 MB) | ${mem.rssMb} MB |`);
    log(`| server RSS after the cache-off load (${uncachedLoad.pdf.pdfs} PDFs rendered) | ${serverRss} MB |`);
    log(`| worker heap after GC, 0 → ${RENDERS_FOR_MEMORY} renders (flat) | ${mem.heap[0]!.heapMb} → ${mem.heap.at(-1)!.heapMb} MB (${mem.heapGrowthPercent}%) |`);
    log("");
    for (const [name, t] of Object.entries(targets)) log(`${t.met ? "met   " : "MISSED"} ${name}: ${t.value} (${t.target})`);

    mkdirSync(join(ROOT, "tests/.output"), { recursive: true });
    writeFileSync(
      OUTPUT,
      JSON.stringify({ node: process.version, cores, samples: SAMPLES, renders, cachedMs, memory: mem, httpUncachedMs, httpCachedMs: median(httpCached), chrome, idle, cachedLoad, idleCacheOff: idle2, uncachedLoad, serverRssMb: serverRss, targets }, null, 2),
    );
    log(`\nwritten: ${OUTPUT}`);
  } finally {
    await stopServer();
    if (process.env.BENCH_KEEP !== "1") rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir} (${readFileSync(join(dir, "server.log"), "utf8").length} bytes of server log)`);
  }
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    console.error(error);
    await stopServer();
    process.exit(1);
  },
);
