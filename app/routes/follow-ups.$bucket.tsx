import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { DueFollowUpsTable } from "../components/DueFollowUpsTable";
import { Pager } from "../components/Pager";
import { pageDueList } from "../models/follow-up.server";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import { requireRole } from "../web/auth.server";
import { notFound } from "../web/http.server";
import { DUE_BUCKETS } from "../utils/calendar";
import { pageFrom } from "../utils/pagination";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("lists");

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, (ui) => (data ? ui.dueList.titles[data.bucket] : ui.dashboard.followUps), "lists");

/** One due list in full (overdue, this week, later), a page at a time: the dashboard shows the start of each. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["provider", "supervisor"]);
  const bucket = DUE_BUCKETS.find((b) => b === params.bucket);
  if (!bucket) notFound();
  return {
    user: { displayName: actor.displayName, role: actor.role },
    bucket,
    list: pageDueList(actor, bucket, pageFrom(new URL(request.url))),
  };
}

export default function DueFollowUps() {
  const { user, bucket, list } = useLoaderData<typeof loader>();
  const ui = useUi("lists");
  const t = ui.dueList;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › {t.titles[bucket]}
      </p>
      <h1 id="due-list">
        {t.titles[bucket]} ({list.total})
      </h1>
      <p className="muted">{user.role === "supervisor" ? t.agency : t.mine}</p>
      {list.total === 0 ? (
        <p className="muted">{ui.dashboard[EMPTY[bucket]]}</p>
      ) : (
        <DueFollowUpsTable rows={list.rows} labelledBy="due-list" />
      )}
      <Pager page={list.page} pages={list.pages} total={list.total} size={list.size} />
    </AppShell>
  );
}

const EMPTY = { overdue: "overdueEmpty", "this-week": "thisWeekEmpty", later: "laterEmpty" } as const;
