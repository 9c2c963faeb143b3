import { sql } from "drizzle-orm";
import { storageAcceptsWrites } from "../../db/storage";
import { db } from "./db.server";

export type DatabaseHealth = "ok" | "unavailable" | "cannot-write";

/** Whether the database answers a read and can store a write (db/storage.ts). */
export function databaseHealth(): DatabaseHealth {
  try {
    if (db.get<{ ok: number }>(sql`select 1 as ok`)?.ok !== 1) return "unavailable";
  } catch {
    return "unavailable";
  }
  try {
    return storageAcceptsWrites(db.$client).ok ? "ok" : "cannot-write";
  } catch {
    return "unavailable";
  }
}
