/**
 * The production HTTP server: serves the built assets and hands every other request to Remix.
 * `npm run build` bundles it into build/server.mjs, which `npm start` runs with plain node (no
 * TypeScript loader in production). Listens on 127.0.0.1 unless HOST says otherwise.
 *
 * On start it takes the database's server lock, then opens the database (migrating it in one
 * transaction); if the file is unreadable, in use by another server or newer than this code it
 * says why and exits 1. Once it listens it checks the whole file (quick_check) in a worker thread:
 * if the file is damaged it says why, stops as on SIGTERM and exits 1 (decision 013). On SIGTERM
 * or SIGINT it stops taking connections, lets requests in flight finish, closes the database and
 * exits 0.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { DatabaseUnusableError, databasePathFromEnv, failedIntegrityCheck } from "../../db/client";
import { quickCheckOffThread } from "../../db/integrity-check";
import { holdServerLock } from "../../db/server-lock";
import { createApp } from "./app.server";
import { endLiveStreams } from "../web/plan-events.server";

// Production unless told otherwise: React and Remix then send no development details or stacks.
process.env.NODE_ENV ??= "production";

const SHUTDOWN_GRACE_MS = 10_000;

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

let closeDatabase: () => void;
// Kept in a module variable: the lock lives as long as its connection object does.
let releaseServerLock: () => void;
globalThis.__serverChecksIntegrity = true;
try {
  releaseServerLock = holdServerLock(databasePathFromEnv(), `server (pid ${process.pid})`);
  ({ closeDatabase } = await import("../models/db.server"));
} catch (error) {
  if (!(error instanceof DatabaseUnusableError)) throw error;
  console.error(`Not starting: ${error.message}`);
  process.exit(1);
}
const build = (await import(pathToFileURL(resolve("build/index.js")).href)) as ServerBuild;
const { isSignedIn } = await import("../web/auth.server");

const app = createApp({ build, trustProxy: process.env.TRUST_PROXY, isSignedIn });

const server = app.listen(port, host, () => {
  console.log(`Safety Plan Builder is running at http://${host}:${port}`);
});

// The whole file is checked while the server already answers: a damaged page stops the server.
const checkStarted = Date.now();
quickCheckOffThread(databasePathFromEnv()).then(
  (problems) => {
    if (problems.length === 0) {
      console.log(`Database check (quick_check) passed in ${Date.now() - checkStarted} ms.`);
      return;
    }
    console.error(`Stopping: ${failedIntegrityCheck(databasePathFromEnv(), problems).message}`);
    shutdown("integrity check", 1);
  },
  (error: unknown) => {
    console.error(`Stopping: the database's integrity check could not run (${error instanceof Error ? error.message : "error"}).`);
    shutdown("integrity check", 1);
  },
);

function shutdown(reason: string, exitCode = 0) {
  console.log(`${reason}: finishing requests in flight, then stopping.`);
  // The together view's live streams stay open until told: end them, browsers reconnect later.
  endLiveStreams();
  server.close(() => {
    closeDatabase();
    releaseServerLock();
    process.exit(exitCode);
  });
  // Keep-alive connections become idle as their last answers go out: close them as they do.
  setInterval(() => server.closeIdleConnections(), 100).unref();
  server.closeIdleConnections();
  setTimeout(() => {
    console.error("Requests still open after the grace period; stopping anyway.");
    closeDatabase();
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}

process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
