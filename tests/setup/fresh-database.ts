import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

// Every test file gets its own SQLite file, migrated fresh when app code first imports the database.
const file = join(tmpdir(), `spb-test-${process.pid}-${randomBytes(6).toString("hex")}.db`);
process.env.DATABASE_PATH = file;
process.env.SEED_DEMO = "0";
globalThis.__appDatabase = undefined;

afterAll(() => {
  globalThis.__appDatabase?.$client.close();
  globalThis.__appDatabase = undefined;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
});
