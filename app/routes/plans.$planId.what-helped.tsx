import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { followUpChoiceLabels, type FollowUpChoice } from "../../templates/csecy-safety-plan/follow-up-prompts";
import { whatHelped } from "../../templates/csecy-safety-plan/what-helped";
import { AppShell } from "../components/layout";
import { listFollowUps } from "../models/follow-up.server";
import { requirePlan } from "../utils/plan-route.server";
import { formatDate } from "../utils/format";

export const meta: MetaFunction = () => [{ title: "What helped · Safety Plan Builder" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const followUps = listFollowUps(actor, plan.id);
  const language = plan.draft.about.language;
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName },
    followUps: followUps.map((f) => ({
      id: f.id,
      heldOn: formatDate(f.startedAt),
      by: f.startedBy,
      fromVersion: f.fromVersion,
      producedVersion: f.producedVersion,
    })),
    rows: whatHelped(followUps, language),
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
  const { user, plan, followUps, rows, labels } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">My youth</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> › What helped
      </p>
      <h1>What helped, over time</h1>
      {followUps.length === 0 ? (
        <p className="muted">No follow-up yet. At your next meeting, start one from the plan: its answers show here.</p>
      ) : (
        <>
          <p>Each strategy in the plan, and what {plan.chosenName} said about it at every follow-up. An empty cell was not in the plan then.</p>
          {rows.length === 0 ? (
            <p className="muted">The plan had no coping or safer strategies at these follow-ups.</p>
          ) : (
            <div className="table-scroll">
              <table className="what-helped">
                <thead>
                  <tr>
                    <th scope="col">Strategy</th>
                    {followUps.map((f) => (
                      <th scope="col" key={f.id}>
                        {f.heldOn}
                        <span className="muted"> (version {f.fromVersion})</span>
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
                          {outcome === null ? "" : outcome === "" ? "No answer" : labels[outcome]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>Follow-ups</h2>
          <ul>
            {followUps.map((f) => (
              <li key={f.id}>
                {f.heldOn}, by {f.by}: looked back at <Link to={`/plans/${plan.id}/versions/${f.fromVersion}`}>version {f.fromVersion}</Link>
                {f.producedVersion ? (
                  <>
                    {" "}
                    and led to <Link to={`/plans/${plan.id}/versions/${f.producedVersion}`}>version {f.producedVersion}</Link> (
                    <Link to={`/plans/${plan.id}/versions/compare?from=${f.fromVersion}&to=${f.producedVersion}`}>what changed</Link>)
                  </>
                ) : (
                  " (in progress)"
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </AppShell>
  );
}
