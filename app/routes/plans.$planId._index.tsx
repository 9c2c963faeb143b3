import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import {
  PROVIDER_ONLY_SECTIONS,
  SECTION_IDS,
  sectionProgress,
  templateText,
  type SectionProgress,
} from "../../templates/csecy-safety-plan";
import { AppShell } from "../components/layout";
import { recordAudit } from "../models/audit.server";
import { latestConcernReview } from "../models/concern-review.server";
import { formatDateTime } from "../utils/format";
import { requirePlan } from "../utils/plan-route.server";

export const meta: MetaFunction = () => [{ title: "Plan · Safety Plan Builder" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  recordAudit({ orgId: actor.orgId, userId: actor.id, action: "plan_view", subjectType: "plan", subjectId: plan.id });
  const text = templateText(plan.draft.about.language);
  return {
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

export default function PlanOverview() {
  const { user, plan, consult, sections, firstChoicePrompt } = useLoaderData<typeof loader>();
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
