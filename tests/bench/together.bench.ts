/**
 * Together-from-two-screens benchmark: `npm run bench:together` (remix build, then this file under tsx).
 *
 * Starts the built app (`node build/server.mjs`, as `npm start`) on a temporary SQLite file, makes
 * an account, 50 youth, and for each plan two live screens: the provider's session and a youth's
 * phone joined with a code (POST /join), each holding the plan's live stream open
 * (as EventSource asks for it: the laptop at GET /plans/<id>/together/events, the phone at its neutral
 * GET /j/e). Then, in two phases of the same
 * length, autocannon loads an ordinary page (the plan overview, 10 connections):
 *   idle — no streams open, no saves: the baseline;
 *   live — the 100 streams open, and a save every 100 ms (round robin over the plans, alternately
 *          from the laptop and the phone, into the together view's "Next time" section).
 * For each save it measures propagation: from sending the save to its `saved` event arriving on
 * the OTHER screen's stream. Targets: propagation p99 ≤ 1 s; overview p99 in "live" ≤ 1.5× "idle".
 * Prints the figures, writes tests/.output/bench-together.json, stops the server, deletes the
 * database. A missed target is reported, not an error (exit 0); a failed set-up exits non-zero.
 *
 * The machine is shared (2 cores, the bench client on one of them): the figures move with
 * whatever else runs; the load average at the start is printed with them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { togetherAddresses } from "../../app/utils/together-addresses";
import { freePort } from "../setup/free-port";
import { serverCommand } from "../setup/server-command";

interface AcResult {
  latency: { p50: number; p99: number };
  requests: { average: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string>; timeout?: number }) => Promise<AcResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const HOST = "127.0.0.1";
const PLANS = 50;
const SAVE_EVERY_MS = 100;
const PHASE_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const TARGET_PROPAGATION_P99_MS = 1000;
const TARGET_PAGE_RATIO = 1.5;
const OUTPUT_FILE = join(ROOT, "tests/.output/bench-together.json");
const FORM_TYPE = "application/x-www-form-urlencoded";

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

let server: ChildProcess | undefined;

async function startServer(port: number, databasePath: string, logDir: string): Promise<string> {
  const out = openSync(join(logDir, "server.out.log"), "a");
  const err = openSync(join(logDir, "server.err.log"), "a");
  server = spawn(process.execPath, serverCommand(ROOT), {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST, DATABASE_PATH: databasePath, SEED_DEMO: "0" },
    stdio: ["ignore", out, err],
  });
  closeSync(out);
  closeSync(err);
  const base = `http://${HOST}:${port}`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(100)) {
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) return base;
    } catch {
      // not listening yet
    }
  }
  throw new Error("the server did not start");
}

async function stopServer() {
  const child = server;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  await Promise.race([exited, sleep(10_000).then(() => child.kill("SIGKILL"))]);
}

interface Screen {
  cookie: string;
  /** Where this screen saves "Next time": the laptop names the plan and section, the phone numbers the section. */
  savesTo: string;
  /** When each revision's `saved` event arrived on this screen's stream. */
  arrivals: Map<number, number>;
  /** Whoever waits for a revision's arrival (no polling: the bench client shares the CPU with the server). */
  waiting: Map<number, (at: number) => void>;
  close: () => void;
}

/** When the revision's `saved` event arrives on the screen, or undefined after 5 s. */
function arrivalOf(screen: Screen, revision: number): Promise<number | undefined> {
  const at = screen.arrivals.get(revision);
  if (at !== undefined) return Promise.resolve(at);
  return new Promise((done) => {
    const timer = setTimeout(() => {
      screen.waiting.delete(revision);
      done(undefined);
    }, 5000);
    screen.waiting.set(revision, (arrived) => {
      clearTimeout(timer);
      done(arrived);
    });
  });
}

/** Opens a screen's live stream (at its addresses) as EventSource does and records when each `saved` event arrives. */
async function openStream(base: string, addresses: ReturnType<typeof togetherAddresses>, cookie: string): Promise<Screen> {
  const controller = new AbortController();
  const res = await fetch(`${base}${addresses.events}`, { headers: { Cookie: cookie, Accept: "text/event-stream" }, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`stream refused: HTTP ${res.status}`);
  const screen: Screen = { cookie, savesTo: addresses.section("follow-up"), arrivals: new Map(), waiting: new Map(), close: () => controller.abort() };
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffered += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffered.indexOf("\n\n")) >= 0) {
          const message = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const data = /^event: saved\ndata: (.*)$/m.exec(message)?.[1];
          if (!data) continue;
          const { revision } = JSON.parse(data) as { revision: number };
          const at = performance.now();
          screen.arrivals.set(revision, at);
          screen.waiting.get(revision)?.(at);
          screen.waiting.delete(revision);
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
  return screen;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "spb-bench-together-"));
  try {
    const databasePath = join(dir, "bench.db");
    const base = await startServer(await freePort(), databasePath, dir);
    const email = "bench@bench.local";
    const password = `bench ${Date.now()} password`;
    const created = spawnSync("npm", ["run", "--silent", "user:create", "--", "--agency", "Bench", "--new-agency", "--email", email, "--name", "Bench", "--role", "provider"], {
      cwd: ROOT,
      env: { ...process.env, NEW_USER_PASSWORD: password, DATABASE_PATH: databasePath },
      encoding: "utf8",
    });
    if (created.status !== 0) throw new Error(`user:create failed: ${created.stderr}`);
    const login = await fetch(`${base}/login`, { method: "POST", headers: { "Content-Type": FORM_TYPE }, body: form({ email, password }), redirect: "manual" });
    const laptop = cookiesOf(login);

    const plans: { planId: string; revision: number; screens: [Screen, Screen] | undefined }[] = [];
    for (let i = 0; i < PLANS; i++) {
      const youth = await fetch(`${base}/youth/new`, { method: "POST", headers: { "Content-Type": FORM_TYPE, Cookie: laptop }, body: form({ chosenName: `Youth ${i}`, preferredLanguage: "en" }), redirect: "manual" });
      const planId = /^\/plans\/([^/?#]+)$/.exec(youth.headers.get("location") ?? "")?.[1];
      if (!planId) throw new Error(`creating a youth failed: HTTP ${youth.status}`);
      const page = await (await fetch(`${base}/plans/${planId}/together/follow-up`, { headers: { Cookie: laptop } })).text();
      const revision = Number(/name="revision" value="(\d+)"/.exec(page)?.[1]);
      plans.push({ planId, revision, screens: undefined });
    }
    const overview = `${base}/plans/${plans[0]!.planId}`;
    const loadAtStart = loadavg()[0]!.toFixed(2);

    // Warm-up, then the baseline with no live screen at all.
    await autocannon({ url: overview, connections: 10, duration: 3, headers: { Cookie: laptop } });
    const idle = await autocannon({ url: overview, connections: 10, duration: PHASE_SECONDS, headers: { Cookie: laptop }, timeout: 10 });

    // Two live screens per plan: the laptop's session and a phone joined with a code.
    for (const plan of plans) {
      const invite = await (await fetch(`${base}/plans/${plan.planId}/together`, { method: "POST", headers: { "Content-Type": FORM_TYPE, Cookie: laptop }, body: form({ intent: "invite" }) })).text();
      const code = /data-testid="join-code">([A-Z0-9 ]+)</.exec(invite)?.[1];
      if (!code) throw new Error("no join code on the page");
      const joined = await fetch(`${base}/join`, { method: "POST", headers: { "Content-Type": FORM_TYPE }, body: form({ checked: "1", code }), redirect: "manual" });
      if (joined.status !== 302) throw new Error(`joining failed: HTTP ${joined.status}`);
      plan.screens = [await openStream(base, togetherAddresses({ planId: plan.planId }), laptop), await openStream(base, togetherAddresses("device"), cookiesOf(joined))];
    }

    // Saves, round robin, alternately from each screen, while the page is loaded again.
    const propagation: number[] = [];
    let missed = 0;
    let saves = 0;
    let running = true;
    const saving = (async () => {
      const inFlight: Promise<void>[] = [];
      for (let n = 0; running; n++) {
        const plan = plans[n % PLANS]!;
        const [from, to] = n % 2 === 0 ? plan.screens! : [plan.screens![1], plan.screens![0]];
        inFlight.push(
          (async () => {
            const sent = performance.now();
            const res = await fetch(`${base}${from.savesTo}`, {
              method: "POST",
              headers: { "Content-Type": FORM_TYPE, Cookie: from.cookie },
              body: form({ revision: String(plan.revision), nextMeeting: "", checkOn: `check ${n}` }),
              redirect: "manual",
            });
            await res.arrayBuffer();
            if (res.status !== 302) return;
            plan.revision += 1;
            saves += 1;
            const at = await arrivalOf(to, plan.revision);
            if (at === undefined) missed += 1;
            else propagation.push(at - sent);
          })(),
        );
        await sleep(SAVE_EVERY_MS);
      }
      await Promise.all(inFlight);
    })();
    const live = await autocannon({ url: overview, connections: 10, duration: PHASE_SECONDS, headers: { Cookie: laptop }, timeout: 10 });
    running = false;
    await saving;
    for (const plan of plans) for (const screen of plan.screens!) screen.close();

    const results = {
      plans: PLANS,
      liveScreens: PLANS * 2,
      loadAverageAtStart: Number(loadAtStart),
      saves,
      missed,
      propagationMs: { p50: percentile(propagation, 50), p99: percentile(propagation, 99), max: Math.max(...propagation) },
      overviewIdle: { p50: idle.latency.p50, p99: idle.latency.p99, reqPerSec: idle.requests.average, errors: idle.errors + idle.non2xx },
      overviewLive: { p50: live.latency.p50, p99: live.latency.p99, reqPerSec: live.requests.average, errors: live.errors + live.non2xx },
    };
    const ratio = live.latency.p99 / idle.latency.p99;
    console.log(JSON.stringify(results, null, 2));
    console.log(
      `save propagation p99 ${results.propagationMs.p99.toFixed(0)} ms (target ≤ ${TARGET_PROPAGATION_P99_MS}): ${results.propagationMs.p99 <= TARGET_PROPAGATION_P99_MS && missed === 0 ? "met" : "MISSED"}`,
    );
    console.log(`overview p99 live ÷ idle ${ratio.toFixed(2)} (target ≤ ${TARGET_PAGE_RATIO}): ${ratio <= TARGET_PAGE_RATIO ? "met" : "MISSED"}`);
    mkdirSync(join(ROOT, "tests/.output"), { recursive: true });
    writeFileSync(OUTPUT_FILE, JSON.stringify({ ...results, pageRatio: ratio }, null, 2));
  } finally {
    await stopServer();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopServer();
  process.exit(1);
});
