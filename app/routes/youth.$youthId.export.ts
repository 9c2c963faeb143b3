import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportRecord } from "../models/records.server";
import { requireRole } from "../utils/auth.server";
import { deny, parseId, resourceRoute } from "../utils/http.server";

/** GET /youth/:youthId/export: the youth's whole record as a JSON download, for the agency's admin. */
export const loader = resourceRoute(async ({ request, params }: LoaderFunctionArgs) => {
  const actor = await requireRole(request, ["admin"]);
  const youthId = parseId(params.youthId);
  const record = exportRecord(actor, youthId);
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
