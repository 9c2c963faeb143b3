import { getFormProps } from "@conform-to/react";
import { parseForm, readFormData } from "../web/forms.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import { LIMITS } from "../../templates/csecy-safety-plan/limits";
import { ErrorSummary, TextAreaField } from "../components/fields";
import { AppShell } from "../components/layout";
import { ImminentDanger } from "../components/ImminentDanger";
import { acknowledgeConcern, latestConcernReview } from "../models/concern-review.server";
import { deny } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { formatDateTime } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { interfaceLanguage } from "../web/language.server";
import { useValidatedForm } from "../components/use-validated-form";
import { auditPlanRead } from "../models/audit.server";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

const consultSchema = (ui: UiTexts<"builder">) =>
  z.object({
    note: z
      .string({ error: ui.concern.writeNote })
      .check(
        z.trim(),
        z.minLength(1, { error: ui.concern.writeNote }),
        z.maxLength(LIMITS.longText, { error: ui.concern.tooLong(LIMITS.longText) }),
      ),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("builder");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.concern.pageTitle, "builder");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (actor.role !== "supervisor") return deny(actor, "plan", plan.id);
  await auditPlanRead(actor, plan.id, "concern", "plan_view", context);
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, concernFlag: plan.concernFlag, notes: plan.draft.provider.notes },
    review: latestConcernReview(actor, plan.id),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (actor.role !== "supervisor") return deny(actor, "plan", plan.id);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const submission = parseForm(await readFormData(request), consultSchema(ui));
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await storing(context, () => acknowledgeConcern(actor, plan.id, submission.value.note));
  if (result === STORAGE_FAILED) return storageFailedForm(submission, language);
  if (result === "not-found") return deny(actor, "plan", plan.id);
  if (result === "not-flagged") {
    return data({ result: submission.reply({ formErrors: [ui.concern.cleared] }) }, { status: 409 });
  }
  return redirect("/review");
}

export default function ConcernConsult() {
  const { user, plan, review } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("builder");
  const t = ui.concern;
  const [form, fields] = useValidatedForm<typeof consultSchema>({
    lastResult: actionData?.result,
  });
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/review">{ui.shell.flaggedPlans}</Link> › {plan.chosenName}
      </p>
      <h1>{t.title(plan.chosenName)}</h1>
      <p>
        <Link to={`/plans/${plan.id}`}>{t.openPlan}</Link>
      </p>
      {plan.notes ? (
        <section className="card private">
          <h2>{t.privateNotes}</h2>
          <p className="prewrap">{plan.notes}</p>
        </section>
      ) : null}
      {review ? (
        <p className="notice">
          {t.lastConsult(review.supervisorName, formatDateTime(review.acknowledgedAt, ui.locale), review.current)}
        </p>
      ) : null}
      {plan.concernFlag ? <ImminentDanger reader="supervisor" /> : null}
      {plan.concernFlag ? (
        <Form method="post" {...getFormProps(form)} className="narrow">
          <ErrorSummary form={form} />
          <TextAreaField meta={fields.note} label={t.note} hint={t.noteHint} rows={5} />
          <div className="actions">
            <button type="submit">{t.submit}</button>
          </div>
        </Form>
      ) : (
        <p>{t.notFlagged}</p>
      )}
    </AppShell>
  );
}
