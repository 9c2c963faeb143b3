import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { listRecords } from "../models/records.server";
import { requireRole } from "../utils/auth.server";
import { formatDate } from "../utils/format";

export const meta: MetaFunction = () => [{ title: "Youth records · Safety Plan Builder" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  return { user: { displayName: actor.displayName, role: actor.role }, records: listRecords(actor) ?? [] };
}

export default function Records() {
  const { user, records } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/admin">Accounts</Link> › Youth records
      </p>
      <h1>Youth records</h1>
      {searchParams.get("deleted") ? (
        <p className="notice" role="status">
          The record was deleted for good. The audit trail keeps that it happened.
        </p>
      ) : null}
      {records.length === 0 ? (
        <p className="muted">No youth records in this agency.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Added</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.youthId}>
                <td>{r.chosenName}</td>
                <td>{formatDate(r.createdAt)}</td>
                <td>
                  <Link to={`/youth/${r.youthId}/audit`}>Audit history</Link> ·{" "}
                  <a href={`/youth/${r.youthId}/export`} download>
                    Export (JSON)
                  </a>{" "}
                  · <Link to={`/youth/${r.youthId}/delete`}>Delete…</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AppShell>
  );
}
