import { createCookie, redirect } from "@remix-run/node";
import type { Actor } from "../models/actor";
import { actorForSession, endSession, SESSION_ABSOLUTE_MS, startSession } from "../models/session.server";
import { recordAudit } from "../models/audit.server";

const sessionCookie = createCookie("spb_session", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: SESSION_ABSOLUTE_MS / 1000,
});

const isHttps = (request: Request) =>
  new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";

async function readToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export async function getActor(request: Request): Promise<Actor | undefined> {
  const token = await readToken(request);
  return token ? actorForSession(token) : undefined;
}

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export async function requireActor(request: Request): Promise<Actor> {
  const actor = await getActor(request);
  if (actor) return actor;
  const { pathname } = new URL(request.url);
  throw redirect(`/login?${new URLSearchParams({ redirectTo: pathname })}`);
}

export async function signIn(request: Request, actor: Actor, redirectTo: string): Promise<Response> {
  const token = startSession(actor.id);
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await sessionCookie.serialize(token, { secure: isHttps(request) }) },
  });
}

export async function signOut(request: Request): Promise<Response> {
  const token = await readToken(request);
  const actor = token ? actorForSession(token) : undefined;
  if (token) endSession(token);
  if (actor) recordAudit({ orgId: actor.orgId, userId: actor.id, action: "logout" });
  return redirect("/login", {
    headers: { "Set-Cookie": await sessionCookie.serialize("", { maxAge: 0, secure: isHttps(request) }) },
  });
}

/** Only same-site paths: an open redirect after login would hand the session to another site. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/dashboard"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
