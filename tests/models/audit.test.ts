import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { durableAuditStats, recordAuditDurably } from "../../app/models/audit.server";
import { db } from "../../app/utils/db.server";

const printRows = (detail: string) =>
  db.$client.prepare("select count(*) as n from audit_events where action = 'print' and detail = ?").get(detail) as { n: number };

describe("recordAuditDurably (the print audit)", () => {
  it("writes the row and leaves the connection at synchronous=FULL", async () => {
    await recordAuditDurably({ orgId: null, userId: null, action: "print", subjectType: "plan", subjectId: "p1", detail: "v1 youth en" });
    expect(printRows("v1 youth en").n).toBe(1);
    expect(db.$client.pragma("synchronous", { simple: true })).toBe(2);
  });

  it("lets requests auditing at the same time share the disk flushes", async () => {
    const before = durableAuditStats.flushes;
    await Promise.all(
      Array.from({ length: 20 }, () => recordAuditDurably({ orgId: null, userId: null, action: "print", detail: "v2 card en" })),
    );
    expect(printRows("v2 card en").n).toBe(20);
    expect(durableAuditStats.flushes - before).toBeLessThanOrEqual(2);
  });

  it("keeps the row when the process is killed right after the call, before the flush completes", () => {
    const file = `${process.env.DATABASE_PATH!}.kill.db`;
    const script = `
      const { recordAuditDurably } = await import(${JSON.stringify(resolve("app/models/audit.server.ts"))});
      void recordAuditDurably({ orgId: null, userId: null, action: "print", detail: "killed" });
      process.kill(process.pid, "SIGKILL");
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, DATABASE_PATH: file, SEED_DEMO: "0" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.signal).toBe("SIGKILL");
    const after = new Database(file);
    try {
      expect(after.prepare("select count(*) as n from audit_events where detail = 'killed'").get()).toEqual({ n: 1 });
    } finally {
      after.close();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    }
  });
});
