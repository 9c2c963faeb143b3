import "../../templates/zod-setup";
import { getFormProps, useForm } from "@conform-to/react";
import { parseForm, readFormData } from "../utils/forms.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { LIMITS } from "../../templates/csecy-safety-plan";
import { ErrorSummary, TextAreaField } from "../components/fields";
import { AppShell } from "../components/layout";
import { acknowledgeConcern, latestConcernReview } from "../models/concern-review.server";
import { deny } from "../utils/http.server";
import { requirePlan } from "../utils/plan-route.server";
import { formatDateTime } from "../utils/format";

const consultSchema = z.object({
  note: z
    .string({ error: "Please write a short note of the consult." })
    .trim()
    .min(1, { error: "Please write a short note of the consult." })
    .max(LIMITS.longText, { error: `Please use at most ${LIMITS.longText} characters.` }),
});

export const meta: MetaFunction = () => [{ title: "Safety concern consult · Safety Plan Builder" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (actor.role !== "supervisor") deny(actor, "plan", plan.id);
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, concernFlag: plan.concernFlag, notes: plan.draft.provider.notes },
    review: latestConcernReview(actor, plan.id) ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (actor.role !== "supervisor") deny(actor, "plan", plan.id);
  const submission = parseForm(await readFormData(request), consultSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = acknowledgeConcern(actor, plan.id, submission.value.note);
  if (result === "not-found") deny(actor, "plan", plan.id);
  if (result === "not-flagged") {
    return data({ result: submission.reply({ formErrors: ["The provider has cleared the flag since you opened this page; nothing was recorded."] }) }, { status: 409 });
  }
  return redirect("/review");
}

export default function ConcernConsult() {
  const { user, plan, review } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: consultSchema }),
  });
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/review">Flagged plans</Link> › {plan.chosenName}
      </p>
      <h1>Safety concern: {plan.chosenName}</h1>
      <p>
        <Link to={`/plans/${plan.id}`}>Open the plan</Link>
      </p>
      {plan.notes ? (
        <section className="card private">
          <h2>The provider’s private notes</h2>
          <p className="prewrap">{plan.notes}</p>
        </section>
      ) : null}
      {review ? (
        <p className="notice">
          Last consult by {review.supervisorName}, {formatDateTime(review.acknowledgedAt)}
          {review.current ? "" : " (before the flag was raised again)"}.
        </p>
      ) : null}
      {plan.concernFlag ? (
        <Form method="post" {...getFormProps(form)} className="narrow">
          <ErrorSummary form={form} />
          <TextAreaField meta={fields.note} label="Consult note" hint="What you discussed and agreed with the provider. The provider sees it; the youth's copies never show it." rows={5} />
          <div className="actions">
            <button type="submit">Record the consult and acknowledge</button>
          </div>
        </Form>
      ) : (
        <p>The plan is not flagged any more.</p>
      )}
    </AppShell>
  );
}
