import { createCookie, redirect, redirectDocument } from "@remix-run/node";
import type { Actor } from "../models/actor";
import {
  actorForSession,
  endSession,
  liveSessionFor,
  setHandedOverPlan,
  startSession,
  startYouthDeviceSession,
} from "../models/session.server";
import type { SignInStep } from "../models/actor";
import { recordAudit } from "../models/audit.server";
import { JOIN_CODE_TTL_MS } from "../models/join-code.server";
import { togetherAddresses } from "../utils/together-addresses";
import { deny } from "./http.server";

/**
 * No Max-Age or Expires: a session cookie, gone when the browser closes. The server ends the
 * session itself after 30 idle minutes or 12 hours (session-rules.ts).
 */
const cookieOptions = { httpOnly: true, sameSite: "lax", path: "/" } as const;

/**
 * Over HTTPS the cookie is `__Host-` prefixed and Secure, so the browser refuses it from plain
 * HTTP and from any other host or path. Plain HTTP (only on 127.0.0.1 during development and
 * tests) keeps an unprefixed name, since browsers drop a `__Host-` cookie without Secure.
 * The request's URL says which: our Express server builds it from the connection or, with
 * TRUST_PROXY, from the proxy's X-Forwarded-Proto.
 */
const httpsCookie = createCookie("__Host-spb_session", { ...cookieOptions, secure: true });
const httpCookie = createCookie("spb_session", cookieOptions);
const cookieOver = (https: boolean) => (https ? httpsCookie : httpCookie);
const sessionCookie = (request: Request) => cookieOver(new URL(request.url).protocol === "https:");

/**
 * Marks a browser that joined as a youth's device. Once its session has ended (the provider ended
 * it, 15 idle minutes), its next page goes to the neutral join page, not to the app's login,
 * whose name would stay in the phone's history. It holds no token and opens nothing.
 */
const joinedMarker = (request: Request) =>
  createCookie(new URL(request.url).protocol === "https:" ? "__Host-spb_joined" : "spb_joined", {
    ...cookieOptions,
    secure: new URL(request.url).protocol === "https:",
  });

/**
 * A join code from the QR code, held for the join page so it leaves the address (`/join?c=…`
 * would stay in the phone's history and in any log): HttpOnly, sent only to /join, gone after the
 * code's 10 minutes, and cleared when the phone joins or its session ends.
 */
const heldJoinCodeCookie = (request: Request) => {
  const https = new URL(request.url).protocol === "https:";
  return createCookie(https ? "__Secure-spb_join_code" : "spb_join_code", {
    httpOnly: true,
    sameSite: "lax",
    path: "/join",
    maxAge: JOIN_CODE_TTL_MS / 1000,
    secure: https,
  });
};

/** The Set-Cookie header that holds a join code from the QR code for the join page. */
export const holdJoinCode = (request: Request, code: string) => heldJoinCodeCookie(request).serialize(code);

/** The join code held for this browser's join page, or "". */
export async function heldJoinCode(request: Request): Promise<string> {
  const value: unknown = await heldJoinCodeCookie(request).parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : "";
}

async function tokenIn(cookieHeader: string | null | undefined, https: boolean): Promise<string | null> {
  const value: unknown = await cookieOver(https).parse(cookieHeader ?? null);
  return typeof value === "string" ? value : null;
}

const readToken = (request: Request) => tokenIn(request.headers.get("Cookie"), new URL(request.url).protocol === "https:");

/** Whether a Cookie header carries a live session: the server in front of Remix sizes its body limit by it. */
export async function isSignedIn(cookieHeader: string | undefined, https: boolean): Promise<boolean> {
  const token = await tokenIn(cookieHeader, https);
  return token !== null && liveSessionFor(token) !== undefined;
}

export async function getActor(request: Request): Promise<Actor | undefined> {
  const token = await readToken(request);
  return token ? actorForSession(token) : undefined;
}

/**
 * The login page's address for a page that needs a session. It names no plan, youth or section:
 * after a Quick exit, Back lands here, and the address left in history must tell nothing (the
 * provider finds the plan again from My youth).
 */
function loginAddressFor(pathname: string): string {
  return /^\/(plans\/|youth\/|j(\/|$))/.test(pathname) ? "/login" : `/login?${new URLSearchParams({ redirectTo: pathname })}`;
}

/**
 * What a page may open while the screen is handed to the youth: the together view of one plan
 * (`togetherViewOf`, its id), the unlock page (`unlockPage`), or nothing (the default).
 */
export type HandOverAccess = { togetherViewOf?: string; unlockPage?: boolean };

/**
 * The signed-in user, or a redirect to the login page (which comes back here afterwards unless
 * this page is a record's). When the screen was handed to the youth, only the together pages of the plan it was handed over for
 * open; any other page, of that plan or another, first asks for the provider's password.
 */
export async function requireActor(request: Request, access: HandOverAccess = {}): Promise<Actor> {
  return (await requireSession(request, access, false)).actor;
}

/**
 * A youth's own phone at its neutral addresses: its user (the inviting provider, marked as the
 * youth's device) and the plan it joined, which comes from its session, never from the address.
 * Anyone else, a provider's screen included, gets the audited 404 (or, signed out, the login).
 */
export async function requireYouthDevice(request: Request): Promise<{ actor: Actor; planId: string }> {
  const { actor, handedOverPlanId } = await requireSession(request, {}, true);
  if (handedOverPlanId === null) return deny(actor, "page", new URL(request.url).pathname);
  return { actor, planId: handedOverPlanId };
}

/** The live, signed-in session for a page that `access` lets open, or for the phone's own pages (`youthDevicePages`: /j…, which open for nothing else). */
async function requireSession(request: Request, access: HandOverAccess, youthDevicePages: boolean) {
  const token = await readToken(request);
  // One query: the session's user and the plan its screen was handed over for, if any.
  const session = token ? liveSessionFor(token) : undefined;
  const { pathname } = new URL(request.url);
  if (!token || !session) {
    if ((await joinedMarker(request).parse(request.headers.get("Cookie"))) === "1") throw redirect("/join?left");
    throw redirect(loginAddressFor(pathname));
  }
  const { actor, handedOverPlanId, step } = session;
  if (step !== "ready") throw redirect(signInStepUrl(step, pathname));
  // A youth's own device opens its neutral pages and nothing else: not the together view's
  // provider addresses, not even the unlock page (no password typed on it can turn it into the
  // provider's session). Those pages, in turn, are nothing to any other session.
  if ((actor.youthDevice === true) !== youthDevicePages) return deny(actor, "page", pathname);
  if (actor.youthDevice) return { actor, handedOverPlanId };
  const opensHandedOver = access.unlockPage === true || (access.togetherViewOf !== undefined && access.togetherViewOf === handedOverPlanId);
  if (handedOverPlanId !== null && !opensHandedOver) {
    throw redirect(`/unlock?${new URLSearchParams({ redirectTo: pathname })}`);
  }
  return { actor, handedOverPlanId };
}

/**
 * For a together view's live stream, opened by requireActor's rules: whether the session that
 * opened it may still open that plan's together view. Checking does not count as activity, so an
 * open stream never keeps an idle session alive.
 */
export async function togetherStillOpen(request: Request, planId: string): Promise<() => boolean> {
  const token = await readToken(request);
  return () => {
    const session = token ? liveSessionFor(token, Date.now(), false) : undefined;
    if (!session || session.step !== "ready") return false;
    return session.handedOverPlanId === planId || (!session.actor.youthDevice && session.handedOverPlanId === null);
  };
}

/** Hands the screen to the youth for one plan's together view (its id), or takes it back (null). */
export async function markHandedOver(request: Request, planId: string | null): Promise<void> {
  const token = await readToken(request);
  if (token) setHandedOverPlan(token, planId);
}

/**
 * Quick exit: ends the session at once, so nothing of the plan opens again on this device until
 * the provider logs in again. Answers with a redirect to the neutral page.
 */
export function quickExit(request: Request, neutralUrl: string): Promise<Response> {
  return endSessionHere(request, neutralUrl, "quick_exit");
}

/**
 * The audit row of a session ending by Quick exit or logout. A youth's device leaving is recorded
 * as the youth's, through the provider who invited them, against the plan it was joined to.
 */
function leaveAudit(session: NonNullable<ReturnType<typeof liveSessionFor>>, how: "quick_exit" | "logout") {
  const { actor } = session;
  if (!actor.youthDevice) return { orgId: actor.orgId, userId: actor.id, action: how };
  return {
    orgId: actor.orgId,
    userId: actor.id,
    action: "youth_device_leave" as const,
    subjectType: "plan" as const,
    subjectId: session.handedOverPlanId ?? undefined,
    detail: `youth's device: ${how === "quick_exit" ? "quick exit" : "left"}`,
  };
}

/**
 * Signs this browser in as a youth's device for one plan's together view, on behalf of the
 * provider who made the code; a session this browser had before ends first (never two at once).
 */
export async function joinAsYouthDevice(request: Request, inviterId: string, planId: string): Promise<Response> {
  const previous = await readToken(request);
  if (previous) endSession(previous);
  const token = startYouthDeviceSession(inviterId, planId);
  const headers = new Headers({ "Cache-Control": "no-store" });
  headers.append("Set-Cookie", await sessionCookie(request).serialize(token));
  headers.append("Set-Cookie", await joinedMarker(request).serialize("1"));
  headers.append("Set-Cookie", await heldJoinCodeCookie(request).serialize("", { maxAge: 0 }));
  return redirect(togetherAddresses("device").start, { headers });
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
 * step's page; `redirectTo` is where the login goes once it is ready. The page after it is a whole
 * new document even when the form was sent by script: the head's Quick exit script is only sent to
 * a signed-in session, so a login form can be an ordinary fetch that shows a refusal in place.
 */
export async function signIn(request: Request, actor: Actor, redirectTo: string, step: SignInStep = "ready"): Promise<Response> {
  const previous = await readToken(request);
  if (previous) endSession(previous);
  const token = startSession(actor.id, Date.now(), step);
  return redirectDocument(step === "ready" ? redirectTo : signInStepUrl(step, redirectTo), { headers: { "Set-Cookie": await sessionCookie(request).serialize(token) } });
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
  if (session.actor.youthDevice) return deny(session.actor, "page", new URL(request.url).pathname);
  if (!steps.includes(session.step)) {
    throw redirect(session.step === "ready" ? "/dashboard" : signInStepUrl(session.step, "/dashboard"));
  }
  if (session.step === "ready" && session.handedOverPlanId !== null) {
    throw redirect(`/unlock?${new URLSearchParams({ redirectTo: new URL(request.url).pathname })}`);
  }
  return { actor: session.actor, step: session.step, token };
}

export function signOut(request: Request, to = "/login"): Promise<Response> {
  return endSessionHere(request, to, "logout");
}

/** Ends this browser's session (its audit row as `how`) and sends it to `to`. */
async function endSessionHere(request: Request, to: string, how: "quick_exit" | "logout"): Promise<Response> {
  const token = await readToken(request);
  const session = token ? liveSessionFor(token) : undefined;
  if (token) endSession(token);
  if (session) await recordAudit(leaveAudit(session, how));
  return redirect(to, {
    headers: await endedSessionHeaders(request, {
      // Nothing of the plan stays in this browser's cache or storage, and Back shows nothing.
      "Clear-Site-Data": '"cache", "storage"',
      "Cache-Control": "no-store",
    }),
  });
}

/** The answer's headers once a session ended here: its cookie, the joined marker and any held join code gone. */
async function endedSessionHeaders(request: Request, others: Record<string, string>): Promise<Headers> {
  const headers = new Headers(others);
  headers.append("Set-Cookie", await sessionCookie(request).serialize("", { maxAge: 0 }));
  headers.append("Set-Cookie", await joinedMarker(request).serialize("", { maxAge: 0 }));
  headers.append("Set-Cookie", await heldJoinCodeCookie(request).serialize("", { maxAge: 0 }));
  return headers;
}

/** A stand-in for the app's own origin: only where a path leads matters, not which host serves it. */
const OWN_ORIGIN = "https://app.invalid";
/** Longer than any path of the app with its query; a longer value is not one of ours. */
const REDIRECT_MAX_LENGTH = 2048;

/**
 * Where to go back to (after login, a language switch or unlocking): a path of this app, or
 * `fallback`. The value is parsed as a URL against the app's origin and accepted only if it stays
 * there, and so does its percent-decoded path (a client router decodes `/%09/evil.example` to
 * `/\t/evil.example`, which a browser reads as `//evil.example`). Control characters and
 * backslashes are refused outright. The answer is the URL's own serialisation: ASCII only, so it
 * is always a valid Location header.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/dashboard"): string {
  if (typeof to !== "string" || to.length > REDIRECT_MAX_LENGTH || !to.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  let url: URL;
  let decodedPath: string;
  try {
    url = new URL(to, OWN_ORIGIN);
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN || /[\u0000-\u001f\u007f\\]/.test(decodedPath) || decodedPath.startsWith("//")) return fallback;
  if (new URL(decodedPath, OWN_ORIGIN).origin !== OWN_ORIGIN) return fallback;
  return url.pathname + url.search + url.hash;
}
