import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { Pager } from "../components/Pager";
import { listRecords } from "../models/records.server";
import { requireRole } from "../web/auth.server";
import { formatDate } from "../utils/format";
import { pageFrom } from "../utils/pagination";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("admin");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.admin.records, "admin");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  return { user: { displayName: actor.displayName, role: actor.role }, records: listRecords(actor, pageFrom(new URL(request.url)))! };
}

export default function Records() {
  const { user, records } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const ui = useUi("admin");
  const t = ui.admin;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/admin">{t.accounts}</Link> › {t.records}
      </p>
      <h1>{t.records}</h1>
      {searchParams.get("deleted") ? (
        <p className="notice" role="status">
          {t.deleted}
        </p>
      ) : null}
      {records.total === 0 ? (
        <p className="muted">{t.noRecords}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.added}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {records.rows.map((r) => (
              <tr key={r.youthId}>
                <td>{r.chosenName}</td>
                <td>{formatDate(r.createdAt, ui.locale)}</td>
                <td>
                  <Link to={`/youth/${r.youthId}/audit`}>{t.auditHistory}</Link> ·{" "}
                  <Link to={`/youth/${r.youthId}/export`}>{t.export}</Link>{" "}
                  · <Link to={`/youth/${r.youthId}/delete`}>{t.delete}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={records.page} pages={records.pages} total={records.total} size={records.size} />
    </AppShell>
  );
}
