/**
 * The Express app: built assets, the security middleware, then Remix. A factory so tests drive
 * the same stack the server runs.
 */
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
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
  app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y", index: false }));
  app.use(refuseCrossSiteWrites);
  app.all(
    "*",
    createRequestHandler({
      build,
      mode,
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientAddress: req.ip ?? "unknown" }),
    }),
  );
  return app;
}
