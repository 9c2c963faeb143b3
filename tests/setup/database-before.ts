import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { MIGRATIONS_FOLDER } from "../../db/client";

/**
 * A new database file in `folder`, migrated up to (not including) the migration whose tag starts
 * with `tag` ("0015"): the file as the release before it left it, for a test of what that
 * migration does to rows already there. The caller fills it and closes it.
 */
export function databaseBefore(folder: string, tag: string, fileName: string): { file: string; sqlite: Database.Database } {
  const migrations = join(folder, `migrations-before-${tag}`);
  cpSync(MIGRATIONS_FOLDER, migrations, { recursive: true });
  const journalFile = join(migrations, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((entry) => entry.tag < tag);
  writeFileSync(journalFile, JSON.stringify(journal));
  const file = join(folder, fileName);
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: migrations });
  return { file, sqlite };
}
