import type { AppLoadContext } from "@remix-run/node";
import { sql } from "drizzle-orm";
import { storageAcceptsWrites } from "../../db/storage";
import { db } from "./db.server";

/** A save the database refused because it could not store it: the form answers, keeping what was typed. */
export { isStorageFailure } from "../../db/storage";

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

/**
 * The requests (by their load context, which Remix passes to the action and then to the loaders
 * that draw the page answering it) whose write the storage refused (app/web/storage-failure.server.ts).
 */
const refusedWrites = new WeakSet<object>();

export const markRefusedWrite = (context: AppLoadContext) => void refusedWrites.add(context);

/**
 * Whether this request's page answers a form whose write the storage refused: the page the person
 * had open, drawn again with what they typed. Its read was audited when they opened it; a row the
 * storage cannot take now must not cost them what they typed (see auditPlanRead).
 */
export const answersRefusedWrite = (context: AppLoadContext | undefined) => context !== undefined && refusedWrites.has(context);

/**
 * A request the storage refused with nothing typed to keep (a button, a page read that cannot be
 * audited): 503 and the app's refusal page, in the interface language. The same answer as
 * app/web/http.server.ts#refuse(503, "storageFailed"), which models may not import.
 */
export function refuseStorageFailed(): never {
  throw new Response("storageFailed", { status: 503, statusText: "Service Unavailable" });
}
