import { getFormProps } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import { ErrorSummary, TextAreaField, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { useValidatedForm } from "../components/use-validated-form";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { confirmOwnPassword } from "../models/user.server";
import { parseForm, readFormData } from "../web/forms.server";
import { issueExportTicket } from "../web/export-tickets.server";
import { interfaceLanguage } from "../web/language.server";
import { PASSWORD_MAX_LENGTH } from "../utils/password-rules";
import { requireAdminRecord } from "../web/record-route.server";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

const REASON_MIN = 10;
const REASON_MAX = 300;

const exportSchema = (ui: UiTexts<"account" | "admin">) =>
  z.object({
    reason: z.string({ error: ui.exportRecord.enterReason }).check(
      z.trim(),
      z.minLength(REASON_MIN, { error: ui.exportRecord.reasonTooShort(REASON_MIN) }),
      z.maxLength(REASON_MAX, { error: ui.exportRecord.reasonTooLong(REASON_MAX) }),
      // The reason goes into the audit trail as it is: printable text on one line.
      z.refine((r) => !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(r), { error: ui.exportRecord.reasonPrintable }),
    ),
    password: z.string({ error: ui.login.enterPassword }).check(z.maxLength(PASSWORD_MAX_LENGTH, { error: ui.login.passwordTooLong(PASSWORD_MAX_LENGTH) })),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("account", "admin");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.exportRecord.pageTitle, "admin");

/** GET: the form (the youth's chosen name only, as on the records list); nothing of the plan. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, record } = await requireAdminRecord(request, params.youthId);
  return { user: { displayName: actor.displayName, role: actor.role }, chosenName: record.chosenName };
}

/** POST: the admin's password again and a reason; then the browser fetches the file once (export_.file.ts). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, record } = await requireAdminRecord(request, params.youthId);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const submission = parseForm(await readFormData(request), exportSchema(ui));
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const confirmed = await storing(context, () => confirmOwnPassword(actor, submission.value.password));
  if (confirmed === STORAGE_FAILED) return storageFailedForm(submission, language, {}, ["password"]);
  if (!confirmed) {
    return data({ result: submission.reply({ fieldErrors: { password: [ui.exportRecord.wrongPassword] }, hideFields: ["password"] }) }, { status: 401 });
  }
  const ticket = issueExportTicket(actor.id, record.youthId, submission.value.reason);
  return redirect(`/youth/${record.youthId}/export/file?${new URLSearchParams({ ticket })}`);
}

export default function ExportRecord() {
  const { user, chosenName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("account", "admin");
  const t = ui.exportRecord;
  const [form, fields] = useValidatedForm<typeof exportSchema>({ lastResult: actionData?.result });
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/admin/records">{ui.admin.records}</Link> › {t.pageTitle}
      </p>
      <h1>{t.title(chosenName)}</h1>
      <p>{t.explain}</p>
      {/* A document submission: the redirect after it is a file download, not a page. */}
      <Form method="post" reloadDocument {...getFormProps(form)} className="narrow">
        <ErrorSummary form={form} />
        <TextAreaField meta={fields.reason} label={t.reason} hint={t.reasonHint} />
        <TextField meta={fields.password} label={t.password} type="password" autoComplete="current-password" />
        <div className="actions">
          <button type="submit">{t.submit}</button>
        </div>
      </Form>
    </AppShell>
  );
}
