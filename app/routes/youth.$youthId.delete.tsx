import "../../templates/zod-setup";
import { getFormProps, useForm } from "@conform-to/react";
import { parseForm, readFormData } from "../utils/forms.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { deleteRecord, getRecordSummary } from "../models/records.server";
import { requireRole } from "../utils/auth.server";
import { deny, parseId } from "../utils/http.server";
import { forgetPlanPdfs } from "../utils/pdf.server";

const CONFIRM_WORD = "DELETE";
const confirmSchema = z.object({
  confirm: z
    .string({ error: `Please type ${CONFIRM_WORD} to confirm.` })
    .trim()
    .refine((v) => v === CONFIRM_WORD, { error: `Please type ${CONFIRM_WORD} in capitals to confirm.` }),
});

export const meta: MetaFunction = () => [{ title: "Delete a record · Safety Plan Builder" }];

async function requireRecord(request: Request, youthIdParam: string | undefined) {
  const actor = await requireRole(request, ["admin"]);
  const youthId = parseId(youthIdParam);
  const record = getRecordSummary(actor, youthId);
  if (!record) deny(actor, "youth", youthId);
  return { actor, record };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, record } = await requireRecord(request, params.youthId);
  return { user: { displayName: actor.displayName, role: actor.role }, youthId: record.youthId, chosenName: record.chosenName };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, record } = await requireRecord(request, params.youthId);
  const submission = parseForm(await readFormData(request), confirmSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const planId = deleteRecord(actor, record.youthId);
  if (planId) forgetPlanPdfs(planId);
  return redirect("/admin/records?deleted=1");
}

export default function DeleteRecord() {
  const { user, youthId, chosenName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: confirmSchema }),
  });
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/admin/records">Youth records</Link> › Delete
      </p>
      <h1>Delete {chosenName}’s record for good?</h1>
      <p>
        This removes the plan, every saved version, follow-ups, consult notes and the care team. It cannot be undone. The
        audit trail will keep that the record was deleted, by whom and when, but nothing of what it said.
      </p>
      <p>
        <a href={`/youth/${youthId}/export`} download>
          Export it first (JSON)
        </a>
      </p>
      <Form method="post" {...getFormProps(form)} className="narrow">
        <ErrorSummary form={form} />
        <TextField meta={fields.confirm} label={`Type ${CONFIRM_WORD} to confirm`} />
        <div className="actions">
          <button type="submit" className="danger">
            Delete for good
          </button>
          <Link className="button secondary" to="/admin/records">
            Keep it
          </Link>
        </div>
      </Form>
    </AppShell>
  );
}
