import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { parseForm, readFormData } from "../web/forms.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { comparePlanContents } from "../../templates/csecy-safety-plan/compare";
import type { FollowUpAnswer } from "../../templates/csecy-safety-plan/follow-up-answers";
import {
  answeredCount,
  followUpChoiceLabels,
  followUpGroups,
  type FollowUpChoice,
  type FollowUpPrompt,
} from "../../templates/csecy-safety-plan/follow-up-prompts";
import { ChoiceGroup, ErrorSummary, TextAreaField } from "../components/fields";
import { AppShell } from "../components/layout";
import { TipsBox } from "../components/TipsBox";
import { getOpenFollowUp, saveFollowUpAnswers, startFollowUp } from "../models/follow-up.server";
import { latestVersionContent } from "../models/version.server";
import { badRequest, deny, notFound, parseId, parseRevision } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { formatDate } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import { planText } from "../i18n/plan-text";
import { usesUi, useUi } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { interfaceLanguage } from "../web/language.server";
import { followUpFormSchema } from "../web/plan-forms.server";
import { useValidatedForm } from "../components/use-validated-form";
import { auditPlanRead } from "../models/audit.server";
import { refuseStorageFailed, STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("builder");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.followUp.pageTitle, "builder");

/**
 * The part of the follow-up on screen, 1-based, from `?part=` (a number only: no plan data in the
 * address); anything else is the first part.
 */
function partFrom(value: string | null, partCount: number): number {
  const part = Number(value);
  return Number.isInteger(part) && part >= 1 && part <= partCount ? part : 1;
}

const partAddress = (planId: string, part: number, saved: boolean) => {
  const query = new URLSearchParams({ ...(part > 1 ? { part: String(part) } : {}), ...(saved ? { saved: "1" } : {}) }).toString();
  return `/plans/${planId}/follow-up${query ? `?${query}` : ""}`;
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  const followUp = getOpenFollowUp(actor, plan.id);
  const groups = followUp ? followUpGroups(followUp.prompts, followUp.language) : [];
  const latest = latestVersionContent(actor, plan.id);
  await auditPlanRead(actor, plan.id, "follow-up", "plan_view", context);
  return {
    /** The draft has changes not saved in any version: they are kept, and go into version n+1. */
    draftChanged: latest ? comparePlanContents(latest, plan.draft).some((c) => c.changed) : false,
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, versionCount: plan.versionCount },
    tips: planText(plan.draft.about.language).sections["follow-up"].tips,
    language: plan.draft.about.language,
    followUp: followUp && {
      id: followUp.id,
      fromVersion: followUp.fromVersion,
      startedAt: followUp.startedAt,
      startedBy: followUp.startedBy,
      prompts: followUp.prompts,
      groups,
      part: partFrom(new URL(request.url).searchParams.get("part"), groups.length),
      answers: followUp.document.answers,
      revision: followUp.document.revision,
      choiceLabels: followUpChoiceLabels(followUp.language),
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "start") {
    const started = await storing(context, () => startFollowUp(actor, plan.id));
    if (started === STORAGE_FAILED) refuseStorageFailed();
    if (started.status === "not-found") return deny(actor, "plan", plan.id);
    if (started.status === "no-version") return data({ startRefused: ui.followUp.noVersion } as const, { status: 400 });
    return redirect(`/plans/${plan.id}/follow-up`);
  }
  // "save" stays on this part, "part-N" saves and goes to part N, "save-and-update" goes on to the plan.
  const goTo = typeof intent === "string" ? /^part-([1-9][0-9]?)$/.exec(intent)?.[1] : undefined;
  if (intent !== "save" && intent !== "save-and-update" && !goTo) badRequest("unknownAction");
  const followUpId = parseId(String(formData.get("followUpId") ?? ""));
  const revision = parseRevision(formData.get("revision"));
  const followUp = getOpenFollowUp(actor, plan.id);
  if (!followUp || followUp.id !== followUpId) notFound();
  const partCount = followUpGroups(followUp.prompts, followUp.language).length;
  const part = partFrom(String(formData.get("part")), partCount);
  const submission = parseForm(formData, followUpFormSchema(followUp.prompts));
  if (submission.status !== "success") return data({ result: submission.reply(), revision, part }, { status: 400 });
  // The form holds one part: the prompts it sent replace their answers, the others stay as saved.
  const sent = Object.entries(submission.value as Record<string, FollowUpAnswer>).filter(([key]) => formData.has(`${key}.note`) || formData.has(`${key}.choice`));
  const answers = { ...followUp.document.answers, ...Object.fromEntries(sent) };
  const result = await storing(context, () => saveFollowUpAnswers(actor, plan.id, followUpId, answers, revision));
  if (result === STORAGE_FAILED) return storageFailedForm(submission, language, { revision, part });
  if (result.status === "not-found") notFound();
  if (result.status === "conflict") {
    return data(
      { result: submission.reply({ formErrors: [ui.followUp.conflict] }), revision: result.current.revision, theirs: result.current.answers, part },
      { status: 409 },
    );
  }
  if (intent === "save-and-update") return redirect(`/plans/${plan.id}?followUp=answered`);
  return redirect(partAddress(plan.id, goTo ? partFrom(goTo, partCount) : part, true));
}

type Labels = Record<FollowUpChoice, string>;

function TheirAnswer({ mine, theirs, labels }: { mine?: FollowUpAnswer; theirs?: FollowUpAnswer; labels: Labels }) {
  const t = useUi("builder").followUp;
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
  const t = useUi("builder").followUp;
  const fields = meta.getFieldset();
  const options = prompt.choices.map((c) => ({ value: c, label: labels[c] }));
  if (prompt.kind === "open") {
    return (
      <div className="prompt">
        <TextAreaField meta={fields.note} label={prompt.question} hint={t.ownWords} rows={4} />
        <ChoiceGroup meta={fields.choice} legend={t.insteadOfWords} options={options} type="radio" inline />
        <TheirAnswer mine={mine} theirs={theirs} labels={labels} />
      </div>
    );
  }
  return (
    <div className="prompt">
      <ChoiceGroup meta={fields.choice} legend={prompt.question} options={options} type="radio" inline />
      <TextAreaField meta={fields.note} label={t.anythingToAdd} rows={2} />
      <TheirAnswer mine={mine} theirs={theirs} labels={labels} />
    </div>
  );
}

type OpenFollowUp = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["followUp"]>;

/**
 * The follow-up one part at a time ("Coping strategies", "People"…), so it fits a conversation:
 * the parts as a row of steps with how many of each are answered, the current part's prompts,
 * and buttons that save and move on. Every move is a submit button, so nothing typed is lost and
 * it all works without JavaScript.
 */
function AnswerForm({ followUp, planId }: { followUp: OpenFollowUp; planId: string }) {
  const t = useUi("builder").followUp;
  const actionData = useActionData<typeof action>();
  const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
  const revision = actionData && "revision" in actionData ? actionData.revision : followUp.revision;
  const theirs = (actionData && "theirs" in actionData ? actionData.theirs : undefined) as Record<string, FollowUpAnswer> | undefined;
  const part = actionData && "part" in actionData ? actionData.part : followUp.part;
  const group = followUp.groups[part - 1] ?? followUp.groups[0]!;
  const [form, fields] = useValidatedForm<typeof followUpFormSchema>({
    id: `follow-up-${followUp.id}-${part}`,
    lastResult,
    defaultValue: followUp.answers as Record<string, never>,
  });
  const mine = (form.value ?? followUp.answers) as Record<string, FollowUpAnswer | undefined>;
  const answered = answeredCount(followUp.prompts, followUp.answers);
  const last = part === followUp.groups.length;
  const next = followUp.groups[part];
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="followUpId" value={followUp.id} />
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="part" value={part} />
      {/* Enter in a note saves the answers and stays on this part. */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {t.saveAnswers}
      </button>
      <ErrorSummary form={form} />
      <nav aria-label={t.parts}>
        <ol className="steps">
          {followUp.groups.map((g, index) => {
            const done = answeredCount(g.prompts, followUp.answers);
            const label = t.partStep(g.title, done, g.prompts.length);
            return (
              <li key={g.id} className={done === g.prompts.length ? "done" : undefined}>
                {index + 1 === part ? (
                  <span aria-current="step">{label}</span>
                ) : (
                  <button type="submit" name="intent" value={`part-${index + 1}`} className="secondary">
                    {label}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      <p className="muted">
        {t.progress(part, followUp.groups.length, answered, followUp.prompts.length)}
      </p>
      <h2>{group.title}</h2>
      {group.prompts.map((prompt) => (
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
        {next ? (
          <button type="submit" name="intent" value={`part-${part + 1}`}>
            {t.saveAndNext(next.title)}
          </button>
        ) : null}
        <button type="submit" name="intent" value="save-and-update" className={last ? undefined : "secondary"}>
          {t.saveAndUpdate}
        </button>
        {part > 1 ? (
          <button type="submit" name="intent" value={`part-${part - 1}`} className="secondary">
            {t.saveAndPrevious}
          </button>
        ) : null}
        <Link to={`/plans/${planId}`} className="button secondary">
          {t.back}
        </Link>
      </div>
    </Form>
  );
}

export default function FollowUpPage() {
  const { user, plan, tips, language, followUp, draftChanged } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const startRefused = actionData && "startRefused" in actionData ? actionData.startRefused : null;
  const [searchParams] = useSearchParams();
  const saved = searchParams.has("saved") && !actionData;
  const ui = useUi("builder");
  const t = ui.followUp;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> › {t.pageTitle}
      </p>
      <h1>{t.title(plan.chosenName)}</h1>
      <TipsBox title={t.tips} tips={tips} language={language} />
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
