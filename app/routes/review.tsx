import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { Pager } from "../components/Pager";
import { listFlaggedPlans } from "../models/concern-review.server";
import { pageFrom } from "../utils/pagination";
import { requireRole } from "../web/auth.server";
import { formatDateTime, formatWaited } from "../utils/format";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("lists");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.shell.flaggedPlans);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["supervisor"]);
  const now = Date.now();
  const { rows, ...pager } = listFlaggedPlans(actor, pageFrom(new URL(request.url)))!;
  const flagged = rows.map((f) => ({ ...f, waitedMs: f.raisedAt ? now - f.raisedAt.getTime() : null }));
  return { user: { displayName: actor.displayName, role: actor.role }, flagged, pager };
}

export default function ReviewQueue() {
  const { user, flagged, pager } = useLoaderData<typeof loader>();
  const ui = useUi("lists");
  const t = ui.reviewQueue;
  return (
    <AppShell user={user}>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {flagged.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul className="cards">
          {flagged.map((f) => (
            <li key={f.planId} className="card">
              <Link to={`/plans/${f.planId}/concern`}>{f.chosenName}</Link>
              <span>{t.flagged(f.raisedAt ? formatDateTime(f.raisedAt, ui.locale) : "")}</span>
              {f.waitedMs !== null ? <strong className="waited">{t.waited(formatWaited(f.waitedMs, ui.locale))}</strong> : null}
            </li>
          ))}
        </ul>
      )}
      <Pager page={pager.page} pages={pager.pages} total={pager.total} size={pager.size} />
    </AppShell>
  );
}
