import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { DatabaseUnusableError } from "./client";

/**
 * One server per database file. WAL lets several processes open the same file, so SQLite itself
 * would let a second server (or a restore) run beside the first, each with its own caches and
 * migrations. Instead each server holds an exclusive lock on a small side file, `<db>.lock`, for
 * as long as it runs: a SQLite file in `locking_mode=EXCLUSIVE` after one write keeps its OS lock
 * until the connection closes, and the OS drops it when the process dies, even by SIGKILL, so
 * there is never a stale lock to clean up. Command-line tools that only read or add rows
 * (backup, user:create) do not take it; restore does.
 *
 * Returns a function that releases the lock. Never delete the lock file while a server runs.
 */
export function holdServerLock(databasePath: string, holder: string): () => void {
  const lockPath = `${databasePath}.lock`;
  let lock: Database.Database | undefined;
  try {
    // The first start on a fresh clone: ./data does not exist yet.
    mkdirSync(dirname(lockPath), { recursive: true });
    lock = new Database(lockPath, { timeout: 0 });
    lock.pragma("locking_mode = EXCLUSIVE");
    lock.exec("create table if not exists holder (id integer primary key, description text not null)");
    lock.prepare("insert or replace into holder (id, description) values (1, ?)").run(holder);
  } catch (error) {
    lock?.close();
    const busy = error instanceof Error && "code" in error && error.code === "SQLITE_BUSY";
    throw new DatabaseUnusableError(
      busy
        ? `The database ${databasePath} is in use by another server (or a restore): its lock file ${lockPath} is held. ` +
            "Stop the other process first; only one server may use a database file."
        : `Could not take the lock file ${lockPath} (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return () => lock.close();
}
