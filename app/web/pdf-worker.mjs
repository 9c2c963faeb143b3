// A PDF worker thread of the pool in pdf.server.ts. A plain .mjs file so it loads the same way
// from the sources (vitest, tsx) and from the built server (build/index.js). The built server
// hands it the PDF templates bundled into plain JavaScript at build time (workerData.renderer,
// build/pdf/render.mjs); from the sources it imports the TypeScript templates through tsx, which
// costs this thread ~35 MB more and an esbuild service process. @react-pdf/renderer (ESM-only)
// always comes from node_modules.
import { readFileSync, readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { move, workerData } from "piscina";

// Rendering is batch work: on Linux this thread takes a lower CPU priority (nice 10), so when
// cores are short the scheduler serves page requests on the main thread first. (/proc/thread-self
// names this thread's id; setpriority on a thread id changes that thread only.) Elsewhere, no-op.
try {
  const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
} catch {
  // not Linux, or not allowed: keep the default priority
}

const { renderPlanPdf, warmUp } = workerData?.renderer
  ? await import(workerData.renderer)
  : await (await import("tsx/esm/api")).tsImport("../../templates/pdf/render.tsx", {
      parentURL: import.meta.url,
      tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)),
    });

/** Renders one copy; the bytes are moved to the main thread, not copied. */
export default async function render(input) {
  const bytes = await renderPlanPdf(input);
  return move(new Uint8Array(bytes));
}

/** Loads fonts and renders once, so the first real render is warm. */
export async function warm() {
  await warmUp();
}

/** For the benchmark: this worker's V8 heap after a full garbage collection. */
export function heap() {
  setFlagsFromString("--expose-gc");
  runInNewContext("gc")();
  const stats = getHeapStatistics();
  return { usedHeapSize: stats.used_heap_size, totalHeapSize: stats.total_heap_size };
}

/**
 * For the benchmark: the CPU time this thread has used so far, in ms (Linux: the scheduler's
 * nanosecond count in /proc/thread-self/schedstat; elsewhere undefined).
 */
export function cpu() {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
  } catch {
    return undefined;
  }
}
