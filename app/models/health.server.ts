import { sql } from "drizzle-orm";
import { db } from "../utils/db.server";

export function databaseAnswers(): boolean {
  try {
    return db.get<{ ok: number }>(sql`select 1 as ok`)?.ok === 1;
  } catch {
    return false;
  }
}
