import { createCookie, redirect } from "@remix-run/node";
import type { Actor } from "../models/actor";
import {
  actorForSession,
  endSession,
  liveSessionFor,
  SESSION_ABSOLUTE_MS,
  setHandedToYouth,
  startSession,
} from "../models/session.server";
import type { SignInStep } from "../../db/schema";
import { recordAudit } from "../models/audit.server";
import { deny } from "./http.server";

const cookieOptions = { httpOnly: true, sameSite: "lax", path: "/", maxAge: SESSION_ABSOLUTE_MS / 1000 } as const;

/**
 * Over HTTPS the cookie is `__Host-` prefixed and Secure, so the browser refuses it from plain
 * HTTP and from any other host or path. Plain HTTP (only on 127.0.0.1 during development and
 * tests) keeps an unprefixed name, since browsers drop a `__Host-` cookie without Secure.
 * The request's URL says which: our Express server builds it from the connection or, with
 * TRUST_PROXY, from the proxy's X-Forwarded-Proto.
 */
const httpsCookie = createCookie("__Host-spb_session", { ...cookieOptions, secure: true });
const httpCookie = createCookie("spb_session", cookieOptions);
const sessionCookie = (request: Request) => (new URL(request.url).protocol === "https:" ? httpsCookie : httpCookie);

async function readToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie(request).parse(request.headers.get("Cookie"));
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
  // One query: the session's user and whether its screen was handed to the youth.
  const session = token ? liveSessionFor(token) : undefined;
  const { pathname } = new URL(request.url);
  if (!token || !session) throw redirect(`/login?${new URLSearchParams({ redirectTo: pathname })}`);
  const { actor, handedToYouth, step } = session;
  if (step !== "ready") throw redirect(signInStepUrl(step, pathname));
  if (!options.forTogetherView && handedToYouth) {
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
  if (actor) await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "quick_exit" });
  return redirect(neutralUrl, {
    headers: {
      "Set-Cookie": await sessionCookie(request).serialize("", { maxAge: 0 }),
      "Cache-Control": "no-store",
    },
  });
}

/** The signed-in user when their role is one of `roles`; anyone else gets the same audited 404. */
export async function requireRole(request: Request, roles: readonly Actor["role"][]): Promise<Actor> {
  const actor = await requireActor(request);
  if (!roles.includes(actor.role)) return deny(actor, "page", new URL(request.url).pathname);
  return actor;
}

/**
 * A new session with a new token at every login, after its one-time code and after a password
 * change; a session this browser had before ends, so a token planted or seen before the login
 * never becomes (or stays) a signed-in one. A session at a step before "ready" opens only that
 * step's page; `redirectTo` is where the login goes once it is ready.
 */
export async function signIn(request: Request, actor: Actor, redirectTo: string, step: SignInStep = "ready"): Promise<Response> {
  const previous = await readToken(request);
  if (previous) endSession(previous);
  const token = startSession(actor.id, Date.now(), step);
  return redirect(step === "ready" ? redirectTo : signInStepUrl(step, redirectTo), { headers: { "Set-Cookie": await sessionCookie(request).serialize(token) } });
}

const SIGN_IN_STEP_PATHS: Record<Exclude<SignInStep, "ready">, string> = {
  code: "/login/code",
  "change-password": "/account/password",
  enrol: "/account/two-factor",
};

/** The page of a login step, carrying where the login goes afterwards. */
export function signInStepUrl(step: Exclude<SignInStep, "ready">, redirectTo: string): string {
  return `${SIGN_IN_STEP_PATHS[step]}?${new URLSearchParams({ redirectTo })}`;
}

/**
 * The user of a session at one of `steps` of the login (a "ready" session reaches the account
 * pages too); anyone else goes back to the login page, or on to their own step.
 */
export async function requireSignInStep(request: Request, steps: readonly SignInStep[]): Promise<{ actor: Actor; step: SignInStep; token: string }> {
  const token = await readToken(request);
  const session = token ? liveSessionFor(token) : undefined;
  if (!token || !session) throw redirect(`/login?${new URLSearchParams({ redirectTo: new URL(request.url).pathname })}`);
  if (!steps.includes(session.step)) {
    throw redirect(session.step === "ready" ? "/dashboard" : signInStepUrl(session.step, "/dashboard"));
  }
  if (session.step === "ready" && session.handedToYouth) {
    throw redirect(`/unlock?${new URLSearchParams({ redirectTo: new URL(request.url).pathname })}`);
  }
  return { actor: session.actor, step: session.step, token };
}

export async function signOut(request: Request): Promise<Response> {
  const token = await readToken(request);
  const actor = token ? actorForSession(token) : undefined;
  if (token) endSession(token);
  if (actor) await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "logout" });
  return redirect("/login", {
    headers: {
      "Set-Cookie": await sessionCookie(request).serialize("", { maxAge: 0 }),
      // Pages are no-store already; this also empties the back/forward cache, so Back shows nothing.
      "Clear-Site-Data": '"cache", "storage"',
      "Cache-Control": "no-store",
    },
  });
}

/** Only same-site paths: an open redirect after login would hand the session to another site. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/dashboard"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
