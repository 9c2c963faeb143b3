import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  PROVIDER_ONLY_SECTIONS,
  SECTION_IDS,
  sectionProgress,
  templateText,
  type SectionProgress,
} from "../../templates/csecy-safety-plan";
import { AppShell } from "../components/layout";
import { answeredCount } from "../../templates/csecy-safety-plan/follow-up-answers";
import { recordAudit } from "../models/audit.server";
import { getOpenFollowUp } from "../models/follow-up.server";
import { latestConcernReview } from "../models/concern-review.server";
import { formatDate, formatDateTime, formatPlanDate } from "../utils/format";
import { requirePlan } from "../utils/plan-route.server";

export const meta: MetaFunction = () => [{ title: "Plan · Safety Plan Builder" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  recordAudit({ orgId: actor.orgId, userId: actor.id, action: "plan_view", subjectType: "plan", subjectId: plan.id });
  const text = templateText(plan.draft.about.language);
  const followUp = getOpenFollowUp(actor, plan.id);
  return {
    followUp: followUp && {
      fromVersion: followUp.fromVersion,
      startedOn: formatDate(followUp.startedAt),
      answered: answeredCount(followUp.prompts, followUp.document.answers),
      prompts: followUp.prompts.length,
    },
    nextMeeting: formatPlanDate(plan.draft["follow-up"].nextMeeting),
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, youthId: plan.youthId, chosenName: plan.chosenName, versionCount: plan.versionCount, canEdit: plan.canEdit, concernFlag: plan.concernFlag },
    consult: latestConcernReview(actor, plan.id) ?? null,
    firstChoicePrompt: text.firstChoicePrompt,
    sections: SECTION_IDS.map((id) => ({
      id,
      title: text.sections[id].title,
      intro: text.sections[id].intro,
      providerOnly: PROVIDER_ONLY_SECTIONS.includes(id),
      notChosen: id === "safer-working" && !plan.draft["safer-working"].wanted,
      progress: sectionProgress(id, plan.draft),
    })),
  };
}

function progressLabel({ filled, total }: SectionProgress, notChosen: boolean) {
  if (notChosen && filled === 0) return "Only if the youth wants it";
  if (filled === 0) return "Not started";
  return total === null ? `${filled} added` : `${filled} of ${total} filled in`;
}

/** Where the plan stands with its follow-up: the next meeting, and starting or resuming the follow-up. */
function FollowUpPanel({
  plan,
  followUp,
  nextMeeting,
}: {
  plan: { versionCount: number; canEdit: boolean };
  followUp: { fromVersion: number; startedOn: string; answered: number; prompts: number } | undefined;
  nextMeeting: string;
}) {
  return (
    <section aria-labelledby="follow-up-heading" className="follow-up-panel">
      <h2 id="follow-up-heading">Follow-up</h2>
      <p>
        {nextMeeting ? `Next meeting: ${nextMeeting}.` : "No next meeting set yet."}{" "}
        {plan.canEdit ? <Link to="sections/follow-up">{nextMeeting ? "Change the date" : "Set a date"}</Link> : null}
      </p>
      {followUp ? (
        <p>
          A follow-up of version {followUp.fromVersion} is in progress (started {followUp.startedOn}, {followUp.answered} of{" "}
          {followUp.prompts} answered).{" "}
          {plan.canEdit ? <Link to="follow-up">Continue the follow-up</Link> : null}
        </p>
      ) : plan.versionCount === 0 ? (
        <p className="muted">A follow-up looks back at a saved version: save version 1 first, then follow up at your next meeting.</p>
      ) : plan.canEdit ? (
        <Form method="post" action="follow-up">
          <button type="submit" name="intent" value="start">
            Start a follow-up of version {plan.versionCount}
          </button>
        </Form>
      ) : null}
      {plan.versionCount > 0 ? (
        <p>
          <Link to="what-helped">What helped, over time</Link>
        </p>
      ) : null}
    </section>
  );
}

export default function PlanOverview() {
  const { user, plan, consult, sections, firstChoicePrompt, followUp, nextMeeting } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const saved = sections.find((s) => s.id === searchParams.get("saved"));
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">My youth</Link> › {plan.chosenName}
      </p>
      <h1>{plan.chosenName}’s plan</h1>
      {saved ? (
        <p className="notice" role="status">
          Saved “{saved.title}” to the draft.
        </p>
      ) : null}
      {searchParams.get("followUp") === "answered" ? (
        <p className="notice" role="status">
          Follow-up answers saved. Now change what needs changing together, then review and save version {plan.versionCount + 1}: it
          records this follow-up.
        </p>
      ) : null}
      <FollowUpPanel plan={plan} followUp={followUp} nextMeeting={nextMeeting} />
      {plan.concernFlag && consult?.current ? (
        <div className="notice">
          <p>
            {consult.supervisorName} acknowledged the imminent-safety concern on {formatDateTime(consult.acknowledgedAt)}. Their consult note:
          </p>
          <p className="prewrap">{consult.note}</p>
        </div>
      ) : plan.concernFlag ? (
        <p className="notice error">
          This plan is flagged with an imminent-safety concern and waits for a supervisor’s consult.{" "}
          {user.role === "supervisor" ? <Link to="concern">Record the consult</Link> : null}
        </p>
      ) : null}
      <p className="lead">{firstChoicePrompt}</p>
      <ul className="cards">
        {sections
          .filter((s) => !s.providerOnly)
          .map((s) => (
            <li key={s.id} className="card">
              {plan.canEdit ? <Link to={`sections/${s.id}`}>{s.title}</Link> : <strong>{s.title}</strong>}
              <span>{s.intro}</span>
              <span className={s.progress.filled > 0 ? "progress started" : "progress"}>{progressLabel(s.progress, s.notChosen)}</span>
            </li>
          ))}
      </ul>
      <h2>For you only</h2>
      <ul className="cards">
        {sections
          .filter((s) => s.providerOnly)
          .map((s) => (
            <li key={s.id} className="card private">
              {plan.canEdit ? <Link to={`sections/${s.id}`}>{s.title}</Link> : <strong>{s.title}</strong>}
              <span>{s.intro}</span>
              <span className={s.progress.filled > 0 ? "progress started" : "progress"}>{progressLabel(s.progress, false)}</span>
            </li>
          ))}
      </ul>
      <div className="actions">
        {plan.canEdit ? (
          <Link className="button" to="review">
            Review and save version {plan.versionCount + 1}
          </Link>
        ) : null}
        <Link className="button secondary" to="versions">
          Saved versions ({plan.versionCount})
        </Link>
        <Link className="button secondary" to="team">
          Care team
        </Link>
        {user.role === "supervisor" ? (
          <Link className="button secondary" to={`/youth/${plan.youthId}/audit`}>
            Audit history
          </Link>
        ) : null}
      </div>
    </AppShell>
  );
}
