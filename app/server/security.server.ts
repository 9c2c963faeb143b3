/**
 * Request protection that must run before Remix sees a request: response headers (helmet, with a
 * per-request CSP nonce), HSTS over HTTPS, and the origin check that refuses cross-site writes.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import helmet from "helmet";
import { refuseInWords } from "./refusals.server";

const nonceOf = (res: ServerResponse) => (res as Response).locals.cspNonce as string;

/** A fresh random nonce per response, for the CSP header and Remix's inline scripts. */
export const cspNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
};

/**
 * helmet's headers with an enforced CSP: scripts only from this site or with this response's
 * nonce; no plugins, no <base>, no framing, forms only post here. Referrer-Policy no-referrer so
 * plan URLs never leave in a Referer. HSTS is set separately, only over HTTPS.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", (_req: IncomingMessage, res: ServerResponse) => `'nonce-${nonceOf(res)}'`],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
  referrerPolicy: { policy: "no-referrer" },
  strictTransportSecurity: false,
  crossOriginEmbedderPolicy: false,
});

const HSTS = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });

/** HSTS only when the request came over HTTPS (directly, or from a trusted proxy that says so). */
export const hstsOverHttps: RequestHandler = (req, res, next) => {
  if (req.secure) HSTS(req, res, next);
  else next();
};

/**
 * The host the browser asked for: the proxy's `X-Forwarded-Host` when the request came from a
 * proxy TRUST_PROXY trusts (a proxy that rewrites Host says the original there), else `Host`.
 * From anyone else the header is ignored: it is only a claim.
 */
export function publicHost(req: Request): string | undefined {
  const forwarded = req.get("x-forwarded-host");
  const trusted = req.app.get("trust proxy fn") as (address: string | undefined, hop: number) => boolean;
  if (forwarded && trusted(req.socket.remoteAddress, 0)) return forwarded.split(",")[0]!.trim();
  return req.get("host");
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses, before anything can change, every non-GET request that comes from another site: a
 * `Sec-Fetch-Site` other than same-origin, or an `Origin` that is not this server's. A request
 * without either header (a non-browser client) carries no cookie a browser was tricked into
 * sending, and goes on.
 *
 * With Referrer-Policy no-referrer, Chromium sends `Origin: null` on same-origin form posts.
 * Such a request is accepted only when `Sec-Fetch-Site: same-origin` vouches for it, and its null
 * Origin is removed so Remix's own CSRF check (which would throw a 500 on "null") does not see it.
 */
export function refuseCrossSiteWrites(req: Request, res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.get("sec-fetch-site");
  const origin = req.get("origin");
  const ownOrigin = `${req.protocol}://${publicHost(req)}`;
  const sameOrigin =
    (site === undefined || site === "same-origin") &&
    (origin === undefined || origin === ownOrigin || (origin === "null" && site === "same-origin"));
  if (!sameOrigin) {
    refuseInWords(req, res, 403, (refusals) => refusals.crossSite);
    return;
  }
  if (origin === "null") delete req.headers.origin;
  next();
}
