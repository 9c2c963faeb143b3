import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { AuditAction } from "../models/audit.server";
import { AppShell } from "../components/layout";
import { Pager } from "../components/Pager";
import { auditHistory } from "../models/records.server";
import { requireRole } from "../web/auth.server";
import { formatDateTime } from "../utils/format";
import { pageFrom } from "../utils/pagination";
import { deny, parseId } from "../web/http.server";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("admin");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.audit.pageTitle, "admin");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["admin", "supervisor"]);
  const youthId = parseId(params.youthId);
  const history = await auditHistory(actor, youthId, pageFrom(new URL(request.url)));
  if (!history) return deny(actor, "youth", youthId);
  return {
    user: { displayName: actor.displayName, role: actor.role },
    chosenName: history.record.chosenName,
    planId: actor.role === "supervisor" ? history.record.planId : null,
    events: history.events,
  };
}

export default function AuditHistory() {
  const { user, chosenName, planId, events } = useLoaderData<typeof loader>();
  const ui = useUi("admin");
  const t = ui.audit;
  const actionNames: Record<AuditAction, string> = t.actions;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        {planId ? <Link to={`/plans/${planId}`}>{t.crumbPlan(chosenName)}</Link> : <Link to="/admin/records">{t.records}</Link>} › {t.pageTitle}
      </p>
      <h1>{t.title(chosenName)}</h1>
      <p className="muted">{t.intro}</p>
      <p className="muted">{ui.auditPaging.viewsNotListed}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.when}</th>
            <th scope="col">{t.who}</th>
            <th scope="col">{t.what}</th>
            <th scope="col">{t.detail}</th>
          </tr>
        </thead>
        <tbody>
          {events.rows.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at, ui.locale)}</td>
              <td>{e.userName ?? "—"}</td>
              <td>{actionNames[e.action] ?? e.action}</td>
              <td>{e.detail ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={events.page} pages={events.pages} total={events.total} size={events.size} />
    </AppShell>
  );
}
