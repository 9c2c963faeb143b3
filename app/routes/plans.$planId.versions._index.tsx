import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { listVersions } from "../models/version.server";
import { requirePlan } from "../utils/plan-route.server";
import { formatDate, formatDateTime } from "../utils/format";

export const meta: MetaFunction = () => [{ title: "Saved versions · Safety Plan Builder" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName },
    versions: listVersions(actor, plan.id).reverse(),
  };
}

export default function Versions() {
  const { user, plan, versions } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">My youth</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> › Saved versions
      </p>
      <h1>Saved versions</h1>
      {versions.length === 0 ? (
        <p className="muted">No version saved yet. Review the plan to save version 1.</p>
      ) : (
        <>
          {versions.length > 1 ? (
            <p>
              <Link className="button secondary" to="compare">
                Compare version {versions[0]!.number} with version {versions[0]!.number - 1}
              </Link>{" "}
              <span className="muted">or choose any two versions there.</span>
            </p>
          ) : null}
          <table>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">By</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.number}>
                  <td>
                    <Link to={`${v.number}`}>Version {v.number}</Link>
                    {v.number === versions[0]?.number ? <span className="tag">latest</span> : null}
                  </td>
                  <td>{formatDateTime(v.createdAt)}</td>
                  <td>{v.authorName}</td>
                  <td>
                    {v.reviewedOn ? `Reviewed with the youth on ${formatDate(v.reviewedOn)}. ` : ""}
                    {v.restoredFrom ? `Started again from version ${v.restoredFrom}. ` : ""}
                    {v.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </AppShell>
  );
}
