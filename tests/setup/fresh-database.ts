import { randomBytes } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll } from "vitest";
import { removeScratchDirectories } from "./scratch";

// Every test file gets its own SQLite file, migrated fresh when app code first imports the database.
const file = join(tmpdir(), `spb-test-${process.pid}-${randomBytes(6).toString("hex")}.db`);
process.env.DATABASE_PATH = file;
process.env.SEED_DEMO = "0";
globalThis.__appDatabase = undefined;

afterAll(() => {
  globalThis.__appDatabase?.$client.close();
  globalThis.__appDatabase = undefined;
  // The database, its -wal and -shm, the lock file (and its journal), and copies a restore set aside.
  for (const name of readdirSync(tmpdir())) if (name.startsWith(basename(file))) rmSync(join(tmpdir(), name), { force: true });
  removeScratchDirectories();
});
