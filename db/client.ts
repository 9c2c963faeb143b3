import { resolve } from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { chainUnhashedAuditRows } from "./audit-chain";
import { registerNameFolding } from "./name-search";
import { makePrivateDatabaseFile } from "./private-files";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = resolve(process.cwd(), "db/migrations");

/** The SQLite file the app uses: DATABASE_PATH, or ./data/safety-plans.db. */
export function databasePathFromEnv(): string {
  return resolve(process.env.DATABASE_PATH ?? "data/safety-plans.db");
}

/** A database the app must not use; the message says what is wrong and what to do. */
export class DatabaseUnusableError extends Error {
  override name = "DatabaseUnusableError";
}

/**
 * Opens (creating if needed) the SQLite file, sets the pragmas every connection needs, applies
 * pending migrations, checks the file's integrity (quick_check: see integrityProblems; the server
 * leaves that to quickCheckOffThread once it listens, `quickCheck: false`) and chains
 * audit rows written before the chain existed. Refuses, with a DatabaseUnusableError, a
 * file that is not a readable SQLite database, one migrated by newer code, or a damaged one.
 *
 * WAL lets readers work while one writer writes; the busy timeout makes a second writer wait
 * instead of failing at once. synchronous=FULL: every commit is flushed to disk before the save
 * is acknowledged, so it survives a power loss or OS crash as well as the app crashing (NORMAL
 * would only survive the app crashing); it costs about 6 ms a save (docs/decisions/050-data-safety.md).
 * The file (and so its -wal and -shm) is readable by the server's account only.
 */
export function openDatabase(filePath: string, migrationsFolder = MIGRATIONS_FOLDER, { quickCheck = true } = {}): AppDatabase {
  let sqlite: Database.Database;
  try {
    makePrivateDatabaseFile(filePath);
    sqlite = new Database(filePath);
    sqlite.pragma("journal_mode = WAL");
  } catch (error) {
    throw new DatabaseUnusableError(
      `The database file ${filePath} cannot be opened as a SQLite database (${describe(error)}). ` +
        "Check the path and its permissions, or restore a backup with `npm run restore -- <backup file>`.",
    );
  }
  try {
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    // Deleted content is overwritten with zeros, in the database and in the WAL frames that record
    // the deletion, instead of lingering in free space (docs/decisions/051-nothing-lost-round-two.md).
    sqlite.pragma("secure_delete = ON");
    registerNameFolding(sqlite);
    const migrations = readMigrationFiles({ migrationsFolder });
    const unknown = unknownMigrations(sqlite, migrations.map((m) => m.hash));
    if (unknown.length > 0) {
      throw new DatabaseUnusableError(
        `The database ${filePath} was migrated by a newer or different version of the app ` +
          `(${unknown.length} migration(s) this code does not have). Run that version, or restore a backup made by this one.`,
      );
    }
    const db = drizzle(sqlite, { schema });
    // drizzle applies every pending migration inside one BEGIN … COMMIT: all or none.
    migrate(db, { migrationsFolder });
    const applied = new Set(appliedMigrationHashes(sqlite));
    const missing = migrations.filter((m) => !applied.has(m.hash)).length;
    if (missing > 0) {
      throw new DatabaseUnusableError(`The database ${filePath} is missing ${missing} of this code's migrations that were not applied.`);
    }
    if (quickCheck) {
      const problems = integrityProblems(sqlite, "quick");
      if (problems.length > 0) throw failedIntegrityCheck(filePath, problems);
    }
    chainUnhashedAuditRows(sqlite);
    return db;
  } catch (error) {
    sqlite.close();
    if (error instanceof DatabaseUnusableError) throw error;
    throw new DatabaseUnusableError(`The database ${filePath} could not be prepared (${describe(error)}).`);
  }
}

/** The refusal for a file that failed quick_check, at open or in the server's check after start. */
export function failedIntegrityCheck(filePath: string, problems: string[]): DatabaseUnusableError {
  return new DatabaseUnusableError(
    `The database ${filePath} failed its integrity check (quick_check): ${problems.slice(0, 3).join("; ")}. ` +
      "Restore the latest backup with `npm run restore -- <backup file>`.",
  );
}

/**
 * Copies every committed change from the WAL into the database file and truncates the WAL to
 * zero bytes, so earlier contents of deleted rows no longer sit in old WAL frames. Waits (busy
 * timeout) for readers of older snapshots to finish; false when one still held on.
 */
export function checkpointAndTruncateWal(sqlite: Database.Database): boolean {
  const [result] = sqlite.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number; checkpointed: number }[];
  return result !== undefined && result.busy === 0;
}

/** The hashes of the migrations recorded in the database (none for a new file). */
export function appliedMigrationHashes(sqlite: Database.Database): string[] {
  const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!table) return [];
  return (sqlite.prepare("select hash from __drizzle_migrations").all() as { hash: string }[]).map((r) => r.hash);
}

/** Migrations recorded in the database that the code does not have. */
export function unknownMigrations(sqlite: Database.Database, knownHashes: string[]): string[] {
  return appliedMigrationHashes(sqlite).filter((hash) => !knownHashes.includes(hash));
}

/**
 * What `PRAGMA integrity_check` (or, with "quick", `quick_check`) found wrong; empty when it says
 * ok. quick_check verifies every page and row but not that each index matches its table; it ran
 * in 0.9 s where integrity_check took 2.4 s on a 708 MB file (issue 13), so start-up uses it;
 * backups, restores and `npm run db:check` keep the full check (docs/decisions/013-county-scale.md).
 */
export function integrityProblems(sqlite: Database.Database, depth: "full" | "quick" = "full"): string[] {
  const pragma = depth === "quick" ? "quick_check" : "integrity_check";
  const rows = sqlite.pragma(pragma) as Record<string, string>[];
  return rows.map((r) => r[pragma]!).filter((line) => line !== "ok");
}

function describe(error: unknown): string {
  if (error instanceof Error) return "code" in error && typeof error.code === "string" ? `${error.code}: ${error.message}` : error.message;
  return String(error);
}

export { schema };
