/**
 * County-scale benchmark (issue 13): `npm run bench:scale` (build, then this file under tsx).
 *
 * Seeds the big database (tests/bench/scale-seed.ts: 10,000 youth in one agency, 200 providers,
 * 8 supervisors, 100,000 versions with one plan of 1,000, 91,000 follow-ups, 1,000,000 audit rows,
 * three small agencies) into tests/.output/ (kept out of git; reused by the next run, `--reseed`
 * makes it again), starts the real server (tests/setup/server-process.ts) on it and another on a
 * fresh demo database, and measures every page the issue lists (and "Find by name", posted, at its
 * worst: a name no one has, so every name the actor may list is read), one client per server, the big
 * and the fresh server's requests taken in turns so that the machine's other load falls on both
 * alike: p50, p99, bytes on the wire (the client asks for br and gzip as browsers do) and bytes
 * of HTML, and each server's CPU per request (utime + stime from /proc), then prints one table,
 * big against fresh, with the ratio of p50s. Also reports start-up time (spawn to /healthz, the
 * big file's page cache dropped first when the OS lets us) and the big server's peak RSS (VmHWM).
 *
 * Then the stall check of issue 13 on the big server: an ordinary page (plan overview) one request
 * after another, idle, and again while a second client loads the heaviest page (the one with the
 * most server CPU per request in the table) in a loop: p50 and p99 of both and their ratio
 * (target: loaded p99 ≤ 2× idle p99).
 *
 * `-- --ceiling` seeds and measures the 10× database (100,000 youth, 1,000,000 versions,
 * 10,000,000 audit rows) instead of the big one. SCALE_REQUESTS sets the requests per page
 * (default 40; every page is first warmed with 10 requests on both servers, then 3 more before its own), SCALE_PAGES a comma-separated list of page names to measure only those, SCALE_STALL_REQUESTS those of the stall check (1,000 a series: a p99 of 200 was the second-slowest request, and moved by 2× run to run),
 * BENCH_SERVER_NODE_ARGS extra node flags for both servers (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 *
 * The machine is shared: latencies move with other load; CPU per request moves much less.
 * Results go to tests/.output/scale-bench.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { MIGRATIONS_FOLDER, openDatabase } from "../../db/client";
import { freePort } from "../setup/free-port";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { BIG, CEILING, SEED_PASSWORD, bigIds, seedScale } from "./scale-seed";

const ROOT = resolve(import.meta.dirname, "../..");
const OUTPUT = join(ROOT, "tests/.output");
const args = new Set(process.argv.slice(2));
const ceiling = args.has("--ceiling");
const REQUESTS = Number(process.env.SCALE_REQUESTS ?? 40);
const STALL_REQUESTS = Number(process.env.SCALE_STALL_REQUESTS ?? 1000);
const WARMUP = 10;
/** SCALE_PAGES="supervisor dashboard,what-helped" measures those pages only (names as in the table). */
const ONLY_PAGES = process.env.SCALE_PAGES?.split(",").map((name) => name.trim());

type Role = "provider" | "supervisor" | "admin";
interface Ids {
  planId: string;
  youthId: string;
  latestVersion: number;
  email: Record<Role, string>;
  password: Record<Role, string>;
}
interface PageSpec {
  name: string;
  role: Role;
  path: (ids: Ids) => string;
  /** A form posted to the page (urlencoded) instead of a GET. */
  form?: string;
}

const PAGES: PageSpec[] = [
  { name: "supervisor dashboard", role: "supervisor", path: () => "/dashboard" },
  { name: "overdue follow-ups (whole list)", role: "supervisor", path: () => "/follow-ups/overdue" },
  { name: "provider dashboard", role: "provider", path: () => "/dashboard" },
  { name: "admin records", role: "admin", path: () => "/admin/records" },
  { name: "accounts", role: "admin", path: () => "/admin" },
  { name: "audit history", role: "supervisor", path: (ids) => `/youth/${ids.youthId}/audit` },
  { name: "flagged queue", role: "supervisor", path: () => "/review" },
  { name: "plan overview", role: "provider", path: (ids) => `/plans/${ids.planId}` },
  { name: "versions list", role: "provider", path: (ids) => `/plans/${ids.planId}/versions` },
  { name: "version page (latest)", role: "provider", path: (ids) => `/plans/${ids.planId}/versions/${ids.latestVersion}` },
  { name: "what-helped", role: "provider", path: (ids) => `/plans/${ids.planId}/what-helped` },
  { name: "compare", role: "provider", path: (ids) => `/plans/${ids.planId}/versions/compare` },
  // A name no youth has: the search reads every name the actor may list, its worst case.
  { name: "find by name, supervisor (no match)", role: "supervisor", path: () => "/dashboard", form: "name=zz-no-such-name" },
  { name: "find by name, admin (no match)", role: "admin", path: () => "/admin/records", form: "name=zz-no-such-name" },
];

interface Measured {
  page: string;
  status: number;
  p50: number;
  p99: number;
  wireBytes: number;
  htmlBytes: number;
  encoding: string;
  cpuMsPerRequest: number | null;
}

function cpuMs(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return null;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime are fields 14 and 15 of /proc/pid/stat, in clock ticks (100 a second here).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function peakRssMb(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return null;
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : null;
}

/** One GET (or, with `form`, one form post) as a browser sends it (br and gzip accepted); the body is counted as it came over the wire. */
function get(baseUrl: string, path: string, cookie: string, form?: string): Promise<{ status: number; ms: number; wire: number; encoding: string; html: number }> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const headers = { Cookie: cookie, "Accept-Encoding": "br, gzip", Accept: "text/html", ...(form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) };
    const req = httpRequest(`${baseUrl}${path}`, { method: form ? "POST" : "GET", headers }, (res) => {
      let wire = 0;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => {
        wire += chunk.length;
        chunks.push(chunk);
      });
      res.on("end", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const encoding = String(res.headers["content-encoding"] ?? "identity");
        done({ status: res.statusCode ?? 0, ms, wire, encoding, html: decodedLength(Buffer.concat(chunks), encoding) });
      });
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end(form);
  });
}

function decodedLength(body: Buffer, encoding: string): number {
  if (encoding === "br") return brotliDecompressSync(body).length;
  if (encoding === "gzip") return gunzipSync(body).length;
  return body.length;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

interface Target {
  label: string;
  server: ServerProcess;
  ids: Ids;
  cookies: Map<Role, string>;
}

/**
 * Logs each role in. The supervisor and admin enrol an authenticator app at their first login;
 * for the reused big file its keys are kept in `totpStateFile` (tests/setup/one-time-codes.ts), so
 * the next run logs in with them.
 */
async function signIn(server: ServerProcess, ids: Ids, totpStateFile?: string): Promise<Map<Role, string>> {
  if (totpStateFile) process.env.E2E_TOTP_STATE = totpStateFile;
  else delete process.env.E2E_TOTP_STATE;
  const cookies = new Map<Role, string>();
  for (const role of ["provider", "supervisor", "admin"] as const) cookies.set(role, await logIn(server.baseUrl, ids.email[role], ids.password[role]));
  return cookies;
}

function summary(page: string, times: number[], last: Awaited<ReturnType<typeof get>>, cpu: number | null): Measured {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    page,
    status: last.status,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    wireBytes: last.wire,
    htmlBytes: last.html,
    encoding: last.encoding,
    cpuMsPerRequest: cpu === null ? null : round(cpu / times.length),
  };
}

/**
 * Waits (at most 30 s) until no server uses more than 5% of a core over half a second: the PDF
 * workers warm up after a start, and their CPU counted against the first page measured on one
 * server and not the other made that page's figures a matter of timing.
 */
async function settle(targets: Target[]) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const before = targets.map((t) => cpuMs(t.server.child.pid) ?? 0);
    await new Promise((done) => setTimeout(done, 500));
    if (targets.every((t, i) => (cpuMs(t.server.child.pid) ?? 0) - before[i]! <= 25)) return;
  }
  console.log("the servers did not settle within 30 s; measuring anyway");
}

/** Every page on both servers, their requests in turns (big, fresh, big, …), each server's CPU counted on its own. */
async function measurePages(targets: Target[]): Promise<Map<string, Measured[]>> {
  const pages = PAGES.filter((p) => !ONLY_PAGES || ONLY_PAGES.includes(p.name));
  // Every page warmed on both servers before any is measured: a server's first minute of pages
  // (its code compiled, its file's pages read) fell on whichever pages came first in the table.
  for (const page of pages) for (const t of targets) for (let i = 0; i < WARMUP; i++) await get(t.server.baseUrl, page.path(t.ids), t.cookies.get(page.role)!, page.form);
  await settle(targets);
  const results = new Map<string, Measured[]>(targets.map((t) => [t.label, []]));
  for (const page of pages) {
    const runs = targets.map((t) => ({ t, path: page.path(t.ids), cookie: t.cookies.get(page.role)!, times: [] as number[], cpu: 0, last: undefined as Awaited<ReturnType<typeof get>> | undefined }));
    for (const r of runs) for (let i = 0; i < 3; i++) await get(r.t.server.baseUrl, r.path, r.cookie, page.form);
    for (let i = 0; i < REQUESTS; i++) {
      for (const r of runs) {
        const before = cpuMs(r.t.server.child.pid);
        r.last = await get(r.t.server.baseUrl, r.path, r.cookie, page.form);
        const after = cpuMs(r.t.server.child.pid);
        r.times.push(r.last.ms);
        r.cpu += before !== null && after !== null ? after - before : NaN;
      }
    }
    for (const r of runs) results.get(r.t.label)!.push(summary(page.name, r.times, r.last!, Number.isNaN(r.cpu) ? null : r.cpu));
    process.stdout.write(`  ${page.name}: ${runs.map((r) => `${r.t.label} ${results.get(r.t.label)!.at(-1)!.p50} ms`).join(", ")}\n`);
  }
  return results;
}

/**
 * The stall check: the plan overview, one request after another, idle and then while another
 * client loads `heavy` in a loop on the same server.
 */
async function measureStall(target: Target, heavy: PageSpec, requests: number) {
  const ordinary = PAGES.find((p) => p.name === "plan overview")!;
  const path = ordinary.path(target.ids);
  const cookie = target.cookies.get(ordinary.role)!;
  const series = async (label: string) => {
    const times: number[] = [];
    let last = await get(target.server.baseUrl, path, cookie);
    for (let i = 0; i < requests; i++) {
      last = await get(target.server.baseUrl, path, cookie);
      times.push(last.ms);
    }
    return summary(label, times, last, null);
  };
  const idle = await series("idle");
  let loading = true;
  let heavyDone = 0;
  const heavyPath = heavy.path(target.ids);
  const heavyCookie = target.cookies.get(heavy.role)!;
  const heavyLoop = (async () => {
    while (loading) {
      await get(target.server.baseUrl, heavyPath, heavyCookie, heavy.form);
      heavyDone += 1;
    }
  })();
  const loaded = await series(`while ${heavy.name} loads`);
  loading = false;
  await heavyLoop;
  return { ordinary: ordinary.name, heavy: heavy.name, heavyRequests: heavyDone, idle, loaded, p99Ratio: round(loaded.p99 / idle.p99) };
}

/** Drops the file's pages from the OS cache, so a start-up reads it from disk as after a reboot (best effort). */
function dropFromPageCache(file: string) {
  spawnSync("dd", [`if=${file}`, "iflag=nocache", "count=0", "status=none"]);
  spawnSync("dd", [`of=${file}`, "oflag=nocache", "conv=notrunc,fdatasync", "count=0", "status=none"]);
}

const round = (n: number) => Math.round(n * 10) / 10;
const kb = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`);

function idsIn(file: string, override: Partial<Ids> = {}): Ids {
  const sqlite = new Database(file, { readonly: true });
  try {
    const plan = sqlite
      .prepare(
        `select p.id as planId, p.youth_id as youthId, (select max(number) from plan_versions v where v.plan_id = p.id) as latestVersion
         from plans p order by (select count(*) from plan_versions v where v.plan_id = p.id) desc limit 1`,
      )
      .get() as { planId: string; youthId: string; latestVersion: number };
    return { ...plan, email: { provider: "", supervisor: "", admin: "" }, password: { provider: "", supervisor: "", admin: "" }, ...override };
  } finally {
    sqlite.close();
  }
}

/**
 * Starts a server and waits, beyond its first answer, for its whole-file check (run in a worker
 * thread of the same process) to pass, so that check's CPU is not counted against the pages.
 */
async function start(label: string, file: string, env: Record<string, string>) {
  const started = Date.now();
  const server = await startServer(await freePort(), file, env, SERVER_NODE_ARGS);
  const startupMs = Date.now() - started;
  const startupCpuMs = cpuMs(server.child.pid);
  let checked: RegExpExecArray | null = null;
  while (!(checked = /Database check \(quick_check\) passed in (\d+) ms/.exec(server.output()))) await new Promise((done) => setTimeout(done, 100));
  const checkMs = Number(checked[1]);
  console.log(`${label}: answering in ${startupMs} ms (server CPU ${startupCpuMs} ms); whole-file check passed ${checkMs} ms after it listened`);
  return { server, startupMs, startupCpuMs, checkMs };
}

/** The server's resident memory now (VmRSS), in MB. */
function rssMb(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return null;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : null;
}

/**
 * Extra node flags for the servers under test, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof";
 * BENCH_SERVER_OUTPUT=<folder> keeps what each server printed (big.log, fresh.log).
 */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);

async function main() {
  mkdirSync(OUTPUT, { recursive: true });
  const size = ceiling ? CEILING : BIG;
  const bigFile = join(OUTPUT, ceiling ? "scale-ceiling.db" : "scale-big.db");
  if (args.has("--reseed") || !existsSync(bigFile)) {
    for (const suffix of ["", "-wal", "-shm", ".totp.json"]) rmSync(bigFile + suffix, { force: true });
    const t = Date.now();
    console.log(`seeding ${bigFile} …`);
    await seedScale(bigFile, size, (line) => console.log(`  ${line}`));
    console.log(`seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(`load average at start: ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  const bigLabel = ceiling ? "ceiling" : "big";
  // Migrations this file has not had yet run once, here, so that start-up measures a start.
  const migrating = Date.now();
  openDatabase(bigFile, MIGRATIONS_FOLDER, { quickCheck: false }).$client.close();
  console.log(`migrations brought up to date in ${Date.now() - migrating} ms`);
  const bigIdsInFile = idsIn(bigFile, { planId: bigIds.longPlan, youthId: bigIds.longYouth });
  dropFromPageCache(bigFile);
  const big = await start(bigLabel, bigFile, {});
  const freshFile = join(tmpdir(), `spb-scale-fresh-${process.pid}.db`);
  let fresh: Awaited<ReturnType<typeof start>> | undefined;
  try {
    fresh = await start("fresh", freshFile, { SEED_DEMO: "1" });
    const accounts = [...fresh.server.output().matchAll(/^\s+(\S+@demo\.local) \/ (\S+)$/gm)];
    const find = (role: Role) => accounts.find((m) => m[1]!.startsWith(role)) ?? [];
    const freshIds: Ids = {
      ...idsIn(freshFile),
      email: { provider: find("provider")[1]!, supervisor: find("supervisor")[1]!, admin: find("admin")[1]! },
      password: { provider: find("provider")[2]!, supervisor: find("supervisor")[2]!, admin: find("admin")[2]! },
    };
    const seeded = (role: Role) => bigIds.email(role);
    const bigTargetIds: Ids = {
      ...bigIdsInFile,
      email: { provider: seeded("provider"), supervisor: seeded("supervisor"), admin: seeded("admin") },
      password: { provider: SEED_PASSWORD, supervisor: SEED_PASSWORD, admin: SEED_PASSWORD },
    };
    const targets: Target[] = [
      { label: bigLabel, server: big.server, ids: bigTargetIds, cookies: await signIn(big.server, bigTargetIds, `${bigFile}.totp.json`) },
      { label: "fresh", server: fresh.server, ids: freshIds, cookies: await signIn(fresh.server, freshIds) },
    ];
    // Resident memory sampled through the page walk (after the logins, whose scrypt takes 128 MB for a moment).
    let walkRssMb = 0;
    const sampler = setInterval(() => (walkRssMb = Math.max(walkRssMb, rssMb(big.server.child.pid) ?? 0)), 50);
    const pages = await measurePages(targets);
    clearInterval(sampler);
    const bigPages = pages.get(bigLabel)!;
    const freshPages = pages.get("fresh")!;
    const heaviest = [...bigPages].sort((a, b) => (b.cpuMsPerRequest ?? 0) - (a.cpuMsPerRequest ?? 0))[0]!;
    console.log(`stall check on ${bigLabel}: plan overview idle, then while ${heaviest.page} loads in a loop …`);
    const stall = await measureStall(targets[0]!, PAGES.find((p) => p.name === heaviest.page)!, STALL_REQUESTS);
    const bigRss = peakRssMb(big.server.child.pid);

    console.log(`\n| page | fresh p50 / p99 ms | ${bigLabel} p50 / p99 ms | p50 ratio | ${bigLabel} HTML → wire | CPU ms/req fresh → ${bigLabel} |`);
    console.log("|---|---|---|---|---|---|");
    for (const row of bigPages) {
      const f = freshPages.find((p) => p.page === row.page)!;
      const status = row.status === 200 ? "" : ` (HTTP ${row.status})`;
      console.log(
        `| ${row.page}${status} | ${f.p50} / ${f.p99} | ${row.p50} / ${row.p99} | ${(row.p50 / f.p50).toFixed(1)}× | ${kb(row.htmlBytes)} → ${kb(row.wireBytes)} (${row.encoding}) | ${f.cpuMsPerRequest ?? "?"} → ${row.cpuMsPerRequest ?? "?"} |`,
      );
    }
    console.log(
      `\nstall: ${stall.ordinary} p50 / p99 idle ${stall.idle.p50} / ${stall.idle.p99} ms, while ${stall.heavy} loads (${stall.heavyRequests} loads) ` +
        `${stall.loaded.p50} / ${stall.loaded.p99} ms: p99 ${stall.p99Ratio}× idle (target ≤ 2×)`,
    );
    console.log(
      `start-up (spawn to first answer): fresh ${fresh.startupMs} ms (CPU ${fresh.startupCpuMs} ms, with the demo seed), ${bigLabel} ${big.startupMs} ms (CPU ${big.startupCpuMs} ms); ` +
        `whole-file check after listening: ${bigLabel} ${big.checkMs} ms`,
    );
    console.log(`${bigLabel} RSS: at most ${walkRssMb} MB through the page walk; peak since start (VmHWM, with the logins' scrypt) ${bigRss} MB`);
    writeFileSync(
      join(OUTPUT, ceiling ? "scale-bench-ceiling.json" : "scale-bench.json"),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          requests: REQUESTS,
          startup: { fresh: { ms: fresh.startupMs, cpuMs: fresh.startupCpuMs }, [bigLabel]: { ms: big.startupMs, cpuMs: big.startupCpuMs, checkMs: big.checkMs } },
          rssMb: { walkMax: walkRssMb, peak: bigRss },
          pages: Object.fromEntries(pages),
          stall,
        },
        null,
        2,
      ),
    );
  } finally {
    await stopServer(big.server);
    if (fresh) await stopServer(fresh.server);
    // With BENCH_SERVER_NODE_ARGS="--trace-gc", say, what each server printed is what to read.
    if (process.env.BENCH_SERVER_OUTPUT) {
      mkdirSync(process.env.BENCH_SERVER_OUTPUT, { recursive: true });
      writeFileSync(join(process.env.BENCH_SERVER_OUTPUT, `${bigLabel}.log`), big.server.output());
      if (fresh) writeFileSync(join(process.env.BENCH_SERVER_OUTPUT, "fresh.log"), fresh.server.output());
    }
    for (const suffix of ["", "-wal", "-shm"]) rmSync(freshFile + suffix, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
