import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { NameSearch } from "../components/NameSearch";
import { Pager } from "../components/Pager";
import { useValidatedForm } from "../components/use-validated-form";
import { findRecordsByName, listRecords } from "../models/records.server";
import { requireRole } from "../web/auth.server";
import { answerNameSearch, type nameSearchSchema } from "../web/name-search.server";
import { formatDate } from "../utils/format";
import { pageFrom } from "../utils/pagination";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("admin", "lists");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.admin.records, "admin");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  return { user: { displayName: actor.displayName, role: actor.role }, records: listRecords(actor, pageFrom(new URL(request.url)))! };
}

/** "Find by name": the agency's records whose name holds what was typed. */
export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  return answerNameSearch(request, (typed) => findRecordsByName(actor, typed)!);
}

type RecordRow = ReturnType<typeof useLoaderData<typeof loader>>["records"]["rows"][number];

function RecordsTable({ rows }: { rows: readonly RecordRow[] }) {
  const ui = useUi("admin");
  const t = ui.admin;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.added}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.youthId}>
              <td>{r.chosenName}</td>
              <td>{formatDate(r.createdAt, ui.locale)}</td>
              <td>
                <Link to={`/youth/${r.youthId}/audit`}>{t.auditHistory}</Link> · <Link to={`/youth/${r.youthId}/export`}>{t.export}</Link> ·{" "}
                <Link to={`/youth/${r.youthId}/delete`}>{t.delete}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Records() {
  const { user, records } = useLoaderData<typeof loader>();
  const searched = useActionData<typeof action>();
  const [form, fields] = useValidatedForm<typeof nameSearchSchema>({ lastResult: searched?.result });
  const [searchParams] = useSearchParams();
  const t = useUi("admin").admin;
  const found = searched?.found;
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
      {records.total > 0 ? (
        <NameSearch form={form} name={fields.name} found={found} listPath="/admin/records">
          {found ? <RecordsTable rows={found.rows} /> : null}
        </NameSearch>
      ) : null}
      {found ? null : (
        <>
          {records.total === 0 ? <p className="muted">{t.noRecords}</p> : <RecordsTable rows={records.rows} />}
          <Pager page={records.page} pages={records.pages} total={records.total} size={records.size} />
        </>
      )}
    </AppShell>
  );
}
