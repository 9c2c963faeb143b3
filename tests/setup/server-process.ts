import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { fetchOnOwnConnection } from "./own-connection";
import { enrolmentCode, nextLoginCode, rememberApp } from "./one-time-codes";
import { serverCommand } from "./server-command";

const REPO_ROOT = resolve(import.meta.dirname, "../..");

export type ServerProcess = {
  child: ChildProcess;
  baseUrl: string;
  /** Everything the server wrote to stderr so far. */
  stderr: () => string;
  /** Everything the server wrote to stdout and stderr so far, interleaved. */
  output: () => string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/**
 * Starts the real built server (`node <flags> build/server.mjs`, as `npm start` does after the
 * build: Express, helmet, origin checks, Remix) as its own process on
 * 127.0.0.1:port and the given database (by default this test file's own, from DATABASE_PATH),
 * so tests see the whole middleware stack and its output. Resolves once it says it is listening
 * and /healthz answers 200; rejects with the server's stderr if it exits first. The server is
 * killed if this process exits without stopping it. `nodeArgs` go before the server's own node
 * flags (a benchmark's `--cpu-prof`, which NODE_OPTIONS does not accept).
 */
export async function startServer(
  port: number,
  databasePath = process.env.DATABASE_PATH!,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, ...serverCommand(REPO_ROOT)], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: databasePath, SEED_DEMO: "0", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // A server left behind by a test run that was itself killed would answer the next run's requests.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  let stderr = "";
  let output = "";
  let listening = false;
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    output += chunk.toString();
  });
  child.stdout!.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes("is running at")) listening = true;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => {
      process.off("exit", killOnExit);
      done({ code, signal });
    }),
  );
  const server: ServerProcess = { child, baseUrl: `http://127.0.0.1:${port}`, stderr: () => stderr, output: () => output, exited };
  let ended = false;
  void exited.then(() => (ended = true));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (ended) throw new Error(`The server exited before answering: ${stderr}`);
    try {
      // Only our child's own "running" line proves the port is ours.
      if (listening && (await fetch(`${server.baseUrl}/healthz`)).status === 200) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`The server did not answer within 30 s: ${stderr}`);
}

/** Sends the signal and waits for the process to end. */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  return server.exited;
}

/**
 * Logs in through POST /login like a browser without JavaScript, through every step the login
 * asks for (a one-time code, enrolling an app: tests/setup/one-time-codes.ts plays the app);
 * returns the cookie of the ready session.
 */
export async function logIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
  // Each step on its own connection: a pooled one the server closed as idle would fail the login on a loaded machine.
  const post = (path: string, fields: Record<string, string>, cookie?: string) =>
    fetchOnOwnConnection(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, ...headers, ...(cookie ? { Cookie: cookie } : {}) },
      body: new URLSearchParams(fields).toString(),
    });
  let response = await post("/login", { email, password });
  let cookie: string | undefined;
  for (;;) {
    cookie = response.headers.get("set-cookie")?.split(";")[0] ?? cookie;
    if (!cookie || (response.status !== 302 && response.status !== 200)) throw new Error(`login failed with ${response.status}`);
    const location = response.headers.get("location") ?? "";
    await response.arrayBuffer();
    if (location.startsWith("/login/code")) {
      response = await post("/login/code", { code: nextLoginCode(email) }, cookie);
    } else if (location.startsWith("/account/two-factor")) {
      const page = await (await fetchOnOwnConnection(`${baseUrl}/account/two-factor`, { headers: { ...headers, Cookie: cookie } })).text();
      const key = /data-testid="totp-key">([A-Z2-7 ]+)</.exec(page)?.[1];
      if (!key) throw new Error("the enrolment page shows no key");
      const { code, step } = enrolmentCode(key);
      response = await post("/account/two-factor", { code }, cookie);
      const shown = await response.clone().text();
      rememberApp(email, key, [...shown.matchAll(/<li><code>([a-z2-7-]+)<\/code><\/li>/g)].map((m) => m[1]!), step);
    } else {
      return cookie;
    }
  }
}

/** POSTs a form (URL-encoded, fields in order) without following the redirect. */
export function postForm(baseUrl: string, path: string, fields: [string, string][], cookie: string) {
  return fetchOnOwnConnection(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The revision a form on this page carries (hidden input). */
export function revisionIn(html: string): number {
  const match = /name="revision" value="(\d+)"/.exec(html);
  if (!match) throw new Error("no revision field on the page");
  return Number(match[1]);
}
