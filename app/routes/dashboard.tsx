import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { listYouth } from "../models/youth.server";
import { requireActor } from "../utils/auth.server";
import { formatDate, formatPlanDate } from "../utils/format";

export const meta: MetaFunction = () => [{ title: "My youth · Safety Plan Builder" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  // Admins hold no youth records: their start page is accounts and records.
  if (actor.role === "admin") throw redirect("/admin");
  return { user: { displayName: actor.displayName, role: actor.role }, youth: listYouth(actor) };
}

export default function Dashboard() {
  const { user, youth } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user}>
      <h1>{user.role === "supervisor" ? "Youth in my agency" : "My youth"}</h1>
      <p>
        <Link className="button" to="/youth/new">
          Add a youth
        </Link>
      </p>
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
