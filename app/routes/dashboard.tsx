import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { Pager } from "../components/Pager";
import { DueFollowUpsTable } from "../components/DueFollowUpsTable";
import { NameSearch } from "../components/NameSearch";
import { useValidatedForm } from "../components/use-validated-form";
import { pageFollowUpsDue, type DueFollowUp } from "../models/follow-up.server";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import { findYouthByName, listYouth } from "../models/youth.server";
import { requireActor, requireRole } from "../web/auth.server";
import { answerNameSearch, type nameSearchSchema } from "../web/name-search.server";
import { formatDate, formatPlanDate } from "../utils/format";
import type { DueBucket } from "../utils/calendar";
import { DUE_PREVIEW_SIZE, firstPage, pageFrom, type Paged } from "../utils/pagination";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("lists");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.dashboard.title, "lists");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const url = new URL(request.url);
  // Admins hold no youth records: their start page is accounts and records.
  if (actor.role === "admin") throw redirect("/admin");
  return {
    user: { displayName: actor.displayName, role: actor.role },
    youth: listYouth(actor, pageFrom(url)),
    // The start of each due list; the whole list is its own paged page (/follow-ups/overdue …).
    // A provider's lists hold only their care team's youth.
    due: pageFollowUpsDue(actor, { overdue: firstPage(DUE_PREVIEW_SIZE), "this-week": firstPage(DUE_PREVIEW_SIZE), later: firstPage(DUE_PREVIEW_SIZE) }),
  };
}

/** "Find by name": the youth the actor may read whose name holds what was typed. */
export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, ["provider", "supervisor"]);
  return answerNameSearch(request, (typed) => findYouthByName(actor, typed));
}

function DueList({ bucket, title, list, empty }: { bucket: DueBucket; title: string; list: Paged<DueFollowUp>; empty: string }) {
  const ui = useUi("lists");
  const id = `due-${bucket}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} ({list.total})
      </h3>
      {list.total === 0 ? <p className="muted">{empty}</p> : <DueFollowUpsTable rows={list.rows} labelledBy={id} />}
      {list.total > list.rows.length ? (
        <p>
          <Link to={`/follow-ups/${bucket}`}>{ui.dueList.seeAll[bucket](list.total)}</Link>
        </p>
      ) : null}
    </section>
  );
}

type YouthRow = ReturnType<typeof useLoaderData<typeof loader>>["youth"]["rows"][number];

function YouthTable({ rows, labelledBy }: { rows: readonly YouthRow[]; labelledBy?: string }) {
  const ui = useUi("lists");
  const t = ui.dashboard;
  return (
    <div className="table-scroll">
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.versions}</th>
            <th scope="col">{t.nextMeeting}</th>
            <th scope="col">{t.lastChange}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((y) => (
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
    </div>
  );
}

export default function Dashboard() {
  const { user, youth, due } = useLoaderData<typeof loader>();
  const searched = useActionData<typeof action>();
  const [form, fields] = useValidatedForm<typeof nameSearchSchema>({ lastResult: searched?.result });
  const ui = useUi("lists");
  const t = ui.dashboard;
  const found = searched?.found;
  return (
    <AppShell user={user}>
      <h1>{user.role === "supervisor" ? t.titleSupervisor : t.title}</h1>
      <p>
        <Link className="button" to="/youth/new">
          {t.addYouth}
        </Link>
      </p>
      {youth.total > 0 ? (
        <NameSearch form={form} name={fields.name} found={found} listPath="/dashboard">
          {found ? <YouthTable rows={found.rows} /> : null}
        </NameSearch>
      ) : null}
      {found ? null : (
        <>
          {youth.total > 0 ? (
            <section aria-labelledby="follow-ups-due" className="due-lists">
              <h2 id="follow-ups-due">{user.role === "supervisor" ? t.followUpsAgency : t.followUps}</h2>
              <DueList bucket="overdue" title={t.overdue} list={due.overdue} empty={t.overdueEmpty} />
              <DueList bucket="this-week" title={t.thisWeek} list={due["this-week"]} empty={t.thisWeekEmpty} />
              <DueList bucket="later" title={t.later} list={due.later} empty={t.laterEmpty} />
            </section>
          ) : null}
          {youth.total > 0 ? <h2 id="all-youth">{user.role === "supervisor" ? t.allYouth : t.allMyYouth}</h2> : null}
          {youth.total === 0 ? <p className="muted">{t.empty}</p> : <YouthTable rows={youth.rows} labelledBy="all-youth" />}
          <Pager page={youth.page} pages={youth.pages} total={youth.total} size={youth.size} />
        </>
      )}
    </AppShell>
  );
}
