import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Language } from "../../templates/csecy-safety-plan";
import type { PdfCopy, PdfInput } from "../../templates/pdf/render";

/*
 * PDF rendering off the request thread. react-pdf lays out a plan in 100+ ms of synchronous
 * work; on the request thread that stalls every other page. Here a small pool of worker threads
 * renders, the bytes of each (plan, version, copy, language) are kept in memory (a saved version
 * never changes, and neither do its copies), and concurrent requests for one PDF share one
 * render. Only types are imported from templates/pdf: react-pdf stays out of the server bundle.
 */

export interface PdfKey {
  planId: string;
  versionNumber: number;
  copy: PdfCopy;
  language: Language;
}

export class PdfBusyError extends Error {}

const num = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) && n >= 0 ? n : fallback;
};

/** One thread fewer than the cores (at least one), so page requests keep a core of their own. */
const THREADS = Math.max(1, num(process.env.PDF_WORKERS, availableParallelism() - 1));
const CACHE_LIMIT = num(process.env.PDF_CACHE_MB, 64) * 1024 * 1024;
const RENDER_TIMEOUT_MS = 60_000;
const MAX_QUEUE = 64;

function workerFile(): string {
  const candidates = [
    new URL("./pdf-worker.mjs", import.meta.url), // app/web/pdf.server.ts (sources, tests)
    new URL("../app/web/pdf-worker.mjs", import.meta.url), // build/index.js (the built server)
  ];
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!found) throw new Error("pdf-worker.mjs not found next to the server code");
  return found.href;
}

/**
 * The PDF templates bundled at build time (`npm run build` writes build/pdf/render.mjs next to
 * build/index.js): the built server's workers import plain JavaScript instead of loading tsx.
 * From the sources (vitest, tsx) there is no bundle, and the worker imports the templates
 * through tsx, so tests always render the current sources.
 */
function bundledRenderer(): string | undefined {
  if (!import.meta.url.endsWith("/build/index.js")) return undefined;
  const bundle = new URL("./pdf/render.mjs", import.meta.url);
  if (existsSync(fileURLToPath(bundle))) return bundle.href;
  console.warn("build/pdf/render.mjs is missing (run `npm run build`): PDF workers load the templates through tsx.");
  return undefined;
}

/**
 * Past this resident size of the whole process (main thread and workers), the pool is replaced
 * once the renders already given to it are done (decision 015): a worker that printed Korean or
 * Chinese lets those fonts go after the document, but the memory they took stays with the process
 * (glibc keeps freed multi-megabyte blocks in the thread's heap); a fresh worker starts small.
 * PDF_RECYCLE_RSS_MB=0 turns it off.
 */
const RECYCLE_RSS = num(process.env.PDF_RECYCLE_RSS_MB, 250) * 1024 * 1024;

interface PdfState {
  pool?: Piscina;
  /** Renders and warm-ups given to the current pool and not yet done. */
  running: number;
  /** Set while a pool that grew past RECYCLE_RSS finishes its renders; new renders wait for it. */
  retiring?: Promise<void>;
  cache: Map<string, Uint8Array>;
  cachedBytes: number;
  inFlight: Map<string, Promise<Uint8Array>>;
  /** Pre-renders of saved versions not yet done (prerenderPdfs). */
  prerendering: Set<Promise<void>>;
  counters: { renders: number; cacheHits: number; shared: number; recycles: number; prerendered: number };
}

declare global {
  // One pool and one cache per process, across the dev server's module reloads (and the sources
  // and the built handler loaded side by side in tests).
  var __pdfState: PdfState | undefined;
}

const state: PdfState = (globalThis.__pdfState ??= {
  running: 0,
  cache: new Map(),
  cachedBytes: 0,
  inFlight: new Map(),
  prerendering: new Set(),
  counters: { renders: 0, cacheHits: 0, shared: 0, recycles: 0, prerendered: 0 },
});

function pool(): Piscina {
  state.pool ??= new Piscina({
    filename: workerFile(),
    workerData: { renderer: bundledRenderer() },
    minThreads: THREADS,
    maxThreads: THREADS,
    idleTimeout: Infinity,
    maxQueue: MAX_QUEUE,
    // A hostile plan cannot take the whole server's memory with it.
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  return state.pool;
}

/**
 * After a render: a process grown past RECYCLE_RSS gets a fresh pool. The old pool is ended only
 * once every render given to it is done (none is cut short); renders asked for meanwhile wait and
 * go to the new pool, which starts only then, so two pools never run side by side.
 */
function recycleIfLarge(): void {
  if (RECYCLE_RSS <= 0 || state.retiring || !state.pool || process.memoryUsage.rss() <= RECYCLE_RSS) return;
  const old = state.pool;
  state.counters.recycles += 1;
  state.retiring = (async () => {
    while (state.running > 0) await new Promise((done) => setTimeout(done, 20));
    if (state.pool === old) state.pool = undefined;
    await old.destroy();
  })()
    .catch((error: unknown) => {
      console.error("PDF workers failed to restart:", error instanceof Error ? error.message : "error");
    })
    .finally(() => {
      state.retiring = undefined;
      // The next print need not wait for the new worker's start (templates and fonts, ~0.5 s).
      if (!closing) void warmUpPdfWorkers().catch(() => undefined);
    });
}

let closing = false;
/** The warm-up the server starts with: closing waits for it, as destroying the pool under it would fail it. */
let startingWarmUp: Promise<void> | undefined;

const keyOf = (k: PdfKey) => `${k.planId}|${k.versionNumber}|${k.copy}|${k.language}`;

function remember(key: string, bytes: Uint8Array): void {
  if (bytes.byteLength > CACHE_LIMIT) return;
  state.cache.set(key, bytes);
  state.cachedBytes += bytes.byteLength;
  // Least recently used first: a Map iterates in insertion order, and a hit re-inserts.
  for (const [oldKey, old] of state.cache) {
    if (state.cachedBytes <= CACHE_LIMIT) break;
    state.cache.delete(oldKey);
    state.cachedBytes -= old.byteLength;
  }
}

/** Renders in a worker thread, bypassing the cache. */
export async function renderInWorker(input: PdfInput): Promise<Uint8Array> {
  while (state.retiring) await state.retiring;
  const p = pool();
  if (p.queueSize >= MAX_QUEUE) throw new PdfBusyError("Too many PDFs are being made right now.");
  state.counters.renders += 1;
  state.running += 1;
  let result: unknown;
  try {
    result = await p.run(input, { signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) });
  } finally {
    state.running -= 1;
    recycleIfLarge();
  }
  if (!(result instanceof Uint8Array)) throw new Error("the PDF worker returned no bytes");
  return result;
}

/**
 * The PDF for a key: from the cache, from a render already under way, or rendered now from the
 * input that `load` gives (called only when a render is needed).
 */
export async function getPdf(key: PdfKey, load: () => PdfInput): Promise<Uint8Array> {
  const k = keyOf(key);
  const hit = state.cache.get(k);
  if (hit) {
    state.counters.cacheHits += 1;
    state.cache.delete(k);
    state.cache.set(k, hit);
    return hit;
  }
  const running = state.inFlight.get(k);
  if (running) {
    state.counters.shared += 1;
    return running;
  }
  const render = (async () => renderInWorker(load()))();
  state.inFlight.set(k, render);
  try {
    const bytes = await render;
    if (CACHE_LIMIT > 0) remember(k, bytes);
    return bytes;
  } finally {
    state.inFlight.delete(k);
  }
}

/**
 * Renders a just-saved version's copies into the cache, off the request path, so its first print
 * is a cache hit (issue 13). One copy after another, each only while no other PDF waits for the
 * worker (a print someone waits for goes first; a copy skipped here is rendered when printed), and
 * nothing when the cache is off. A failure is logged without plan data and changes nothing: the
 * save is done before this starts. The cache is keyed by version, copy and language, and a saved
 * version (with its copies' choices) never changes, so nothing rendered here can go stale.
 * PDF_PRERENDER=0 turns it off (the test suite does, but for the test of it: a save in every
 * route test would start the worker and render four copies).
 */
export function prerenderPdfs(keys: readonly PdfKey[], load: (key: PdfKey) => PdfInput): void {
  if (CACHE_LIMIT <= 0 || process.env.PDF_PRERENDER === "0") return;
  const work = (async () => {
    // Not even the version's read happens before the save's answer has gone.
    await new Promise((done) => setImmediate(done));
    for (const key of keys) {
      if (state.cache.has(keyOf(key)) || state.retiring || (state.pool && state.pool.queueSize > 0)) continue;
      await getPdf(key, () => load(key));
      state.counters.prerendered += 1;
    }
  })().catch((error: unknown) => {
    console.warn("A PDF was not made ahead (it is made when printed):", error instanceof Error ? error.message : "error");
  });
  state.prerendering.add(work);
  void work.finally(() => state.prerendering.delete(work));
}

/** Resolves once every pre-render under way is done (tests, shutdown). */
export async function prerenderingDone(): Promise<void> {
  while (state.prerendering.size) await Promise.all(state.prerendering);
}

/** Drops a plan's cached PDFs (for a plan whose records are deleted). */
export function forgetPlanPdfs(planId: string): void {
  for (const [k, bytes] of state.cache) {
    if (k.startsWith(`${planId}|`)) {
      state.cache.delete(k);
      state.cachedBytes -= bytes.byteLength;
    }
  }
}

/** Starts the worker threads and loads fonts and templates in each, so a first PDF is not slow. */
export async function warmUpPdfWorkers(): Promise<void> {
  while (state.retiring) await state.retiring;
  const p = pool();
  // Counted as running, so a recycle does not destroy the pool under it.
  state.running += 1;
  try {
    await Promise.all(Array.from({ length: THREADS }, () => p.run(null, { name: "warm" })));
  } finally {
    state.running -= 1;
  }
}

export function pdfStats() {
  return { ...state.counters, cachedPdfs: state.cache.size, cachedBytes: state.cachedBytes, threads: THREADS };
}

/** Test helper: empties the cache and counters. */
export function resetPdfCache(): void {
  state.cache.clear();
  state.cachedBytes = 0;
  for (const name of Object.keys(state.counters) as (keyof PdfState["counters"])[]) state.counters[name] = 0;
}

/** Ends the worker threads (tests, benchmarks, shutdown). */
export async function closePdfWorkers(): Promise<void> {
  closing = true;
  try {
    await startingWarmUp;
    await prerenderingDone();
    while (state.retiring) await state.retiring;
    const p = state.pool;
    state.pool = undefined;
    await p?.destroy();
  } finally {
    closing = false;
  }
}

// The server warms the workers as it starts (the route module is part of the server build);
// tests start them on first use.
if (process.env.NODE_ENV !== "test" && !process.env.VITEST) {
  setImmediate(() => {
    if (closing) return;
    startingWarmUp = warmUpPdfWorkers().catch((error: unknown) =>
      console.error("PDF workers failed to start:", error instanceof Error ? error.message : "error"),
    );
  });
}

/**
 * The download's file name: never the youth's name (a Downloads folder is seen by whoever holds
 * the device), the discreet copy and the card say nothing, and each language has its own name so
 * an English and a Spanish copy never replace each other.
 */
export function pdfFileName(copy: PdfCopy, versionNumber: number, language: Language): string {
  const base: Record<PdfCopy, string> = {
    youth: `my-plan-v${versionNumber}`,
    discreet: "notes",
    card: "card",
    adult: `shared-v${versionNumber}`,
    provider: `plan-v${versionNumber}-provider`,
  };
  return `${base[copy]}-${language}.pdf`;
}

/**
 * Content-Disposition for a download: an ASCII file name for old clients and the exact UTF-8 name
 * as RFC 5987 `filename*`. Nothing of the name can break out of the header.
 */
export function attachmentHeader(fileName: string): string {
  const clean = fileName.replace(/[\u0000-\u001f\u007f"\\/]/g, "").replace(/\s+/g, " ").trim() || "download.pdf";
  const ascii =
    clean
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/-+/g, "-")
      .replace(/^-|-(?=\.pdf$)/g, "") || "download.pdf";
  const encoded = encodeURIComponent(clean).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
