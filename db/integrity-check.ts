import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/*
 * PRAGMA quick_check reads every page of the file: about 2 s of CPU and I/O on a county-sized
 * database (600 MB), 7.5 s with a cold page cache. Run on the server's own connection at start it
 * held the start-up that long (issue 13: start-up ≤ 1.5 s); run here it takes a read-only
 * connection of its own in a worker thread, so the event loop serves pages meanwhile.
 */

// The worker is given as source text: it needs nothing but better-sqlite3, resolved from here,
// and so needs no file of its own in the server build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.betterSqlite3);
let problems;
try {
  const sqlite = new Database(workerData.filePath, { readonly: true, fileMustExist: true });
  try {
    problems = sqlite.pragma("quick_check").map((row) => row.quick_check).filter((line) => line !== "ok");
  } finally {
    sqlite.close();
  }
} catch (error) {
  problems = [String(error && error.message ? error.message : error)];
}
parentPort.postMessage(problems);
`;

/** What `PRAGMA quick_check` finds wrong with the file (empty when it says ok), checked in a worker thread. */
export function quickCheckOffThread(filePath: string): Promise<string[]> {
  const betterSqlite3 = createRequire(import.meta.url).resolve("better-sqlite3");
  return new Promise((done, fail) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { filePath, betterSqlite3 } });
    worker.once("message", (problems: string[]) => {
      done(problems);
      void worker.terminate();
    });
    worker.once("error", fail);
  });
}
