import { getFormProps } from "@conform-to/react";
import { parseForm, readFormData } from "../web/forms.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import { ErrorSummary, TextField } from "../components/fields";
import { useValidatedForm } from "../components/use-validated-form";
import { AppShell } from "../components/layout";
import { deleteRecord } from "../models/records.server";
import { forgetPlanPdfs } from "../web/pdf.server";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { interfaceLanguage } from "../web/language.server";
import { requireAdminRecord } from "../web/record-route.server";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

const CONFIRM_WORD = "DELETE";
const confirmSchema = ({ deleteRecord: t }: UiTexts<"admin">) =>
  z.object({
    confirm: z
      .string({ error: t.typeToConfirm(CONFIRM_WORD) })
      .check(
        z.trim(),
        z.refine((v) => v === CONFIRM_WORD, { error: t.typeInCapitals(CONFIRM_WORD) }),
      ),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("admin");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.deleteRecord.pageTitle, "admin");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, record } = await requireAdminRecord(request, params.youthId);
  return { user: { displayName: actor.displayName, role: actor.role }, youthId: record.youthId, chosenName: record.chosenName };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, record } = await requireAdminRecord(request, params.youthId);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const submission = parseForm(await readFormData(request), confirmSchema(ui));
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const planId = await storing(context, () => deleteRecord(actor, record.youthId));
  if (planId === STORAGE_FAILED) return storageFailedForm(submission, language);
  if (planId) forgetPlanPdfs(planId);
  return redirect("/admin/records?deleted=1");
}

export default function DeleteRecord() {
  const { user, youthId, chosenName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("admin");
  const t = ui.deleteRecord;
  const [form, fields] = useValidatedForm<typeof confirmSchema>({ lastResult: actionData?.result });
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/admin/records">{t.records}</Link> › {t.crumb}
      </p>
      <h1>{t.title(chosenName)}</h1>
      <p>{t.explain}</p>
      <p>
        <a href={`/youth/${youthId}/export`}>
          {t.exportFirst}
        </a>
      </p>
      <Form method="post" {...getFormProps(form)} className="narrow">
        <ErrorSummary form={form} />
        <TextField meta={fields.confirm} label={t.confirmLabel(CONFIRM_WORD)} />
        <div className="actions">
          <button type="submit" className="danger">
            {t.submit}
          </button>
          <Link className="button secondary" to="/admin/records">
            {t.keep}
          </Link>
        </div>
      </Form>
    </AppShell>
  );
}
