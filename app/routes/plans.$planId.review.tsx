import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { LIMITS, templateText, versionNoteSchema } from "../../templates/csecy-safety-plan";
import { ErrorSummary, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { PlanContentView } from "../components/PlanContentView";
import { saveVersion } from "../models/version.server";
import { deny, notFound, parseRevision } from "../utils/http.server";
import { requirePlan } from "../utils/plan-route.server";
import { readFormData, parseForm } from "../utils/forms.server";

const saveVersionSchema = z.object({ note: versionNoteSchema });

const CONFLICT_MESSAGE =
  "The plan changed (in another tab or on another device) while you were reviewing it. Please look it over again below before saving.";

export const meta: MetaFunction = () => [{ title: "Review and save · Safety Plan Builder" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) notFound();
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, revision: plan.revision, nextNumber: plan.versionCount + 1 },
    draft: plan.draft,
    text: templateText(plan.draft.about.language),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) deny(actor, "plan", plan.id);
  const formData = await readFormData(request);
  const revision = parseRevision(formData.get("revision"));
  const submission = parseForm(formData, saveVersionSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = saveVersion(actor, plan.id, submission.value.note, revision);
  if (result.status === "not-found") deny(actor, "plan", plan.id);
  if (result.status === "conflict") {
    return data({ result: submission.reply({ formErrors: [CONFLICT_MESSAGE] }) }, { status: 409 });
  }
  return redirect(`/plans/${plan.id}/versions/${result.number}?saved=1`);
}

export default function Review() {
  const { user, plan, draft, text } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "save-version",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: saveVersionSchema }),
  });
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">My youth</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> › Review
      </p>
      <h1>Review the plan</h1>
      <p>Read it through together. When it looks right, save it as version {plan.nextNumber}. A saved version never changes.</p>
      <PlanContentView content={draft} text={text} />
      <Form method="post" {...getFormProps(form)} className="narrow">
        <input type="hidden" name="revision" value={plan.revision} />
        <ErrorSummary form={form} />
        <TextField meta={fields.note} label="A short note about this version (optional)" hint={`Up to ${LIMITS.versionNote} characters. No names or details: it shows in the version list.`} />
        <div className="actions">
          <button type="submit">Save version {plan.nextNumber}</button>
          <Link to={`/plans/${plan.id}`} className="button secondary">
            Keep working
          </Link>
        </div>
      </Form>
    </AppShell>
  );
}
