import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { followUpChoiceLabels, type FollowUpChoice } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { whatHelped } from "../../templates/csecy-safety-plan/what-helped";
import { AppShell } from "../components/layout";
import { Pager } from "../components/Pager";
import { pageFollowUps } from "../models/follow-up.server";
import { requirePlan } from "../web/plan-route.server";
import { formatDate } from "../utils/format";
import { pageFrom } from "../utils/pagination";
import { pageTitle } from "../i18n/meta";
import { planText } from "../i18n/plan-text";
import { usesUi, useUi } from "../i18n/ui";
import { auditPlanRead } from "../models/audit.server";

const WHAT_HELPED_COLUMNS = 12;

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("plan");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.whatHelped.pageTitle, "plan");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  // The latest twelve meetings a page (the grid's columns), older ones behind plain links.
  const page = pageFollowUps(actor, plan.id, pageFrom(new URL(request.url), "page", WHAT_HELPED_COLUMNS));
  const followUps = page.rows;
  const language = plan.draft.about.language;
  await auditPlanRead(actor, plan.id, "what-helped");
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName },
    followUps: followUps.map((f) => ({
      id: f.id,
      startedAt: f.startedAt,
      by: f.startedBy,
      fromVersion: f.fromVersion,
      producedVersion: f.producedVersion,
    })),
    rows: whatHelped(followUps, planText(language)),
    page: { page: page.page, pages: page.pages, total: page.total, size: page.size },
    labels: followUpChoiceLabels(language, "short"),
  };
}

/** A cell's look says the same as its words, for a quick scan: helped, did not help, other. */
function outcomeClass(outcome: FollowUpChoice | "" | null) {
  if (outcome === "used-helped") return "outcome helped";
  if (outcome === "used-not-helped" || outcome === "not-used") return "outcome not-helped";
  return "outcome";
}

export default function WhatHelped() {
  const { user, plan, followUps, rows, labels, page } = useLoaderData<typeof loader>();
  const ui = useUi("plan");
  const t = ui.whatHelped;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> › {t.crumb}
      </p>
      <h1>{t.title}</h1>
      {followUps.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <>
          <p>{t.intro(plan.chosenName)}</p>
          {rows.length === 0 ? (
            <p className="muted">{t.noStrategies}</p>
          ) : (
            <div className="table-scroll">
              <table className="what-helped">
                <thead>
                  <tr>
                    <th scope="col">{t.strategy}</th>
                    {followUps.map((f) => (
                      <th scope="col" key={f.id}>
                        {formatDate(f.startedAt, ui.locale)}
                        <span className="muted">{t.ofVersion(f.fromVersion)}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{row.subject}</th>
                      {row.outcomes.map((outcome, i) => (
                        <td key={followUps[i]!.id} className={outcomeClass(outcome)}>
                          {outcome === null ? "" : outcome === "" ? t.noAnswer : labels[outcome]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager {...page} />
          <h2>{t.followUps}</h2>
          <ul>
            {followUps.map((f) => (
              <li key={f.id}>
                {t.heldBy(formatDate(f.startedAt, ui.locale), f.by)}
                <Link to={`/plans/${plan.id}/versions/${f.fromVersion}`}>{t.version(f.fromVersion)}</Link>
                {f.producedVersion ? (
                  <>
                    {" "}
                    {t.ledTo}
                    <Link to={`/plans/${plan.id}/versions/${f.producedVersion}`}>{t.version(f.producedVersion)}</Link> (
                    <Link to={`/plans/${plan.id}/versions/compare?from=${f.fromVersion}&to=${f.producedVersion}`}>{t.whatChanged}</Link>)
                  </>
                ) : (
                  t.inProgress
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </AppShell>
  );
}
