import type { Submission } from "@conform-to/react";
import { data, type AppLoadContext } from "@remix-run/node";
import type { Language } from "../../templates/csecy-safety-plan";
import { serverUi } from "../i18n/ui-catalogues.server";
import { isStorageFailure, markRefusedWrite } from "../models/health.server";

/*
 * The one way a form answers a write the storage could not take (a full disk, a failing or
 * read-only one: SQLITE_FULL, _IOERR, _READONLY). SQLite rolled the write back whole, so nothing
 * is half-written; the person is told so, at the form, in their language, with what they typed.
 * Every action that writes runs its write through `storing` (tests/safety/disk-full.test.ts).
 */

/** What `storing` gives back when the storage refused the write. */
export const STORAGE_FAILED = "storage-failed" as const;

/** Runs a form's write; a write the storage refused comes back as STORAGE_FAILED (anything else is thrown on). */
export async function storing<T>(context: AppLoadContext, write: () => T | Promise<T>): Promise<T | typeof STORAGE_FAILED> {
  try {
    return await write();
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    markRefusedWrite(context);
    return STORAGE_FAILED;
  }
}

/**
 * The answer to a Conform form whose write the storage refused: 503, the form as typed (less
 * `hideFields`, e.g. passwords), the message at the form in `language`. `more` is the rest of
 * what the page's action answers besides the form (its revision, say).
 */
export function storageFailedForm<More extends object>(
  submission: Pick<Submission<unknown>, "reply">,
  language: Language,
  more: More = {} as More,
  hideFields?: string[],
) {
  return data({ ...more, result: submission.reply({ formErrors: [serverUi(language).form.storageFailed], hideFields }) }, { status: 503 });
}

export { refuseStorageFailed } from "../models/health.server";
