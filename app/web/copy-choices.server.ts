import { data, redirect, type AppLoadContext } from "@remix-run/node";
import type { Actor } from "../models/actor";
import { saveCopyChoices } from "../models/copies.server";
import { readFormData } from "./forms.server";
import { deny, parseRevision } from "./http.server";
import { STORAGE_FAILED, storing } from "./storage-failure.server";

/**
 * Saves "What goes on each copy" as posted from the provider's page or the youth's together page
 * (a box not ticked is a copy not chosen) and answers with `page` again: ?saved=1 or ?conflict=1,
 * or, when the storage refused the save, the ticks as they were sent (nothing saved).
 */
export async function saveCopyChoicesForm(request: Request, context: AppLoadContext, actor: Actor, planId: string, page: string) {
  const formData = await readFormData(request);
  const revision = parseRevision(formData.get("revision"));
  const ticked = new Set([...formData.keys()].filter((k) => k.includes(":")));
  const result = await storing(context, () => saveCopyChoices(actor, planId, ticked, revision));
  if (result === STORAGE_FAILED) return data({ storageFailed: true, ticked: [...ticked] }, { status: 503 });
  if (result.status === "not-found") return deny(actor, "plan", planId);
  return redirect(`${page}?${result.status === "conflict" ? "conflict" : "saved"}=1`);
}
