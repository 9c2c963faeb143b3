/**
 * County-scale benchmark (issue 13): `npm run bench:scale` (build, then this file under tsx).
 *
 * Seeds the big database (tests/bench/scale-seed.ts: 10,000 youth in one agency, 200 providers,
 * 8 supervisors, 100,000 versions with one plan of 1,000, 91,000 follow-ups, 1,000,000 audit rows,
 * three small agencies) into tests/.output/ (kept out of git; reused by the next run, `--reseed`
 * makes it again), starts the real server (tests/setup/server-process.ts) on it and then on a
 * fresh demo database, and measures every page the issue lists, one client, requests one after
 * another: p50, p99, bytes on the wire (the client asks for br and gzip as browsers do) and bytes
 * of HTML, and the server's CPU per request (utime + stime from /proc), then prints one table,
 * big against fresh, with the ratio of p50s. Also reports start-up time (spawn to /healthz) and
 * the server's peak RSS (VmHWM).
 *
 * `-- --ceiling` seeds and measures the 10× database (100,000 youth, 1,000,000 versions,
 * 10,000,000 audit rows) instead of the big one. SCALE_REQUESTS sets the requests per page
 * (default 40, after 3 warm-up requests).
 *
 * The machine is shared: latencies move with other load; CPU per request moves much less.
 * Results go to tests/.output/scale-bench.json.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { freePort } from "../setup/free-port";
import { logIn, startServer, stopServer, type ServerProcess } from "../setup/server-process";
import { BIG, CEILING, SEED_PASSWORD, bigIds, seedScale } from "./scale-seed";

const ROOT = resolve(import.meta.dirname, "../..");
const OUTPUT = join(ROOT, "tests/.output");
const args = new Set(process.argv.slice(2));
const ceiling = args.has("--ceiling");
const REQUESTS = Number(process.env.SCALE_REQUESTS ?? 40);
const WARMUP = 3;

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
}

const PAGES: PageSpec[] = [
  { name: "supervisor dashboard", role: "supervisor", path: () => "/dashboard" },
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

/** One GET as a browser sends it (br and gzip accepted); the body is counted as it came over the wire. */
function get(baseUrl: string, path: string, cookie: string): Promise<{ status: number; ms: number; wire: number; encoding: string; html: number }> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const req = httpRequest(`${baseUrl}${path}`, { headers: { Cookie: cookie, "Accept-Encoding": "br, gzip", Accept: "text/html" } }, (res) => {
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
    req.end();
  });
}

function decodedLength(body: Buffer, encoding: string): number {
  if (encoding === "br") return brotliDecompressSync(body).length;
  if (encoding === "gzip") return gunzipSync(body).length;
  return body.length;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measurePages(server: ServerProcess, ids: Ids): Promise<Measured[]> {
  const cookies = new Map<Role, string>();
  for (const role of ["provider", "supervisor", "admin"] as const) cookies.set(role, await logIn(server.baseUrl, ids.email[role], ids.password[role]));
  const results: Measured[] = [];
  for (const page of PAGES) {
    const path = page.path(ids);
    const cookie = cookies.get(page.role)!;
    for (let i = 0; i < WARMUP; i++) await get(server.baseUrl, path, cookie);
    const times: number[] = [];
    const cpuBefore = cpuMs(server.child.pid);
    let last = await get(server.baseUrl, path, cookie);
    times.push(last.ms);
    for (let i = 1; i < REQUESTS; i++) {
      last = await get(server.baseUrl, path, cookie);
      times.push(last.ms);
    }
    const cpuAfter = cpuMs(server.child.pid);
    times.sort((a, b) => a - b);
    results.push({
      page: page.name,
      status: last.status,
      p50: round(percentile(times, 50)),
      p99: round(percentile(times, 99)),
      wireBytes: last.wire,
      htmlBytes: last.html,
      encoding: last.encoding,
      cpuMsPerRequest: cpuBefore !== null && cpuAfter !== null ? round((cpuAfter - cpuBefore) / REQUESTS) : null,
    });
    process.stdout.write(`  ${page.name}: ${results.at(-1)!.p50} ms\n`);
  }
  return results;
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

async function run(label: string, file: string, env: Record<string, string>, credentials: (server: ServerProcess) => Pick<Ids, "email" | "password">, knownIds?: Partial<Ids>) {
  const started = Date.now();
  const server = await startServer(await freePort(), file, env);
  const startupMs = Date.now() - started;
  try {
    const ids = { ...idsIn(file, knownIds), ...credentials(server) };
    console.log(`${label}: started in ${startupMs} ms`);
    const pages = await measurePages(server, ids);
    return { label, startupMs, peakRssMb: peakRssMb(server.child.pid), pages };
  } finally {
    await stopServer(server);
  }
}

async function main() {
  mkdirSync(OUTPUT, { recursive: true });
  const size = ceiling ? CEILING : BIG;
  const bigFile = join(OUTPUT, ceiling ? "scale-ceiling.db" : "scale-big.db");
  if (args.has("--reseed") || !existsSync(bigFile)) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(bigFile + suffix, { force: true });
    const t = Date.now();
    console.log(`seeding ${bigFile} …`);
    await seedScale(bigFile, size, (line) => console.log(`  ${line}`));
    console.log(`seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(`load average at start: ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  const seeded = (role: Role) => bigIds.email(role);
  const big = await run(
    ceiling ? "ceiling" : "big",
    bigFile,
    {},
    () => ({
      email: { provider: seeded("provider"), supervisor: seeded("supervisor"), admin: seeded("admin") },
      password: { provider: SEED_PASSWORD, supervisor: SEED_PASSWORD, admin: SEED_PASSWORD },
    }),
    { planId: bigIds.longPlan, youthId: bigIds.longYouth },
  );

  const freshFile = join(tmpdir(), `spb-scale-fresh-${process.pid}.db`);
  let fresh;
  try {
    fresh = await run("fresh", freshFile, { SEED_DEMO: "1" }, (server) => {
      const accounts = [...server.output().matchAll(/^\s+(\S+@demo\.local) \/ (\S+)$/gm)];
      const find = (role: Role) => accounts.find((m) => m[1]!.startsWith(role)) ?? [];
      return {
        email: { provider: find("provider")[1]!, supervisor: find("supervisor")[1]!, admin: find("admin")[1]! },
        password: { provider: find("provider")[2]!, supervisor: find("supervisor")[2]!, admin: find("admin")[2]! },
      };
    });
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(freshFile + suffix, { force: true });
  }

  console.log(`\n| page | fresh p50 / p99 ms | ${big.label} p50 / p99 ms | p50 ratio | ${big.label} HTML → wire | ${big.label} CPU ms/req |`);
  console.log("|---|---|---|---|---|---|");
  for (const row of big.pages) {
    const f = fresh.pages.find((p) => p.page === row.page)!;
    const status = row.status === 200 ? "" : ` (HTTP ${row.status})`;
    console.log(
      `| ${row.page}${status} | ${f.p50} / ${f.p99} | ${row.p50} / ${row.p99} | ${(row.p50 / f.p50).toFixed(1)}× | ${kb(row.htmlBytes)} → ${kb(row.wireBytes)} (${row.encoding}) | ${row.cpuMsPerRequest ?? "?"} |`,
    );
  }
  console.log(`\nstart-up: fresh ${fresh.startupMs} ms, ${big.label} ${big.startupMs} ms; peak RSS: fresh ${fresh.peakRssMb} MB, ${big.label} ${big.peakRssMb} MB`);
  writeFileSync(join(OUTPUT, ceiling ? "scale-bench-ceiling.json" : "scale-bench.json"), JSON.stringify({ at: new Date().toISOString(), requests: REQUESTS, big, fresh }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
