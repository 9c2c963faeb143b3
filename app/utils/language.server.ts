import { createCookie } from "@remix-run/node";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan";

/**
 * The interface language the provider picked. A cookie rather than a users column: the login
 * page (before anyone is known) and the neutral quick-exit page follow it too, and a shared
 * laptop keeps the choice of whoever set it. Not a secret and holds no plan data.
 */
const languageCookie = createCookie("spb_lang", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 60 * 60 });

export async function interfaceLanguage(request: Request): Promise<Language> {
  return cookieLanguage(request.headers.get("Cookie"));
}

/** The interface language a Cookie header names (for the server's checks in front of Remix). */
export async function cookieLanguage(cookieHeader: string | null | undefined): Promise<Language> {
  const value: unknown = await languageCookie.parse(cookieHeader ?? null);
  return LANGUAGES.find((l) => l === value) ?? "en";
}

export function parseLanguage(value: FormDataEntryValue | null): Language | undefined {
  return LANGUAGES.find((l) => l === value);
}

export async function languageCookieHeader(language: Language): Promise<string> {
  return languageCookie.serialize(language);
}
