import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { parseForm, readFormData } from "../utils/forms.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { templateText } from "../../templates/csecy-safety-plan";
import { comparePlanContents } from "../../templates/csecy-safety-plan/compare";
import { answeredCount, followUpFormSchema, type FollowUpAnswer } from "../../templates/csecy-safety-plan/follow-up-answers";
import { followUpChoiceLabels, type FollowUpChoice, type FollowUpPrompt } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { ChoiceGroup, ErrorSummary, TextAreaField } from "../components/fields";
import { AppShell } from "../components/layout";
import { getOpenFollowUp, saveFollowUpAnswers, startFollowUp } from "../models/follow-up.server";
import { latestVersionContent } from "../models/version.server";
import { badRequest, deny, notFound, parseId, parseRevision } from "../utils/http.server";
import { requirePlan } from "../utils/plan-route.server";
import { formatDate } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import { uiText, useUi } from "../i18n/ui";
import { interfaceLanguage } from "../utils/language.server";
import { useValidatedForm } from "../components/use-validated-form";
import { auditPlanRead } from "../models/audit.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.followUp.pageTitle);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  const followUp = getOpenFollowUp(actor, plan.id);
  const latest = latestVersionContent(actor, plan.id);
  await auditPlanRead(actor, plan.id, "follow-up");
  return {
    /** The draft has changes not saved in any version: they are kept, and go into version n+1. */
    draftChanged: latest ? comparePlanContents(latest, plan.draft).some((c) => c.changed) : false,
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, versionCount: plan.versionCount },
    tips: templateText(plan.draft.about.language).sections["follow-up"].tips,
    followUp: followUp && {
      id: followUp.id,
      fromVersion: followUp.fromVersion,
      startedAt: followUp.startedAt,
      startedBy: followUp.startedBy,
      prompts: followUp.prompts,
      answers: followUp.document.answers,
      revision: followUp.document.revision,
      choiceLabels: followUpChoiceLabels(followUp.language),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  const ui = uiText(await interfaceLanguage(request));
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "start") {
    const started = startFollowUp(actor, plan.id);
    if (started.status === "not-found") return deny(actor, "plan", plan.id);
    if (started.status === "no-version") return data({ startRefused: ui.followUp.noVersion } as const, { status: 400 });
    return redirect(`/plans/${plan.id}/follow-up`);
  }
  if (intent !== "save" && intent !== "save-and-update") badRequest("unknownAction");
  const followUpId = parseId(String(formData.get("followUpId") ?? ""));
  const revision = parseRevision(formData.get("revision"));
  const followUp = getOpenFollowUp(actor, plan.id);
  if (!followUp || followUp.id !== followUpId) notFound();
  const submission = parseForm(formData, followUpFormSchema(followUp.prompts));
  if (submission.status !== "success") return data({ result: submission.reply(), revision }, { status: 400 });
  const result = saveFollowUpAnswers(actor, plan.id, followUpId, submission.value as Record<string, FollowUpAnswer>, revision);
  if (result.status === "not-found") notFound();
  if (result.status === "conflict") {
    return data(
      { result: submission.reply({ formErrors: [ui.followUp.conflict] }), revision: result.current.revision, theirs: result.current.answers },
      { status: 409 },
    );
  }
  return redirect(intent === "save" ? `/plans/${plan.id}/follow-up?saved=1` : `/plans/${plan.id}?followUp=answered`);
}

type Labels = Record<FollowUpChoice, string>;

function TheirAnswer({ mine, theirs, labels }: { mine?: FollowUpAnswer; theirs?: FollowUpAnswer; labels: Labels }) {
  const t = useUi().followUp;
  if (!theirs || (theirs.choice === (mine?.choice ?? "") && theirs.note === (mine?.note ?? ""))) return null;
  const said = [theirs.choice ? labels[theirs.choice] : "", theirs.note].filter(Boolean).join(": ");
  return <p className="notice warning">{t.theirs(said || t.noAnswer)}</p>;
}

function PromptFields({
  prompt,
  meta,
  labels,
  mine,
  theirs,
}: {
  prompt: FollowUpPrompt;
  meta: FieldMetadata<FollowUpAnswer>;
  labels: Labels;
  mine?: FollowUpAnswer;
  theirs?: FollowUpAnswer;
}) {
  const t = useUi().followUp;
  const fields = meta.getFieldset();
  const options = prompt.choices.map((c) => ({ value: c, label: labels[c] }));
  if (prompt.kind === "open") {
    return (
      <div className="prompt">
        <TextAreaField meta={fields.note} label={prompt.question} hint={t.ownWords} rows={4} />
        <ChoiceGroup meta={fields.choice} legend={t.insteadOfWords} options={options} type="radio" />
        <TheirAnswer mine={mine} theirs={theirs} labels={labels} />
      </div>
    );
  }
  return (
    <div className="prompt">
      <ChoiceGroup meta={fields.choice} legend={prompt.question} options={options} type="radio" />
      <TextAreaField meta={fields.note} label={t.anythingToAdd} rows={2} />
      <TheirAnswer mine={mine} theirs={theirs} labels={labels} />
    </div>
  );
}

function AnswerForm({ followUp, planId }: { followUp: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["followUp"]>; planId: string }) {
  const t = useUi().followUp;
  const actionData = useActionData<typeof action>();
  const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
  const revision = actionData && "revision" in actionData ? actionData.revision : followUp.revision;
  const theirs = (actionData && "theirs" in actionData ? actionData.theirs : undefined) as Record<string, FollowUpAnswer> | undefined;
  const schema = followUpFormSchema(followUp.prompts);
  const [form, fields] = useValidatedForm(schema, {
    id: `follow-up-${followUp.id}`,
    lastResult,
    defaultValue: followUp.answers as Record<string, never>,
  });
  const mine = (form.value ?? followUp.answers) as Record<string, FollowUpAnswer | undefined>;
  const answered = answeredCount(followUp.prompts, followUp.answers);
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="followUpId" value={followUp.id} />
      <input type="hidden" name="revision" value={revision} />
      {/* Enter in a note saves the answers and stays here. */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {t.saveAnswers}
      </button>
      <ErrorSummary form={form} />
      <p className="muted">
        {t.answeredSoFar(answered, followUp.prompts.length)}
      </p>
      {followUp.prompts.map((prompt) => (
        <PromptFields
          key={prompt.key}
          prompt={prompt}
          meta={(fields as Record<string, unknown>)[prompt.key] as FieldMetadata<FollowUpAnswer>}
          labels={followUp.choiceLabels}
          mine={mine[prompt.key]}
          theirs={theirs?.[prompt.key]}
        />
      ))}
      <div className="actions">
        <button type="submit" name="intent" value="save-and-update">
          {t.saveAndUpdate}
        </button>
        <button type="submit" name="intent" value="save" className="secondary">
          {t.saveAndStay}
        </button>
        <Link to={`/plans/${planId}`} className="button secondary">
          {t.back}
        </Link>
      </div>
    </Form>
  );
}

export default function FollowUpPage() {
  const { user, plan, tips, followUp, draftChanged } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const startRefused = actionData && "startRefused" in actionData ? actionData.startRefused : null;
  const [searchParams] = useSearchParams();
  const saved = searchParams.has("saved") && !actionData;
  const ui = useUi();
  const t = ui.followUp;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> › {t.pageTitle}
      </p>
      <h1>{t.title(plan.chosenName)}</h1>
      <details className="tips">
        <summary>{t.tips}</summary>
        <ul>
          {tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>
      {draftChanged ? (
        <p className="notice warning">
          {t.draftChanged(plan.versionCount)}
        </p>
      ) : null}
      {followUp ? (
        <>
          {saved ? (
            <p className="notice" role="status">
              {t.saved}
            </p>
          ) : null}
          <p>
            {t.lookingBack(followUp.fromVersion, formatDate(followUp.startedAt, ui.locale), followUp.startedBy, plan.versionCount + 1)}
          </p>
          <AnswerForm key={followUp.id} followUp={followUp} planId={plan.id} />
        </>
      ) : plan.versionCount === 0 || startRefused ? (
        <p className="notice error" role="alert">
          {startRefused ?? t.noVersion}
        </p>
      ) : (
        <Form method="post" className="actions">
          <p>{t.walksThrough(plan.versionCount)}</p>
          <button type="submit" name="intent" value="start">
            {t.start(plan.versionCount)}
          </button>
        </Form>
      )}
    </AppShell>
  );
}
