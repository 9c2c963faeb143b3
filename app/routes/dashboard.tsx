import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { pageTitle } from "../i18n/meta";
import { useUi } from "../i18n/ui";
import { listYouth } from "../models/youth.server";
import { requireActor } from "../utils/auth.server";
import { formatDate, formatPlanDate } from "../utils/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.dashboard.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  return { user: { displayName: actor.displayName, role: actor.role }, canAdd: actor.role !== "admin", youth: listYouth(actor) };
}

export default function Dashboard() {
  const { user, canAdd, youth } = useLoaderData<typeof loader>();
  const ui = useUi();
  const t = ui.dashboard;
  return (
    <AppShell user={user}>
      <h1>{user.role === "supervisor" ? t.titleSupervisor : t.title}</h1>
      {canAdd ? (
        <p>
          <Link className="button" to="/youth/new">
            {t.addYouth}
          </Link>
        </p>
      ) : null}
      {youth.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.versions}</th>
              <th scope="col">{t.nextMeeting}</th>
              <th scope="col">{t.lastChange}</th>
            </tr>
          </thead>
          <tbody>
            {youth.map((y) => (
              <tr key={y.youthId}>
                <td>
                  <Link to={`/plans/${y.planId}`}>{y.chosenName}</Link>
                  {y.concernFlag ? <span className="tag concern">{t.concern}</span> : null}
                </td>
                <td>{y.latestVersion ?? t.noneYet}</td>
                <td>{y.nextFollowUp ? formatPlanDate(y.nextFollowUp, ui.locale) : "—"}</td>
                <td>{formatDate(y.updatedAt, ui.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AppShell>
  );
}
