import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { comparePlanContents } from "../../templates/csecy-safety-plan/compare";
import { AppShell } from "../components/layout";
import { PlanComparison } from "../components/PlanComparison";
import { getVersionsToCompare } from "../models/version.server";
import { notFound, parseVersionNumber } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { chosenResourceNames } from "../web/resources.server";
import { formatDate } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { planText, showsPlanTexts } from "../i18n/plan-text";

/** The page's interface texts, and the plan template's in the plan's language: the browser loads them before it hydrates. */
export const handle = { ...usesUi("plan"), ...showsPlanTexts((data: { comparison: { language: Language } | null }) => data.comparison?.language) };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.compare.pageTitle, "plan");

/** ?from=a&to=b; without them, the latest version against the one before. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const query = new URL(request.url).searchParams;
  const user = { displayName: actor.displayName, role: actor.role };
  const planSummary = { id: plan.id, chosenName: plan.chosenName, versionCount: plan.versionCount };
  if (!query.has("from") && !query.has("to") && plan.versionCount < 2) return { user, plan: planSummary, comparison: null };
  const from = query.has("from") ? parseVersionNumber(query.get("from") ?? "") : Math.max(plan.versionCount - 1, 1);
  const to = query.has("to") ? parseVersionNumber(query.get("to") ?? "") : plan.versionCount;
  const versions = await getVersionsToCompare(actor, plan.id, from, to);
  if (!versions) notFound();
  const language = versions.after.content.about.language;
  return {
    user,
    plan: planSummary,
    comparison: {
      from,
      to,
      fromSaved: versions.before.createdAt,
      toSaved: versions.after.createdAt,
      sections: comparePlanContents(versions.before.content, versions.after.content),
      language,
      resourceNames: chosenResourceNames(language, [versions.before.content, versions.after.content]),
    },
  };
}

/** Up to this many versions, the pickers list them all; beyond, they take a number. */
const PICKER_OPTIONS = 50;

function VersionSelect({ name, label, value, count }: { name: string; label: string; value: number; count: number }) {
  const t = useUi("plan").compare;
  return (
    <div className="field">
      <label htmlFor={`compare-${name}`}>{label}</label>
      {count > PICKER_OPTIONS ? (
        // A long history: a version number is typed rather than picked from a list of every version.
        <input id={`compare-${name}`} name={name} type="number" inputMode="numeric" min={1} max={count} defaultValue={value} required />
      ) : (
        <select id={`compare-${name}`} name={name} defaultValue={value}>
          {Array.from({ length: count }, (_, i) => count - i).map((n) => (
            <option key={n} value={n}>
              {t.versionOption(n)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

export default function CompareVersions() {
  const { user, plan, comparison } = useLoaderData<typeof loader>();
  const ui = useUi("plan");
  const t = ui.compare;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> ›{" "}
        <Link to={`/plans/${plan.id}/versions`}>{ui.breadcrumbs.versions}</Link> › {t.crumb}
      </p>
      <h1>{t.title}</h1>
      {comparison === null ? (
        <p className="muted">{plan.versionCount === 1 ? t.onlyOne : t.none}</p>
      ) : (
        <>
          {/* A GET form: choosing two versions works without JavaScript, and the URL holds only their numbers. */}
          <Form method="get" className="compare-form" key={`${comparison.from}-${comparison.to}`}>
            <VersionSelect name="from" label={t.from} value={comparison.from} count={plan.versionCount} />
            <VersionSelect name="to" label={t.to} value={comparison.to} count={plan.versionCount} />
            <button type="submit" className="secondary">
              {t.submit}
            </button>
          </Form>
          <p>
            <Link to={`/plans/${plan.id}/versions/${comparison.from}`}>{t.leftLink(comparison.from)}</Link>
            {t.left(formatDate(comparison.fromSaved, ui.locale))}
            <Link to={`/plans/${plan.id}/versions/${comparison.to}`}>{t.rightLink(comparison.to)}</Link>
            {t.right(formatDate(comparison.toSaved, ui.locale))}
            {comparison.sections.some((s) => s.changed) ? "" : t.nothingChanged}
          </p>
          <PlanComparison
            comparisons={comparison.sections}
            before={comparison.from}
            after={comparison.to}
            text={planText(comparison.language)}
            resourceNames={comparison.resourceNames}
          />
        </>
      )}
    </AppShell>
  );
}
