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

declare global {
  // One pool per process, across the dev server's module reloads.
  var __pdfPool: Piscina | undefined;
}

function pool(): Piscina {
  globalThis.__pdfPool ??= new Piscina({
    filename: workerFile(),
    workerData: { renderer: bundledRenderer() },
    minThreads: THREADS,
    maxThreads: THREADS,
    idleTimeout: Infinity,
    maxQueue: MAX_QUEUE,
    // A hostile plan cannot take the whole server's memory with it.
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  return globalThis.__pdfPool;
}

const cache = new Map<string, Uint8Array>();
let cachedBytes = 0;
const inFlight = new Map<string, Promise<Uint8Array>>();
const counters = { renders: 0, cacheHits: 0, shared: 0 };

const keyOf = (k: PdfKey) => `${k.planId}|${k.versionNumber}|${k.copy}|${k.language}`;

function remember(key: string, bytes: Uint8Array): void {
  if (bytes.byteLength > CACHE_LIMIT) return;
  cache.set(key, bytes);
  cachedBytes += bytes.byteLength;
  // Least recently used first: a Map iterates in insertion order, and a hit re-inserts.
  for (const [oldKey, old] of cache) {
    if (cachedBytes <= CACHE_LIMIT) break;
    cache.delete(oldKey);
    cachedBytes -= old.byteLength;
  }
}

/** Renders in a worker thread, bypassing the cache. */
export async function renderInWorker(input: PdfInput): Promise<Uint8Array> {
  const p = pool();
  if (p.queueSize >= MAX_QUEUE) throw new PdfBusyError("Too many PDFs are being made right now.");
  counters.renders += 1;
  const result: unknown = await p.run(input, { signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) });
  if (!(result instanceof Uint8Array)) throw new Error("the PDF worker returned no bytes");
  return result;
}

/**
 * The PDF for a key: from the cache, from a render already under way, or rendered now from the
 * input that `load` gives (called only when a render is needed).
 */
export async function getPdf(key: PdfKey, load: () => PdfInput): Promise<Uint8Array> {
  const k = keyOf(key);
  const hit = cache.get(k);
  if (hit) {
    counters.cacheHits += 1;
    cache.delete(k);
    cache.set(k, hit);
    return hit;
  }
  const running = inFlight.get(k);
  if (running) {
    counters.shared += 1;
    return running;
  }
  const render = (async () => renderInWorker(load()))();
  inFlight.set(k, render);
  try {
    const bytes = await render;
    if (CACHE_LIMIT > 0) remember(k, bytes);
    return bytes;
  } finally {
    inFlight.delete(k);
  }
}

/** Drops a plan's cached PDFs (for a plan whose records are deleted). */
export function forgetPlanPdfs(planId: string): void {
  for (const [k, bytes] of cache) {
    if (k.startsWith(`${planId}|`)) {
      cache.delete(k);
      cachedBytes -= bytes.byteLength;
    }
  }
}

/** Starts the worker threads and loads fonts and templates in each, so a first PDF is not slow. */
export async function warmUpPdfWorkers(): Promise<void> {
  const p = pool();
  await Promise.all(Array.from({ length: THREADS }, () => p.run(null, { name: "warm" })));
}

export function pdfStats() {
  return { ...counters, cachedPdfs: cache.size, cachedBytes, threads: THREADS };
}

/** Test helper: empties the cache and counters. */
export function resetPdfCache(): void {
  cache.clear();
  cachedBytes = 0;
  counters.renders = counters.cacheHits = counters.shared = 0;
}

/** Ends the worker threads (tests, benchmarks, shutdown). */
export async function closePdfWorkers(): Promise<void> {
  const p = globalThis.__pdfPool;
  globalThis.__pdfPool = undefined;
  await p?.destroy();
}

// The server warms the workers as it starts (the route module is part of the server build);
// tests start them on first use.
if (process.env.NODE_ENV !== "test" && !process.env.VITEST) {
  setImmediate(() => {
    warmUpPdfWorkers().catch((error: unknown) =>
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
