import Database from "better-sqlite3";

/*
 * Whether the database can store a write. A full disk (or a database at its size limit) makes
 * SQLite fail a write with SQLITE_FULL; a failing or read-only disk with SQLITE_IOERR_* or
 * SQLITE_READONLY_*. Nothing is half-written in any of these cases: the transaction rolls back.
 */

/** A write the database refused because it could not store it (full, failing or read-only storage). */
export function isStorageFailure(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(FULL|IOERR|READONLY)/.test(error.code);
}

/** Pages the probe asks for at most: up to 1 MiB, so a large free list never makes it costly. */
const PROBE_MAX_PAGES = 256;

/**
 * Proves the database can store a write now, in one write transaction:
 *  1. it asks SQLite for one page more than the database has free (rolled back at once), which
 *     fails with SQLITE_FULL when the file cannot grow;
 *  2. it rewrites the one row of storage_probe and commits, which fails when the WAL cannot be
 *     written or flushed.
 * False (with the reason) when either fails; nothing is left behind but the probe row's time.
 */
export function storageAcceptsWrites(sqlite: Database.Database): { ok: true } | { ok: false; reason: string } {
  const pageSize = Number(sqlite.pragma("page_size", { simple: true }));
  const freePages = Number(sqlite.pragma("freelist_count", { simple: true }));
  const bytes = Math.min(freePages + 1, PROBE_MAX_PAGES) * pageSize;
  const probe = sqlite.transaction(() => {
    const grow = sqlite.transaction(() => {
      sqlite.prepare("insert into storage_probe (id, checked_at) values (2, zeroblob(?))").run(bytes);
      throw new ProbeRollback();
    });
    try {
      grow();
    } catch (error) {
      if (!(error instanceof ProbeRollback)) throw error;
    }
    sqlite.prepare("insert into storage_probe (id, checked_at) values (1, ?) on conflict (id) do update set checked_at = excluded.checked_at").run(Date.now());
  });
  try {
    probe.immediate();
    return { ok: true };
  } catch (error) {
    if (isStorageFailure(error)) return { ok: false, reason: (error as InstanceType<typeof Database.SqliteError>).code };
    throw error;
  }
}

class ProbeRollback extends Error {}
