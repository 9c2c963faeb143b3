import type { ActionFunctionArgs } from "@remix-run/node";
import { requireActor } from "../web/auth.server";
import { resourceRoute } from "../web/http.server";

/**
 * POST /session/keepalive: "Stay logged in" in the idle warning. Any signed-in request renews the
 * session's last-seen time; this one does nothing else.
 */
export const action = resourceRoute(async ({ request }: ActionFunctionArgs) => {
  await requireActor(request);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
