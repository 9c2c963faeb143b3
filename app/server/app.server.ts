/**
 * The Express app: security headers, built assets, the cross-site and body-size checks, then Remix,
 * and last the answer to whatever nothing else could handle (a malformed address, a method the
 * app does not speak, an exception): the app's own refusal, never a stack trace. A factory so
 * tests drive the same stack the server runs.
 */
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type ErrorRequestHandler } from "express";
import { refuseInWords } from "./refusals.server";
import { remixHandler } from "./remix-handler.server";
import { BodyBudget, readBodyWithLimit } from "./request-body.server";
import { cspNonce, hstsOverHttps, refuseCrossSiteWrites, securityHeaders } from "./security.server";

export interface AppOptions {
  build: ServerBuild;
  /** Express "trust proxy": which proxies may say the request was HTTPS, for which host, and whose address it was. */
  trustProxy?: string;
  /** Whether a Cookie header carries a live session (app/web/auth.server.ts, imported once the database is open). */
  isSignedIn: (cookieHeader: string | undefined, https: boolean) => Promise<boolean>;
  budget?: BodyBudget;
}

/** The methods Remix answers (the Fetch API refuses others, such as TRACE and CONNECT). */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export function createApp({ build, trustProxy = "loopback", isSignedIn, budget }: AppOptions) {
  const app = express();
  // Production whatever NODE_ENV says: Express's own error page shows stack traces otherwise.
  app.set("env", "production");
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(cspNonce, securityHeaders, hstsOverHttps);
  app.use((req, res, next) => {
    if (METHODS.has(req.method)) return next();
    refuseInWords(req, res, 405, (refusals) => refusals.malformed, { Allow: [...METHODS].join(", ") });
  });
  // Pages and assets in brotli (quality 4) or gzip, as the browser asks; PDFs are not compressible types and go as they are.
  app.use(compression());
  app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y", index: false }));
  app.use(refuseCrossSiteWrites);
  app.use(readBodyWithLimit({ isSignedIn: (req) => isSignedIn(req.get("cookie"), req.protocol === "https"), budget }));
  app.all(
    "*",
    remixHandler(build, "production", (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientAddress: req.ip ?? "unknown" })),
  );
  app.use(answerWhatFailed);
  return app;
}

/**
 * The last handler: a request Express could not route (a path that does not decode, `GET /%`) is a
 * 400, anything else a 500, both in the app's words. The log gets the error's name and where it
 * was thrown, never the request's address or values, which may carry what a person typed.
 */
const answerWhatFailed: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const malformed = error instanceof URIError || (error as { status?: number } | null)?.status === 400;
  if (!malformed) console.error(`${req.method} request failed: ${whereThrown(error)}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  refuseInWords(req, res, malformed ? 400 : 500, (refusals) => (malformed ? refusals.malformed : refusals.serverError));
};

/** An error's name and the first frames of its stack, without its message (which may quote the request). */
function whereThrown(error: unknown): string {
  if (!(error instanceof Error)) return "a thrown value that is not an Error";
  const frames = (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at ")).slice(0, 3);
  return [error.name, ...frames.map((frame) => frame.trim())].join(" ");
}
