import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { readFormData } from "../web/forms.server";
import { safeRedirect } from "../web/auth.server";
import { resourceRoute } from "../web/http.server";
import { languageCookieHeader, parseLanguage } from "../web/language.server";

/**
 * POST language=en|es&redirectTo=/path: the interface language, kept in a cookie; back to the page.
 * The switch's buttons only send a language we have, so anything else is left as it was.
 */
export const action = resourceRoute(async ({ request }: ActionFunctionArgs) => {
  const form = await readFormData(request);
  const language = parseLanguage(form.get("language"));
  const back = safeRedirect(form.get("redirectTo"));
  if (!language) return redirect(back);
  return redirect(back, { headers: { "Set-Cookie": await languageCookieHeader(language) } });
});

export const loader = resourceRoute(() => redirect("/dashboard"));
