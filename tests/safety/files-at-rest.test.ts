import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { scratchDirectory } from "../setup/scratch";

/*
 * What the database leaves on disk: who may read its files, and whether a record deleted for good
 * can still be read from them. The app's database lives in a data folder this file makes fresh.
 */
const scratch = scratchDirectory("at-rest");
const databasePath = join(scratch, "data", "nested", "safety-plans.db");
process.env.DATABASE_PATH = databasePath;
globalThis.__appDatabase = undefined;

const { deleteRecord } = await import("../../app/models/records.server");
const { saveSection } = await import("../../app/models/plan.server");
const { createYouthWithPlan } = await import("../../app/models/youth.server");
const { saveVersion } = await import("../../app/models/version.server");
const { backupDatabase, restoreDatabase } = await import("../../db/backup");
const { DatabaseUnusableError, openDatabase } = await import("../../db/client");
const { makeAgencies } = await import("../setup/fixtures");

const mode = (path: string) => statSync(path).mode & 0o777;
const people = await makeAgencies();

describe("file modes", () => {
  it("creates the data folder 0700 and the database, its WAL and shared-memory file 0600", () => {
    createYouthWithPlan(people.provider, { chosenName: "Moss", preferredLanguage: "en" });
    expect(existsSync(`${databasePath}-wal`)).toBe(true);
    expect(mode(dirname(databasePath))).toBe(0o700);
    expect(mode(dirname(dirname(databasePath)))).toBe(0o700);
    for (const file of [databasePath, `${databasePath}-wal`, `${databasePath}-shm`]) expect(mode(file), file).toBe(0o600);
  });

  it("narrows a world-readable database made by an earlier version to 0600 when it opens it", () => {
    const old = join(scratch, "old.db");
    new Database(old).close();
    chmodSync(old, 0o644);
    openDatabase(old).$client.close();
    expect(mode(old)).toBe(0o600);
  });

  it("writes backups, restored files and the files a restore replaces 0600", () => {
    const backup = join(scratch, "backup.db");
    backupDatabase(databasePath, backup);
    expect(mode(backup)).toBe(0o600);

    const target = join(scratch, "target.db");
    const existing = new Database(target);
    existing.pragma("journal_mode = WAL");
    existing.exec("create table t (x)");
    chmodSync(target, 0o644);
    const replaced = restoreDatabase(backup, target);
    existing.close();
    expect(mode(target)).toBe(0o600);
    expect(replaced).toBeDefined();
    expect(mode(replaced!)).toBe(0o600);
  });
});

describe("delete for good", () => {
  it("leaves no trace of the youth's name or plan in the database, its WAL or its shared-memory file", () => {
    const marker = `Quillfeather${Date.now()}`;
    const { youthId, planId } = createYouthWithPlan(people.provider, { chosenName: `${marker}Name`, preferredLanguage: "en" });
    let revision = 0;
    for (let i = 0; i < 5; i++) {
      const saved = saveSection(people.provider, planId, "follow-up", { nextMeeting: "", checkOn: `${marker} check ${i} `.repeat(40) }, revision);
      if (saved.status !== "saved") throw new Error("not saved");
      revision = saved.revision;
    }
    expect(saveVersion(people.provider, planId, `${marker} note`, revision).status).toBe("saved");
    const files = [databasePath, `${databasePath}-wal`, `${databasePath}-shm`];
    const holding = () => files.filter((f) => existsSync(f) && readFileSync(f).includes(marker));
    expect(holding().length, "the marker is on disk before the deletion").toBeGreaterThan(0);

    expect(deleteRecord(people.admin, youthId)).toBe(planId);
    expect(holding()).toEqual([]);
    // The app keeps working on the same connection.
    expect(createYouthWithPlan(people.provider, { chosenName: "After", preferredLanguage: "en" }).planId).toBeTruthy();
  });
});

describe("restoring a damaged file", () => {
  it("refuses with a clean message and leaves the database untouched", () => {
    const damaged = join(scratch, "damaged.db");
    backupDatabase(databasePath, damaged);
    // Scribble over every page but the first (the header and schema stay readable).
    const bytes = readFileSync(damaged);
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    writeFileSync(damaged, bytes);
    const target = join(scratch, "untouched.db");
    backupDatabase(databasePath, target);
    const before = readFileSync(target);

    expect(() => restoreDatabase(damaged, target)).toThrow(DatabaseUnusableError);
    expect(() => restoreDatabase(damaged, target)).toThrow(/Not restoring: integrity check: damaged pages|Not restoring: integrity check/);
    expect(readFileSync(target).equals(before)).toBe(true);

    const cli = spawnSync(process.execPath, ["--import", "tsx", "app/cli/restore.ts", damaged], { env: { ...process.env, DATABASE_PATH: target }, encoding: "utf8" });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/^restore: Not restoring: integrity check: /);
    expect(cli.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(target).equals(before)).toBe(true);
  });
});
