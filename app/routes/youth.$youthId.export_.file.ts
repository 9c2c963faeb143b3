import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRecord } from "../models/records.server";
import { requireRole } from "../web/auth.server";
import { redeemExportTicket } from "../web/export-tickets.server";
import { deny, parseId, resourceRoute } from "../web/http.server";

/**
 * The youth's whole record as a JSON download, once, with the ticket the export form's POST gave
 * (the admin's password again and a reason, kept in the audit trail with the export).
 */
export const loader = resourceRoute(async ({ request, params }: LoaderFunctionArgs) => {
  const actor = await requireRole(request, ["admin"]);
  const youthId = parseId(params.youthId);
  const reason = redeemExportTicket(new URL(request.url).searchParams.get("ticket") ?? "", actor.id, youthId);
  if (reason === undefined) return deny(actor, "youth", youthId);
  const record = await exportRecord(actor, youthId, reason);
  if (!record) return deny(actor, "youth", youthId);
  return new Response(JSON.stringify(record, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      // The file name carries the record's id only: a name in a download folder can be seen.
      "Content-Disposition": `attachment; filename="youth-record-${youthId}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
