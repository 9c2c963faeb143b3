import { dirname } from "node:path";
import { MIGRATIONS_FOLDER, databasePathFromEnv, openDatabase, type AppDatabase } from "../../db/client";
import { makePrivateFolder } from "../../db/private-files";

export const DATABASE_PATH = databasePathFromEnv();

declare global {
  // Survives the dev server's module reloads, which would otherwise open a new connection each time.
  var __appDatabase: AppDatabase | undefined;
  /** Set by the server before it opens the database: it runs quick_check off the event loop itself (start.server.ts). */
  var __serverChecksIntegrity: boolean | undefined;
}

function open(): AppDatabase {
  makePrivateFolder(dirname(DATABASE_PATH));
  return openDatabase(DATABASE_PATH, MIGRATIONS_FOLDER, { quickCheck: globalThis.__serverChecksIntegrity !== true });
}

export const db: AppDatabase = (globalThis.__appDatabase ??= open());
export { schema } from "../../db/client";

/** Closes the connection (checkpointing the WAL) when the server stops. */
export function closeDatabase(): void {
  globalThis.__appDatabase?.$client.close();
  globalThis.__appDatabase = undefined;
}
