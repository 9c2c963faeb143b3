import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { DatabaseUnusableError, MIGRATIONS_FOLDER, integrityProblems, unknownMigrations } from "./client";
import { PRIVATE_FILE_MODE } from "./private-files";
import { holdServerLock } from "./server-lock";

/** Tables a backup of this app must have. */
const APP_TABLES = ["organizations", "users", "youth", "plans", "plan_versions", "audit_events"];

/**
 * Copies the live database to `targetPath` while the app keeps running. `VACUUM INTO` reads one
 * consistent snapshot (a read transaction, which in WAL mode never blocks the server's writers)
 * and writes it as a compact new file, readable by its owner only; every commit acknowledged before the backup started is in
 * it. The copy is written beside the target under a temporary name, checked, flushed to disk and
 * only then renamed, so `targetPath` is either a whole, checked backup or absent.
 */
export function backupDatabase(databasePath: string, targetPath: string): void {
  if (existsSync(targetPath)) throw new DatabaseUnusableError(`${targetPath} exists already; choose a new file name.`);
  if (!existsSync(databasePath)) throw new DatabaseUnusableError(`There is no database at ${databasePath}.`);
  const partial = `${targetPath}.partial`;
  rmSync(partial, { force: true });
  // VACUUM INTO accepts an empty file and keeps its mode: the copy is never readable by others.
  closeSync(openSync(partial, "wx", PRIVATE_FILE_MODE));
  const source = new Database(databasePath, { fileMustExist: true, timeout: 5000 });
  try {
    source.prepare("vacuum into ?").run(partial);
  } finally {
    source.close();
  }
  try {
    const copy = new Database(partial, { fileMustExist: true });
    try {
      // A backup stands alone: one file, no -wal or -shm beside it.
      copy.pragma("journal_mode = DELETE");
      const problems = integrityProblems(copy);
      if (problems.length > 0) throw new DatabaseUnusableError(`The copy failed its integrity check: ${problems.slice(0, 3).join("; ")}`);
    } finally {
      copy.close();
    }
    flushToDisk(partial);
    renameSync(partial, targetPath);
    flushToDisk(dirname(targetPath));
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Why a file must not be restored: not a SQLite database, damaged, not this app's database, or
 * migrated by code newer than this. Empty when it may be restored.
 */
export function backupProblems(backupPath: string, migrationsFolder = MIGRATIONS_FOLDER): string[] {
  if (!existsSync(backupPath)) return [`${backupPath} does not exist`];
  let file: Database.Database;
  try {
    file = new Database(backupPath, { readonly: true, fileMustExist: true });
    file.pragma("schema_version");
  } catch (error) {
    return [`${backupPath} is not a readable SQLite database (${error instanceof Error ? error.message : String(error)})`];
  }
  try {
    const problems = integrityProblemsOrDamage(file).map((p) => `integrity check: ${p}`);
    if (problems.length > 0) return problems.slice(0, 5);
    const tables = new Set((file.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const missingTables = [...APP_TABLES, "__drizzle_migrations"].filter((t) => !tables.has(t));
    if (missingTables.length > 0) return [`${backupPath} is not a Safety Plan Builder database (no ${missingTables.join(", ")})`];
    const unknown = unknownMigrations(file, readMigrationFiles({ migrationsFolder }).map((m) => m.hash));
    if (unknown.length > 0) return [`${backupPath} was made by a newer or different version of the app (${unknown.length} unknown migration(s))`];
    return [];
  } finally {
    file.close();
  }
}

/** integrityProblems, where a page too damaged to walk (SQLITE_CORRUPT, SQLITE_NOTADB) is one more problem, not a crash. */
function integrityProblemsOrDamage(file: Database.Database): string[] {
  try {
    return integrityProblems(file);
  } catch (error) {
    if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)) return [`damaged pages (${error.message})`];
    throw error;
  }
}

/**
 * Puts a checked backup in place of the database. Refuses while a server runs (it takes the
 * server lock, and holds it so none starts meanwhile). The database it replaces is kept beside
 * it, renamed with its -wal and -shm files to `<db>.replaced-<time>` (owner-only, like the new
 * file), so a restore never destroys anything. Returns that name, or undefined when there was no database.
 */
export function restoreDatabase(backupPath: string, databasePath: string): string | undefined {
  const problems = backupProblems(backupPath);
  if (problems.length > 0) throw new DatabaseUnusableError(`Not restoring: ${problems.join("; ")}.`);
  const release = holdServerLock(databasePath, `restore (pid ${process.pid})`);
  try {
    const incoming = `${databasePath}.restoring`;
    copyFileSync(backupPath, incoming);
    chmodSync(incoming, PRIVATE_FILE_MODE);
    flushToDisk(incoming);
    let replaced: string | undefined;
    if (existsSync(databasePath)) {
      replaced = `${databasePath}.replaced-${new Date().toISOString().replaceAll(":", "-")}`;
      // The WAL belongs to the file it was written for: it moves with it, never onto the restored copy.
      for (const suffix of ["", "-wal", "-shm"]) {
        if (!existsSync(databasePath + suffix)) continue;
        renameSync(databasePath + suffix, replaced + suffix);
        chmodSync(replaced + suffix, PRIVATE_FILE_MODE);
      }
    }
    renameSync(incoming, databasePath);
    flushToDisk(dirname(databasePath));
    return replaced;
  } finally {
    release();
  }
}

function flushToDisk(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
