import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";

/*
 * The database holds what a youth told their provider: only the account the server runs as may
 * read it. SQLite gives a database's -wal and -shm files the mode of the database file itself, so
 * making the database 0600 before SQLite first opens it covers them too.
 */

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** Creates the folder (and any missing parents) readable by the owner only; an existing folder is left as it is. */
export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/** Creates an empty file readable by the owner only, or narrows an existing one (and its -wal, -shm) to that. */
export function makePrivateDatabaseFile(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, "a", PRIVATE_FILE_MODE));
  for (const suffix of ["", "-wal", "-shm"]) {
    if (existsSync(path + suffix)) chmodSync(path + suffix, PRIVATE_FILE_MODE);
  }
}
