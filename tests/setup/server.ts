import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { serverCommand } from "./server-command";

/**
 * The real server (app/server/start.server.ts bundled as build/server.mjs, as `npm start` runs
 * it: Express, helmet, origin check, Remix) as its own
 * process on this test file's SQLite file, so tests see the whole middleware stack and its output.
 * Each test file passes a port of its own (freePort).
 */
export async function startServer(port: number, env: Record<string, string> = {}) {
  let output = "";
  const child = spawn(process.execPath, serverCommand(), {
    cwd: resolve("."),
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", SEED_DEMO: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${output}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      if (tries > 150) throw new Error(`server did not start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    output: () => output,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}

export interface AppRoute {
  id: string;
  /** The full URL pattern, e.g. /plans/:planId/versions/:number/pdf */
  pattern: string;
  hasLoader: boolean;
  hasAction: boolean;
}

/** Every route of the built app, read from its route manifest: a new route is covered without editing a test. */
export async function appRoutes(): Promise<AppRoute[]> {
  const build = (await import(pathToFileURL(resolve("build/index.js")).href)) as ServerBuild;
  const fullPath = (id: string): string => {
    const route = build.routes[id]!;
    const parent = route.parentId ? fullPath(route.parentId) : "";
    return route.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent || "/";
  };
  return Object.values(build.routes)
    .filter((r) => r.id !== "root")
    .map((r) => ({ id: r.id, pattern: fullPath(r.id), hasLoader: Boolean(r.module.loader), hasAction: Boolean(r.module.action) }));
}

/**
 * A route's URL with its params filled from `values` by name; an unknown param gets `fallback`
 * (a real record id), so a route added later is still walked against a real record.
 */
export function fillParams(pattern: string, values: Record<string, string>, fallback: string): string {
  return pattern.replace(/:([A-Za-z0-9_]+)\??/g, (_, name: string) => values[name] ?? fallback).replace(/\/\*$/, "/x");
}

/** Logs in through the server's login form; returns the session cookie. */
export async function logIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, ...headers },
    body: new URLSearchParams({ email, password }),
  });
  const cookie = response.headers.get("set-cookie");
  if (response.status !== 302 || !cookie) throw new Error(`login failed: ${response.status}`);
  return cookie.split(";")[0]!;
}
