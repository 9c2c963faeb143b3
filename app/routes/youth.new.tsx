import { getFormProps } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import { LIMITS } from "../../templates/csecy-safety-plan/limits";
import { LANGUAGES } from "../../templates/csecy-safety-plan/structure";
import { SelectField, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, useUiLanguage, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { createYouthWithPlan } from "../models/youth.server";
import { requireRole } from "../web/auth.server";
import { readFormData, parseForm } from "../web/forms.server";
import { interfaceLanguage } from "../web/language.server";
import { useValidatedForm } from "../components/use-validated-form";
import { isPrintableName } from "../utils/printable-name";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

/** Admins manage accounts and hold no youth records. */
const YOUTH_HOLDERS = ["provider", "supervisor"] as const;

const newYouthSchema = (ui: UiTexts<"lists">) =>
  z.object({
    chosenName: z
      .string({ error: ui.newYouth.enterName })
      .check(
        z.trim(),
        z.minLength(1, { error: ui.newYouth.enterName }),
        z.maxLength(LIMITS.shortText, { error: ui.newYouth.tooLong(LIMITS.shortText) }),
        z.refine(isPrintableName, { error: ui.newYouth.notPrintable }),
      ),
    preferredLanguage: z.enum(LANGUAGES, { error: ui.newYouth.pickLanguage }),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("lists");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.newYouth.title, "lists");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, YOUTH_HOLDERS);
  return { user: { displayName: actor.displayName, role: actor.role } };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireRole(request, YOUTH_HOLDERS);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const submission = parseForm(await readFormData(request), newYouthSchema(ui));
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const created = await storing(context, () => createYouthWithPlan(actor, submission.value));
  if (created === STORAGE_FAILED) return storageFailedForm(submission, language);
  return redirect(`/plans/${created.planId}`);
}

export default function NewYouth() {
  const { user } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("lists");
  const [form, fields] = useValidatedForm<typeof newYouthSchema>({
    lastResult: actionData?.result,
    // The plan starts in the interface's language; the provider changes it here for the youth.
    defaultValue: { preferredLanguage: useUiLanguage() },
  });
  return (
    <AppShell user={user}>
      <h1>{ui.newYouth.title}</h1>
      <Form method="post" {...getFormProps(form)} className="narrow">
        <TextField meta={fields.chosenName} label={ui.newYouth.name} hint={ui.newYouth.nameHint} />
        <SelectField
          meta={fields.preferredLanguage}
          label={ui.newYouth.language}
          options={LANGUAGES.map((l) => ({ value: l, label: ui.language.names[l] }))}
        />
        <div className="actions">
          <button type="submit">{ui.newYouth.submit}</button>
        </div>
      </Form>
    </AppShell>
  );
}
