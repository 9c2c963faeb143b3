/**
 * The Express app: security headers, built assets, the cross-site and body-size checks, then Remix. A factory so tests drive
 * the same stack the server runs.
 */
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { remixHandler } from "./remix-handler.server";
import { MAX_REQUEST_BODY_BYTES, readBodyWithLimit } from "./request-body.server";
import { cspNonce, hstsOverHttps, refuseCrossSiteWrites, securityHeaders } from "./security.server";

export interface AppOptions {
  build: ServerBuild;
  mode?: string;
  /** Express "trust proxy": which proxies may say the request was HTTPS and whose address it was. */
  trustProxy?: string;
}

export function createApp({ build, mode, trustProxy = "loopback" }: AppOptions) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(cspNonce, securityHeaders, hstsOverHttps);
  // Pages and assets in brotli (quality 4) or gzip, as the browser asks; PDFs are not compressible types and go as they are.
  app.use(compression());
  app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y", index: false }));
  app.use(refuseCrossSiteWrites);
  app.use(readBodyWithLimit(MAX_REQUEST_BODY_BYTES));
  app.all(
    "*",
    remixHandler(build, mode, (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientAddress: req.ip ?? "unknown" })),
  );
  return app;
}
