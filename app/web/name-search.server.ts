import { data } from "@remix-run/node";
import * as z from "zod/mini";
import { LIMITS } from "../../templates/csecy-safety-plan/limits";
import type { UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import type { NamesFound } from "../models/name-search.server";
import { parseForm, readFormData } from "./forms.server";
import { interfaceLanguage } from "./language.server";

export const nameSearchSchema = (ui: UiTexts<"lists">) =>
  z.object({
    name: z
      .string({ error: ui.nameSearch.enterName })
      .check(
        z.trim(),
        z.minLength(1, { error: ui.nameSearch.enterName }),
        z.maxLength(LIMITS.shortText, { error: ui.newYouth.tooLong(LIMITS.shortText) }),
      ),
  });

/**
 * Answers a list page's "Find by name": the names `find` gives for the text typed, or the field's
 * message (400). The search is posted, so the name typed is never in an address, a history or a log.
 */
export async function answerNameSearch<Row>(request: Request, find: (typed: string) => NamesFound<Row>) {
  const ui = serverUi(await interfaceLanguage(request));
  const submission = parseForm(await readFormData(request), nameSearchSchema(ui));
  if (submission.status !== "success") return data({ result: submission.reply(), found: undefined }, { status: 400 });
  return data({ result: submission.reply(), found: { typed: submission.value.name, ...find(submission.value.name) } });
}
