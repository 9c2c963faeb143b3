import { createCookie, redirect } from "@remix-run/node";
import type { Actor } from "../models/actor";
import {
  actorForSession,
  endSession,
  SESSION_ABSOLUTE_MS,
  sessionHandedToYouth,
  setHandedToYouth,
  startSession,
} from "../models/session.server";
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

/**
 * The signed-in user, or a redirect to the login page that comes back here afterwards. When the
 * screen was handed to the youth, only together-view pages open (`forTogetherView`); any other
 * page first asks for the provider's password.
 */
export async function requireActor(request: Request, options: { forTogetherView?: boolean } = {}): Promise<Actor> {
  const token = await readToken(request);
  const actor = token ? actorForSession(token) : undefined;
  const { pathname } = new URL(request.url);
  if (!token || !actor) throw redirect(`/login?${new URLSearchParams({ redirectTo: pathname })}`);
  if (!options.forTogetherView && sessionHandedToYouth(token)) {
    throw redirect(`/unlock?${new URLSearchParams({ redirectTo: pathname })}`);
  }
  return actor;
}

/** Marks the session as handed to the youth (true) or taken back by the provider (false). */
export async function markHandedToYouth(request: Request, handedToYouth: boolean): Promise<void> {
  const token = await readToken(request);
  if (token) setHandedToYouth(token, handedToYouth);
}

/**
 * Quick exit: ends the session at once, so nothing of the plan opens again on this device until
 * the provider logs in again. Answers with a redirect to the neutral page.
 */
export async function quickExit(request: Request, neutralUrl: string): Promise<Response> {
  const token = await readToken(request);
  const actor = token ? actorForSession(token) : undefined;
  if (token) endSession(token);
  if (actor) recordAudit({ orgId: actor.orgId, userId: actor.id, action: "quick_exit" });
  return redirect(neutralUrl, {
    headers: {
      "Set-Cookie": await sessionCookie.serialize("", { maxAge: 0, secure: isHttps(request) }),
      "Cache-Control": "no-store",
    },
  });
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
