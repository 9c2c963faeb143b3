import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import type { Actor } from "../../app/models/actor";
import { signIn } from "../../app/web/auth.server";
import { makeAgencies } from "./fixtures";

const BUILD = resolve("build/index.js");

/** The real request handler of the built app (npm test builds first), on this test file's database. */
export async function appHandler() {
  if (!existsSync(BUILD)) throw new Error("No build/index.js: run `npm run build` (npm test does it first).");
  const build = (await import(pathToFileURL(BUILD).href)) as ServerBuild;
  const handle = createRequestHandler(build, "production");
  return (request: Request) => handle(request);
}

/** The interface-language cookies (the app's own serialisation of "en" and "es"). */
export const LANGUAGE_COOKIE = { en: "spb_lang=ImVuIg%3D%3D", es: "spb_lang=ImVzIg%3D%3D" } as const;

export const url = (path: string) => `http://127.0.0.1:3000${path}`;

/** A session cookie for the actor, made the way a login makes it. */
export async function cookieFor(actor: Actor): Promise<string> {
  const response = await signIn(new Request(url("/login")), actor, "/dashboard");
  const setCookie = response.headers.get("Set-Cookie");
  if (!setCookie) throw new Error("signIn set no cookie");
  return setCookie.split(";")[0]!;
}

export function get(path: string, cookie?: string): Request {
  return new Request(url(path), { headers: cookie ? { Cookie: cookie } : {} });
}

export function post(path: string, fields: Record<string, string> | [string, string][], cookie?: string): Request {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (cookie) headers.Cookie = cookie;
  return new Request(url(path), { method: "POST", headers, body: new URLSearchParams(fields).toString() });
}

/** The page's HTML without React's text-node separators, so text reads as the user sees it. */
export async function html(response: Response): Promise<string> {
  return (await response.text()).replaceAll("<!-- -->", "");
}

/** Where most route tests start: the built handler, the test agencies, and the provider's session cookie. */
export async function signedInApp() {
  const handle = await appHandler();
  const people = await makeAgencies();
  return { handle, people, cookie: await cookieFor(people.provider) };
}

/** What a person sees: the page without its scripts (the loader's data) and tags. */
export const visibleText = (page: string) =>
  page
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
