import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { safeRedirect } from "../utils/auth.server";
import { languageCookieHeader, parseLanguage } from "../utils/language.server";
import { badRequest } from "../utils/http.server";

/** POST language=en|es&redirectTo=/path: the interface language, kept in a cookie; back to the page. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = parseLanguage(form.get("language"));
  if (!language) badRequest("Please choose a language: en or es.");
  return redirect(safeRedirect(form.get("redirectTo")), { headers: { "Set-Cookie": await languageCookieHeader(language) } });
}

export function loader() {
  return redirect("/dashboard");
}
