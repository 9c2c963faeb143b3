import { dirname } from "node:path";
import { databasePathFromEnv, openDatabase, type AppDatabase } from "../../db/client";
import { makePrivateFolder } from "../../db/private-files";

export const DATABASE_PATH = databasePathFromEnv();

declare global {
  // Survives the dev server's module reloads, which would otherwise open a new connection each time.
  var __appDatabase: AppDatabase | undefined;
}

function open(): AppDatabase {
  makePrivateFolder(dirname(DATABASE_PATH));
  return openDatabase(DATABASE_PATH);
}

export const db: AppDatabase = (globalThis.__appDatabase ??= open());
export { schema } from "../../db/client";

/** Closes the connection (checkpointing the WAL) when the server stops. */
export function closeDatabase(): void {
  globalThis.__appDatabase?.$client.close();
  globalThis.__appDatabase = undefined;
}
