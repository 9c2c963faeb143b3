import { databaseAnswers } from "../models/health.server";
import { resourceRoute } from "../utils/http.server";

/** Whether the app and its database answer. No data in the reply. */
export const loader = resourceRoute(() => {
  const ok = databaseAnswers();
  return new Response(ok ? "ok" : "database unavailable", {
    status: ok ? 200 : 503,
    headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
  });
});
