import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import { Pager } from "../components/Pager";
import { pageVersions } from "../models/version.server";
import { formatDate, formatDateTime } from "../utils/format";
import { pageFrom } from "../utils/pagination";
import { requirePlan } from "../web/plan-route.server";
import { auditPlanRead } from "../models/audit.server";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("plan");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.versions.title, "plan");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  await auditPlanRead(actor, plan.id, "versions");
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName },
    versions: pageVersions(actor, plan.id, pageFrom(new URL(request.url))),
  };
}

export default function Versions() {
  const { user, plan, versions: page } = useLoaderData<typeof loader>();
  const versions = page.rows;
  const latest = page.total;
  const ui = useUi("plan");
  const t = ui.versions;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> ›{" "}
        {ui.breadcrumbs.versions}
      </p>
      <h1>{t.title}</h1>
      {latest === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <>
          {latest > 1 ? (
            <p>
              <Link className="button secondary" to="compare">
                {t.compare(latest)}
              </Link>{" "}
              <span className="muted">{t.orChoose}</span>
            </p>
          ) : null}
          <table>
            <thead>
              <tr>
                <th scope="col">{t.version}</th>
                <th scope="col">{t.saved}</th>
                <th scope="col">{t.by}</th>
                <th scope="col">{t.note}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.number}>
                  <td>
                    <Link to={`${v.number}`}>{ui.breadcrumbs.version(v.number)}</Link>
                    {v.number === latest ? <span className="tag">{t.latest}</span> : null}
                  </td>
                  <td>{formatDateTime(v.createdAt, ui.locale)}</td>
                  <td>{v.authorName}</td>
                  <td>
                    {v.reviewedOn ? t.reviewedOn(formatDate(v.reviewedOn, ui.locale)) : ""}
                    {v.restoredFrom ? t.restoredFrom(v.restoredFrom) : ""}
                    {v.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page.page} pages={page.pages} total={page.total} size={page.size} />
        </>
      )}
    </AppShell>
  );
}
