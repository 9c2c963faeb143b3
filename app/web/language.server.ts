import { createCookie } from "@remix-run/node";
import Negotiator from "negotiator";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan";

/**
 * The interface language the provider picked. A cookie rather than a users column: the login
 * page (before anyone is known) and the neutral quick-exit page follow it too, and a shared
 * laptop keeps the choice of whoever set it. Not a secret and holds no plan data.
 */
const languageCookie = createCookie("spb_lang", { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 60 * 60 });

/** The interface language of a request: the cookie's choice, or on a first visit the browser's Accept-Language. */
export async function interfaceLanguage(request: Request): Promise<Language> {
  return requestLanguage(request.headers.get("Cookie"), request.headers.get("Accept-Language"));
}

/** The same for the server's checks in front of Remix, from the two headers. */
export async function requestLanguage(cookieHeader: string | null | undefined, acceptLanguage: string | null | undefined): Promise<Language> {
  const value: unknown = await languageCookie.parse(cookieHeader ?? null);
  return LANGUAGES.find((l) => l === value) ?? browserLanguage(acceptLanguage);
}

/**
 * The language the browser prefers among ours, by RFC 9110 negotiation (q-values, "es-MX"
 * matching "es"), English when it names none of them. The negotiator package does the parsing.
 */
export function browserLanguage(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return "en";
  const preferred = new Negotiator({ headers: { "accept-language": acceptLanguage } }).language([...LANGUAGES]);
  return LANGUAGES.find((l) => l === preferred) ?? "en";
}

export function parseLanguage(value: FormDataEntryValue | null): Language | undefined {
  return LANGUAGES.find((l) => l === value);
}

export async function languageCookieHeader(language: Language): Promise<string> {
  return languageCookie.serialize(language);
}
