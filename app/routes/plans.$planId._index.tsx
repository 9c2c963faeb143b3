import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { sectionProgress, type SectionProgress } from "../../templates/csecy-safety-plan/progress";
import { PROVIDER_ONLY_SECTIONS, SECTION_IDS } from "../../templates/csecy-safety-plan/structure";
import { AimsBox } from "../components/AimsBox";
import { AppShell } from "../components/layout";
import { PlanLanguageNote } from "../components/PlanLanguageNote";
import { answeredCount } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, useUiLanguage, type UiTexts } from "../i18n/ui";
import { auditPlanRead } from "../models/audit.server";
import { getOpenFollowUp } from "../models/follow-up.server";
import { latestConcernReview } from "../models/concern-review.server";
import { formatDate, formatDateTime, formatPlanDate } from "../utils/format";
import { requirePlan } from "../web/plan-route.server";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { planText, showsPlanTexts } from "../i18n/plan-text";

/** The page's interface texts, and the plan template's in the plan's language: the browser loads them before it hydrates. */
export const handle = { ...usesUi("plan", "copies"), ...showsPlanTexts((data: { language: Language }) => data.language) };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.overview.pageTitle, "plan");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  await auditPlanRead(actor, plan.id, "overview");
  const followUp = getOpenFollowUp(actor, plan.id);
  return {
    followUp: followUp && {
      fromVersion: followUp.fromVersion,
      startedAt: followUp.startedAt,
      answered: answeredCount(followUp.prompts, followUp.document.answers),
      prompts: followUp.prompts.length,
    },
    nextMeeting: plan.draft["follow-up"].nextMeeting,
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, youthId: plan.youthId, chosenName: plan.chosenName, versionCount: plan.versionCount, canEdit: plan.canEdit, concernFlag: plan.concernFlag },
    consult: latestConcernReview(actor, plan.id),
    language: plan.draft.about.language,
    sections: SECTION_IDS.map((id) => ({
      id,
      providerOnly: PROVIDER_ONLY_SECTIONS.includes(id),
      notChosen: id === "safer-working" && !plan.draft["safer-working"].wanted,
      progress: sectionProgress(id, plan.draft),
    })),
  };
}

function progressLabel(ui: UiTexts<"plan">, { filled, total }: SectionProgress, notChosen: boolean) {
  if (notChosen && filled === 0) return ui.overview.onlyIfWanted;
  if (filled === 0) return ui.overview.notStarted;
  return total === null ? ui.overview.added(filled) : ui.overview.filled(filled, total);
}

/** Where the plan stands with its follow-up: the next meeting, and starting or resuming the follow-up. */
function FollowUpPanel({
  plan,
  followUp,
  nextMeeting,
}: {
  plan: { versionCount: number; canEdit: boolean };
  followUp: { fromVersion: number; startedAt: Date | string; answered: number; prompts: number } | undefined;
  nextMeeting: string;
}) {
  const ui = useUi("plan", "copies");
  const t = ui.overview;
  const nextMeetingOn = formatPlanDate(nextMeeting, ui.locale);
  return (
    <section aria-labelledby="follow-up-heading" className="follow-up-panel">
      <h2 id="follow-up-heading">{t.followUp}</h2>
      <p>
        {nextMeetingOn ? t.nextMeeting(nextMeetingOn) : t.noNextMeeting}{" "}
        {plan.canEdit ? <Link to="sections/follow-up">{nextMeetingOn ? t.changeDate : t.setDate}</Link> : null}
      </p>
      {followUp ? (
        <p>
          {t.inProgress(followUp.fromVersion, formatDate(followUp.startedAt, ui.locale), followUp.answered, followUp.prompts)}{" "}
          {plan.canEdit ? <Link to="follow-up">{t.continueFollowUp}</Link> : null}
        </p>
      ) : plan.versionCount === 0 ? (
        <p className="muted">{t.saveVersionFirst}</p>
      ) : plan.canEdit ? (
        <Form method="post" action="follow-up">
          <button type="submit" name="intent" value="start">
            {t.startFollowUp(plan.versionCount)}
          </button>
        </Form>
      ) : null}
      {plan.versionCount > 0 ? (
        <p>
          <Link to="what-helped">{t.whatHelped}</Link>
        </p>
      ) : null}
    </section>
  );
}

export default function PlanOverview() {
  const { user, plan, consult, sections, language, followUp, nextMeeting } = useLoaderData<typeof loader>();
  const ui = useUi("plan", "copies");
  const uiLanguage = useUiLanguage();
  const text = planText(language);
  const [searchParams] = useSearchParams();
  const saved = sections.find((s) => s.id === searchParams.get("saved"));
  const card = (s: (typeof sections)[number], className: string) => (
    <li key={s.id} className={className}>
      {plan.canEdit ? <Link to={`sections/${s.id}`}>{text.sections[s.id].title}</Link> : <strong>{text.sections[s.id].title}</strong>}
      <span>{text.sections[s.id].intro}</span>
      <span lang={uiLanguage} className={s.progress.filled > 0 ? "progress started" : "progress"}>{progressLabel(ui, s.progress, s.notChosen)}</span>
    </li>
  );
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › {plan.chosenName}
      </p>
      <h1>{ui.overview.title(plan.chosenName)}</h1>
      {saved ? (
        <p className="notice" role="status">
          {ui.overview.saved(text.sections[saved.id].title)}
        </p>
      ) : null}
      {searchParams.get("followUp") === "answered" ? (
        <p className="notice" role="status">
          {ui.overview.followUpAnswered(plan.versionCount + 1)}
        </p>
      ) : null}
      <FollowUpPanel plan={plan} followUp={followUp} nextMeeting={nextMeeting} />
      {plan.concernFlag && consult?.current ? (
        <div className="notice">
          <p>
            {ui.overview.consultDone(consult.supervisorName, formatDateTime(consult.acknowledgedAt, ui.locale))}
          </p>
          <p className="prewrap">{consult.note}</p>
        </div>
      ) : plan.concernFlag ? (
        <p className="notice error">
          {ui.overview.waitsForConsult}{" "}
          {user.role === "supervisor" ? <Link to="concern">{ui.overview.recordConsult}</Link> : null}
        </p>
      ) : null}
      <p className="muted">{ui.overview.planLanguage(ui.language.names[language])}</p>
      <PlanLanguageNote planLanguage={language} />
      <AimsBox text={text} />
      {plan.canEdit ? (
        <div className="together-start">
          <Link className="button" to="together">
            {ui.overview.together}
          </Link>
          <Form method="post" action="together">
            <button type="submit" name="intent" value="hand-over" className="secondary">
              {ui.overview.handOver}
            </button>
          </Form>
          <p className="muted">
            {ui.overview.togetherHint} {ui.overview.handOverHint}
          </p>
        </div>
      ) : null}
      <p className="lead" lang={language}>
        {text.firstChoicePrompt}
      </p>
      <ul className="cards" lang={language}>
        {sections.filter((s) => !s.providerOnly).map((s) => card(s, "card"))}
      </ul>
      <h2>{ui.overview.forYouOnly}</h2>
      <ul className="cards" lang={language}>
        {sections.filter((s) => s.providerOnly).map((s) => card(s, "card private"))}
      </ul>
      <div className="actions">
        {plan.canEdit ? (
          <Link className="button" to="review">
            {ui.overview.review(plan.versionCount + 1)}
          </Link>
        ) : null}
        <Link className="button secondary" to="versions">
          {ui.overview.versions(plan.versionCount)}
        </Link>
        <Link className="button secondary" to="copies">
          {ui.copies.title}
        </Link>
        <Link className="button secondary" to="team">
          {ui.overview.careTeam}
        </Link>
        {user.role === "supervisor" ? (
          <Link className="button secondary" to={`/youth/${plan.youthId}/audit`}>
            {ui.overview.auditHistory}
          </Link>
        ) : null}
      </div>
    </AppShell>
  );
}
