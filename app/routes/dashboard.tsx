import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { listYouth } from "../models/youth.server";
import { requireActor } from "../utils/auth.server";
import { formatDate, formatPlanDate } from "../utils/format";

export const meta: MetaFunction = () => [{ title: "My youth · Safety Plan Builder" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  return { user: { displayName: actor.displayName, role: actor.role }, canAdd: actor.role !== "admin", youth: listYouth(actor) };
}

export default function Dashboard() {
  const { user, canAdd, youth } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user}>
      <h1>{user.role === "supervisor" ? "Youth in my agency" : "My youth"}</h1>
      {canAdd ? (
        <p>
          <Link className="button" to="/youth/new">
            Add a youth
          </Link>
        </p>
      ) : null}
      {youth.length === 0 ? (
        <p className="muted">No youth yet. Add one to start a plan together.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Saved versions</th>
              <th scope="col">Next meeting</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {youth.map((y) => (
              <tr key={y.youthId}>
                <td>
                  <Link to={`/plans/${y.planId}`}>{y.chosenName}</Link>
                  {y.concernFlag ? <span className="tag concern">Safety concern</span> : null}
                </td>
                <td>{y.latestVersion ?? "None yet"}</td>
                <td>{y.nextFollowUp ? formatPlanDate(y.nextFollowUp) : "—"}</td>
                <td>{formatDate(y.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AppShell>
  );
}
