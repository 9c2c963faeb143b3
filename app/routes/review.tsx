import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { listFlaggedPlans } from "../models/concern-review.server";
import { requireRole } from "../utils/auth.server";
import { formatDateTime } from "../utils/format";

export const meta: MetaFunction = () => [{ title: "Flagged plans · Safety Plan Builder" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["supervisor"]);
  return { user: { displayName: actor.displayName, role: actor.role }, flagged: listFlaggedPlans(actor) ?? [] };
}

export default function ReviewQueue() {
  const { user, flagged } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user}>
      <h1>Plans flagged for a consult</h1>
      <p className="muted">A provider flagged an imminent-safety concern on these plans. Open one to record your consult and acknowledge it.</p>
      {flagged.length === 0 ? (
        <p>Nothing is waiting for you.</p>
      ) : (
        <ul className="cards">
          {flagged.map((f) => (
            <li key={f.planId} className="card">
              <Link to={`/plans/${f.planId}/concern`}>{f.chosenName}</Link>
              <span>Flagged {f.raisedAt ? formatDateTime(f.raisedAt) : ""}</span>
            </li>
          ))}
        </ul>
      )}
    </AppShell>
  );
}
