import { getRecordSummary } from "../models/records.server";
import { requireRole } from "./auth.server";
import { deny, parseId } from "./http.server";

/** An admin and the youth record named in the URL (its summary only), or a 404 (audited) when out of their agency. */
export async function requireAdminRecord(request: Request, youthIdParam: string | undefined) {
  const actor = await requireRole(request, ["admin"]);
  const youthId = parseId(youthIdParam);
  const record = getRecordSummary(actor, youthId);
  if (!record) return deny(actor, "youth", youthId);
  return { actor, record };
}
