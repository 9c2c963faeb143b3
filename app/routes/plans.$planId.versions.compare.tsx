import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { templateText } from "../../templates/csecy-safety-plan";
import { comparePlanContents } from "../../templates/csecy-safety-plan/compare";
import { AppShell } from "../components/layout";
import { PlanComparison } from "../components/PlanComparison";
import { getVersionsToCompare } from "../models/version.server";
import { notFound, parseVersionNumber } from "../utils/http.server";
import { requirePlan } from "../utils/plan-route.server";
import { formatDate } from "../utils/format";

export const meta: MetaFunction = () => [{ title: "Compare versions · Safety Plan Builder" }];

/** ?from=a&to=b; without them, the latest version against the one before. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const query = new URL(request.url).searchParams;
  const user = { displayName: actor.displayName, role: actor.role };
  const planSummary = { id: plan.id, chosenName: plan.chosenName, versionCount: plan.versionCount };
  if (!query.has("from") && !query.has("to") && plan.versionCount < 2) return { user, plan: planSummary, comparison: null };
  const from = query.has("from") ? parseVersionNumber(query.get("from") ?? "") : Math.max(plan.versionCount - 1, 1);
  const to = query.has("to") ? parseVersionNumber(query.get("to") ?? "") : plan.versionCount;
  const versions = getVersionsToCompare(actor, plan.id, from, to);
  if (!versions) notFound();
  return {
    user,
    plan: planSummary,
    comparison: {
      from,
      to,
      fromSaved: formatDate(versions.before.createdAt),
      toSaved: formatDate(versions.after.createdAt),
      sections: comparePlanContents(versions.before.content, versions.after.content),
      language: versions.after.content.about.language,
    },
  };
}

function VersionSelect({ name, label, value, count }: { name: string; label: string; value: number; count: number }) {
  return (
    <div className="field">
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={value}>
        {Array.from({ length: count }, (_, i) => count - i).map((n) => (
          <option key={n} value={n}>
            Version {n}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function CompareVersions() {
  const { user, plan, comparison } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">My youth</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> ›{" "}
        <Link to={`/plans/${plan.id}/versions`}>Saved versions</Link> › Compare
      </p>
      <h1>Compare versions</h1>
      {comparison === null ? (
        <p className="muted">There is only {plan.versionCount === 1 ? "one saved version" : "no saved version"} so far: nothing to compare yet.</p>
      ) : (
        <>
          {/* A GET form: choosing two versions works without JavaScript, and the URL holds only their numbers. */}
          <Form method="get" className="compare-form" key={`${comparison.from}-${comparison.to}`}>
            <VersionSelect name="from" label="From" value={comparison.from} count={plan.versionCount} />
            <VersionSelect name="to" label="To" value={comparison.to} count={plan.versionCount} />
            <button type="submit" className="secondary">
              Compare
            </button>
          </Form>
          <p>
            <Link to={`/plans/${plan.id}/versions/${comparison.from}`}>Version {comparison.from}</Link> (saved {comparison.fromSaved}) on the
            left, <Link to={`/plans/${plan.id}/versions/${comparison.to}`}>version {comparison.to}</Link> (saved {comparison.toSaved}) on the
            right. {comparison.sections.some((s) => s.changed) ? "" : "Nothing changed between them."}
          </p>
          <PlanComparison comparisons={comparison.sections} before={comparison.from} after={comparison.to} text={templateText(comparison.language)} />
        </>
      )}
    </AppShell>
  );
}
