/**
 * The production HTTP server: serves the built assets and hands every other request to Remix.
 * Started by `npm start` (after `remix build`) with tsx. Listens on 127.0.0.1 unless HOST says
 * otherwise. On SIGTERM or SIGINT it stops taking connections, lets requests in flight finish,
 * closes the database and exits 0.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { closeDatabase } from "../utils/db.server";
import { createApp } from "./app.server";

const SHUTDOWN_GRACE_MS = 10_000;

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const build = (await import(pathToFileURL(resolve("build/index.js")).href)) as ServerBuild;

const app = createApp({ build, mode: process.env.NODE_ENV, trustProxy: process.env.TRUST_PROXY });

const server = app.listen(port, host, () => {
  console.log(`Safety Plan Builder is running at http://${host}:${port}`);
});

function shutdown(signal: string) {
  console.log(`${signal}: finishing requests in flight, then stopping.`);
  server.close(() => {
    closeDatabase();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    console.error("Requests still open after the grace period; stopping anyway.");
    closeDatabase();
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}

process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
