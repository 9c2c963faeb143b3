import { databaseHealth } from "../models/health.server";
import { resourceRoute } from "../web/http.server";

const ANSWERS = {
  ok: { status: 200, body: "ok" },
  unavailable: { status: 503, body: "database unavailable" },
  "cannot-write": { status: 503, body: "database cannot write (storage full or failing)" },
} as const;

/** Whether the app and its database answer, and whether the database can store a save. No data in the reply. */
export const loader = resourceRoute(() => {
  const { status, body } = ANSWERS[databaseHealth()];
  return new Response(body, { status, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
});
