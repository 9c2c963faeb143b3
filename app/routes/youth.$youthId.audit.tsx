import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { AuditAction } from "../../db/schema";
import { AppShell } from "../components/layout";
import { auditHistory } from "../models/records.server";
import { requireRole } from "../utils/auth.server";
import { formatDateTime } from "../utils/format";
import { deny, parseId } from "../utils/http.server";

const ACTION_NAMES: Record<AuditAction, string> = {
  login: "Logged in",
  login_failed: "Failed login",
  logout: "Logged out",
  youth_create: "Added the youth",
  plan_view: "Opened the plan",
  section_save: "Saved a section",
  version_save: "Saved a version",
  version_restore: "Started again from a version",
  version_view: "Opened a version",
  print: "Printed a copy",
  access_denied: "Was refused access",
  follow_up_start: "Started a follow-up",
  follow_up_save: "Saved follow-up answers",
  version_compare: "Compared two versions",
  together_handover: "Handed the screen to the youth",
  together_unlock: "Took the screen back",
  quick_exit: "Used quick exit",
  user_create: "Created an account",
  user_disable: "Disabled an account",
  user_enable: "Re-enabled an account",
  password_reset: "Set a new password",
  care_team_add: "Added to the care team",
  care_team_remove: "Removed from the care team",
  concern_acknowledge: "Acknowledged the safety concern",
  audit_view: "Viewed this audit history",
  export: "Exported the record",
  youth_delete: "Deleted the record",
};

export const meta: MetaFunction = () => [{ title: "Audit history · Safety Plan Builder" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["admin", "supervisor"]);
  const youthId = parseId(params.youthId);
  const history = auditHistory(actor, youthId);
  if (!history) deny(actor, "youth", youthId);
  return {
    user: { displayName: actor.displayName, role: actor.role },
    chosenName: history.record.chosenName,
    planId: actor.role === "supervisor" ? history.record.planId : null,
    events: history.events.map((e) => ({ ...e, actionName: ACTION_NAMES[e.action] ?? e.action })),
  };
}

export default function AuditHistory() {
  const { user, chosenName, planId, events } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        {planId ? <Link to={`/plans/${planId}`}>{chosenName}’s plan</Link> : <Link to="/admin/records">Youth records</Link>} › Audit history
      </p>
      <h1>Audit history: {chosenName}</h1>
      <p className="muted">Who opened, changed, printed or exported this record, and when. It never shows what the plan says.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.userName ?? "—"}</td>
              <td>{e.actionName}</td>
              <td>{e.detail ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AppShell>
  );
}
