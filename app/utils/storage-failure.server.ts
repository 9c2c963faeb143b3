import type { Submission } from "@conform-to/react";
import { data, type AppLoadContext } from "@remix-run/node";
import { isStorageFailure } from "../../db/storage";
import type { Language } from "../../templates/csecy-safety-plan";
import { uiText } from "../i18n/ui";
import { refuse } from "../web/http.server";

/*
 * The one way a form answers a write the storage could not take (a full disk, a failing or
 * read-only one: SQLITE_FULL, _IOERR, _READONLY). SQLite rolled the write back whole, so nothing
 * is half-written; the person is told so, at the form, in their language, with what they typed.
 * Every action that writes runs its write through `storing` (tests/safety/disk-full.test.ts).
 */

/** What `storing` gives back when the storage refused the write. */
export const STORAGE_FAILED = "storage-failed" as const;

/**
 * The requests (by their load context, which Remix passes to the action and then to the loaders
 * that draw the page answering it) whose write the storage refused.
 */
const refusedWrites = new WeakSet<object>();

/** Runs a form's write; a write the storage refused comes back as STORAGE_FAILED (anything else is thrown on). */
export async function storing<T>(context: AppLoadContext, write: () => T | Promise<T>): Promise<T | typeof STORAGE_FAILED> {
  try {
    return await write();
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    refusedWrites.add(context);
    return STORAGE_FAILED;
  }
}

/**
 * Whether this request's page answers a form whose write the storage refused: the page the person
 * had open, drawn again with what they typed. Its read was audited when they opened it; a row the
 * storage cannot take now must not cost them what they typed (see auditPlanRead).
 */
export const answersRefusedWrite = (context: AppLoadContext | undefined) => context !== undefined && refusedWrites.has(context);

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
  return data({ ...more, result: submission.reply({ formErrors: [uiText(language).form.storageFailed], hideFields }) }, { status: 503 });
}

/**
 * A form with nothing typed in it (a button, a choice from a list) whose write the storage
 * refused: 503 and the app's page saying so, in the interface language.
 */
export function refuseStorageFailed(): never {
  refuse(503, "storageFailed");
}
