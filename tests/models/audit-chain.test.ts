import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { appendAuditEvent } from "../../db/audit-chain";
import { verifyAuditChain } from "../../db/audit-verify";
import { backupDatabase } from "../../db/backup";
import { openDatabase } from "../../db/client";
import { recordAudit } from "../../app/models/audit.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { DATABASE_PATH } from "../../app/models/db.server";
import { makeAgencies } from "../setup/fixtures";
import { databaseBefore } from "../setup/database-before";
import { scratchDirectory } from "../setup/scratch";

const scratch = scratchDirectory("audit-chain");

/** `npm run audit:verify` as npm runs it (tsx), on the given database. */
function auditVerify(databasePath: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "app/cli/audit-verify.ts"], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: "utf8" });
}

/** A copy of the app's database with the append-only triggers dropped, as someone with the file could. */
function tamperableCopy(name: string): { file: string; sqlite: Database.Database } {
  const file = join(scratch, name);
  backupDatabase(DATABASE_PATH, file);
  const sqlite = new Database(file);
  sqlite.exec("drop trigger audit_events_no_update; drop trigger audit_events_no_delete; drop trigger audit_events_chained");
  return { file, sqlite };
}

const auditIds = (sqlite: Database.Database) => (sqlite.prepare("select id from audit_events order by id").all() as { id: number }[]).map((r) => r.id);

beforeAll(async () => {
  const people = await makeAgencies();
  for (let i = 0; i < 5; i++) createYouthWithPlan(people.provider, { chosenName: `Youth ${i}`, preferredLanguage: "en" });
  recordAudit({ orgId: people.orgId, userId: people.provider.id, action: "logout" });
});

describe("the audit chain", () => {
  it("holds for the rows the app writes, and audit:verify says so", () => {
    const run = auditVerify(DATABASE_PATH);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/the audit chain of .* is intact \(\d+ rows\)/);
  });

  it("names the changed row when a row's detail is edited with the triggers dropped", () => {
    const { file, sqlite } = tamperableCopy("edited.db");
    const ids = auditIds(sqlite);
    const victim = ids[Math.floor(ids.length / 2)]!;
    sqlite.prepare("update audit_events set detail = 'nothing to see' where id = ?").run(victim);
    sqlite.close();
    const run = auditVerify(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`is broken at row ${victim} \\(`));
  });

  it("names the row after one that was removed, even when the remover recomputes nothing", () => {
    const { file, sqlite } = tamperableCopy("removed.db");
    const ids = auditIds(sqlite);
    sqlite.prepare("delete from audit_events where id = ?").run(ids[2]);
    sqlite.close();
    const run = auditVerify(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`is broken at row ${ids[3]} \\(`));
  });

  it("finds a row whose time was moved and whose hash was blanked", () => {
    const { sqlite } = tamperableCopy("blanked.db");
    const ids = auditIds(sqlite);
    sqlite.prepare("update audit_events set at = at - 86400000 where id = ?").run(ids[1]);
    expect(verifyAuditChain(sqlite)).toMatchObject({ status: "broken", row: { id: ids[1] }, reason: "hash does not match" });
    sqlite.prepare("update audit_events set hash = null where id = ?").run(ids[1]);
    expect(verifyAuditChain(sqlite)).toMatchObject({ status: "broken", row: { id: ids[1] }, reason: "missing hash" });
    sqlite.close();
  });

  it("sees rows cut from the end: the chain no longer reaches the head that audit_head keeps", () => {
    const { file, sqlite } = tamperableCopy("cut.db");
    const ids = auditIds(sqlite);
    const keptLast = ids.at(-4)!;
    sqlite.prepare("delete from audit_events where id > ?").run(keptLast);
    sqlite.close();
    const run = auditVerify(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`was cut: it ends at row ${keptLast}, but its head (audit_head) names row ${ids.at(-1)}. Rows were removed from its end.`);
  });

  it("sees the whole trail emptied", () => {
    const { sqlite } = tamperableCopy("emptied.db");
    const last = auditIds(sqlite).at(-1)!;
    sqlite.prepare("delete from audit_events").run();
    expect(verifyAuditChain(sqlite)).toMatchObject({ status: "cut", lastRow: null, expected: { id: last }, by: "audit_head" });
    sqlite.close();
  });

  it("keeps the head from going back or away, and new rows move it on", () => {
    const sqlite = new Database(DATABASE_PATH);
    expect(() => sqlite.prepare("update audit_head set last_id = last_id - 1").run()).toThrow(/only moves forward/);
    expect(() => sqlite.prepare("delete from audit_head").run()).toThrow(/audit_head is kept/);
    const before = sqlite.prepare("select last_id as id from audit_head").get() as { id: number };
    appendAuditEvent(sqlite, { orgId: null, userId: null, action: "logout", subjectType: null, subjectId: null, detail: null });
    const after = sqlite.prepare("select last_id as id, last_hash as hash from audit_head").get() as { id: number; hash: string };
    expect(after.id).toBe(before.id + 1);
    expect(sqlite.prepare("select hash from audit_events where id = ?").get(after.id)).toEqual({ hash: after.hash });
    sqlite.close();
  });

  it("with a head recorded elsewhere (--anchor), sees a cut whose maker also moved audit_head back; without it, cannot", () => {
    const printed = auditVerify(DATABASE_PATH).stdout;
    const anchor = /head (\d+:[0-9a-f]{64})/.exec(printed)![1]!;
    const { file, sqlite } = tamperableCopy("cut-and-covered.db");
    const ids = auditIds(sqlite);
    const keptLast = ids.at(-3)!;
    sqlite.exec("drop trigger audit_head_forward_only");
    sqlite.prepare("delete from audit_events where id > ?").run(keptLast);
    sqlite.prepare("update audit_head set last_id = id_, last_hash = hash_ from (select id as id_, hash as hash_ from audit_events where id = ?)").run(keptLast);
    sqlite.close();
    // What the file alone says: someone with write access who also rewrites the head is not seen.
    expect(auditVerify(file).status).toBe(0);
    const run = spawnSync(process.execPath, ["--import", "tsx", "app/cli/audit-verify.ts", "--anchor", anchor], {
      env: { ...process.env, DATABASE_PATH: file },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`was cut: it ends at row ${keptLast}, but the anchor given names row ${anchor.split(":")[0]}.`);
  });

  it("refuses an audit row written without its hash, and still refuses updates and deletes", () => {
    const sqlite = new Database(DATABASE_PATH);
    expect(() => sqlite.prepare("insert into audit_events (action) values ('login')").run()).toThrow(/audit_events rows are chained/);
    expect(() => sqlite.prepare("update audit_events set detail = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("update audit_events set hash = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("delete from audit_events").run()).toThrow(/append-only/);
    sqlite.close();
  });

  it("stays whole with four processes appending at the same time", async () => {
    const file = join(scratch, "concurrent.db");
    backupDatabase(DATABASE_PATH, file);
    const before = new Database(file);
    before.pragma("journal_mode = WAL");
    const startCount = auditIds(before).length;
    before.close();
    const writers = [1, 2, 3, 4].map(
      (n) =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, ["--import", "tsx", "tests/setup/audit-writer.ts", file, "150", `writer ${n}`], { stdio: "inherit" });
          child.on("close", done);
        }),
    );
    expect(await Promise.all(writers)).toEqual([0, 0, 0, 0]);
    const after = new Database(file, { readonly: true });
    const details = after.prepare("select detail from audit_events where detail like 'writer %' order by id").all() as { detail: string }[];
    expect(verifyAuditChain(after)).toMatchObject({ status: "intact", rows: startCount + 600 });
    after.close();
    for (const n of [1, 2, 3, 4]) expect(details.filter((d) => d.detail.startsWith(`writer ${n} `)).length).toBe(150);
  }, 60_000);
});

describe("rows written before the chain existed", () => {
  it("get their hashes, in order, when the app first opens the database", () => {
    // The database as the previous release left it: migrated to 0004, audit rows without hashes.
    const { file, sqlite: old } = databaseBefore(scratch, "0005", "before-chain.db");
    const insert = old.prepare("insert into audit_events (action, detail) values ('login_failed', ?)");
    old.transaction(() => {
      for (let i = 0; i < 2500; i++) insert.run(`old row ${i}`);
    })();
    old.close();

    const upgraded = openDatabase(file).$client;
    expect(verifyAuditChain(upgraded)).toMatchObject({ status: "intact", rows: 2500, head: { id: 2500 } });
    upgraded.close();
    expect(auditVerify(file).status).toBe(0);
  });
});
