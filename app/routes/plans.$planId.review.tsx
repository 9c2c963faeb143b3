import { getFormProps } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import { LIMITS } from "../../templates/csecy-safety-plan/limits";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { ErrorSummary, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { PlanContentView } from "../components/PlanContentView";
import { PlanLanguageNote } from "../components/PlanLanguageNote";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { getOpenFollowUp } from "../models/follow-up.server";
import { prerenderVersionPrints } from "../web/prerender.server";
import { latestVersionContent, saveVersion } from "../models/version.server";
import { formatDate } from "../utils/format";
import { deny, parseRevision } from "../web/http.server";
import { interfaceLanguage } from "../web/language.server";
import { requirePlan } from "../web/plan-route.server";
import { listedResources } from "../web/resources.server";
import { readFormData, parseForm } from "../web/forms.server";
import { sectionSchemasFor, versionNoteSchema } from "../web/plan-forms.server";
import { useValidatedForm } from "../components/use-validated-form";
import { auditPlanRead } from "../models/audit.server";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";
import { planText, showsPlanTexts } from "../i18n/plan-text";

/** The page's interface texts, and the plan template's in the plan's language: the browser loads them before it hydrates. */
export const handle = { ...usesUi("builder"), ...showsPlanTexts((data: { draft: { about: { language: Language } } }) => data.draft.about.language) };

const saveVersionSchema = (language: Language) =>
  z.object({ note: versionNoteSchema(language), nextMeeting: sectionSchemasFor(language)["follow-up"].shape.nextMeeting });

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.review.pageTitle, "builder");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  await auditPlanRead(actor, plan.id, "review", "plan_view", context);
  const latest = latestVersionContent(actor, plan.id);
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, revision: plan.revision, nextNumber: plan.versionCount + 1 },
    draft: plan.draft,
    resources: listedResources(plan.draft),
    followUpStartedAt: getOpenFollowUp(actor, plan.id)?.startedAt ?? null,
    /** The draft is the latest version as it stands: saving would make an identical version. */
    unchanged: latest !== undefined && JSON.stringify(latest) === JSON.stringify(plan.draft),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  const language = await interfaceLanguage(request);
  const formData = await readFormData(request);
  const revision = parseRevision(formData.get("revision"));
  const submission = parseForm(formData, saveVersionSchema(language));
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await storing(context, () => saveVersion(actor, plan.id, submission.value.note, revision, { nextMeeting: submission.value.nextMeeting }));
  if (result === STORAGE_FAILED) return storageFailedForm(submission, language);
  if (result.status === "not-found") return deny(actor, "plan", plan.id);
  if (result.status === "conflict") {
    return data({ result: submission.reply({ formErrors: [serverUi(language).review.conflict] }) }, { status: 409 });
  }
  if (result.status === "unchanged") {
    return data({ result: submission.reply({ formErrors: [serverUi(language).review.unchanged(result.latest)] }) }, { status: 409 });
  }
  // Its copies are made now, after the save and without holding the answer, so the first print is ready.
  prerenderVersionPrints(actor, plan.id, result.number);
  return redirect(`/plans/${plan.id}/versions/${result.number}?saved=1`);
}

export default function Review() {
  const { user, plan, draft, resources, followUpStartedAt, unchanged } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("builder");
  const [form, fields] = useValidatedForm<typeof saveVersionSchema>({
    id: "save-version",
    lastResult: actionData?.result,
    defaultValue: { nextMeeting: draft["follow-up"].nextMeeting },
  });
  // A form refused for one of its fields comes back with the message at that field, whatever the draft.
  const refusedAtField = Object.entries(actionData?.result?.error ?? {}).some(([name, errors]) => name !== "" && errors?.length);
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> › {ui.breadcrumbs.review}
      </p>
      <h1>{ui.review.title}</h1>
      {unchanged ? (
        <p className="notice" role="status">
          {followUpStartedAt ? ui.review.unchangedWithFollowUp(plan.nextNumber - 1) : ui.review.unchanged(plan.nextNumber - 1)}
        </p>
      ) : (
        <p>{ui.review.intro(plan.nextNumber)}</p>
      )}
      {followUpStartedAt ? <p className="notice">{ui.review.recordsFollowUp(formatDate(followUpStartedAt, ui.locale))}</p> : null}
      <PlanLanguageNote planLanguage={draft.about.language} />
      <PlanContentView content={draft} language={draft.about.language} resources={resources} />
      {unchanged && !followUpStartedAt && !refusedAtField ? (
        <>
          {/* A save sent from a page opened before is refused here too: say why, though no form is offered. */}
          <ErrorSummary form={form} />
          <p className="actions">
            <Link to={`/plans/${plan.id}`} className="button">
              {ui.review.backToPlan}
            </Link>
            <Link to={`/plans/${plan.id}/sections/follow-up`} className="button secondary">
              {planText(draft.about.language).sections["follow-up"].title}
            </Link>
          </p>
        </>
      ) : (
        <Form method="post" {...getFormProps(form)} className="narrow">
          <input type="hidden" name="revision" value={plan.revision} />
          <ErrorSummary form={form} />
          <TextField
            meta={fields.nextMeeting}
            label={planText(draft.about.language).fields.followUp.nextMeeting}
            type="date"
            hint={ui.review.nextMeetingHint}
          />
          <TextField meta={fields.note} label={ui.review.note} hint={ui.review.noteHint(LIMITS.versionNote)} />
          <div className="actions">
            <button type="submit">{ui.review.save(plan.nextNumber)}</button>
            <Link to={`/plans/${plan.id}`} className="button secondary">
              {ui.review.keepWorking}
            </Link>
          </div>
        </Form>
      )}
    </AppShell>
  );
}
