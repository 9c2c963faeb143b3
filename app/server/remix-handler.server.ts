import { createRequestHandler, writeReadableStreamToWritable, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from "express";
import { refuseInWords } from "./refusals.server";
import { publicHost } from "./security.server";

/**
 * Hands a request to Remix, like @remix-run/express's handler, except that the body is the one
 * readBodyWithLimit has already read and size-checked (`res.locals.body`) rather than the socket
 * stream, a Host header that makes no URL is a 400 instead of an exception, the host is the one a
 * trusted proxy says the browser asked for (publicHost), and an answer without Cache-Control is no-store.
 */
export function remixHandler(
  build: ServerBuild,
  mode: string | undefined,
  loadContext: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext,
): RequestHandler {
  const handleRequest = createRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      const request = toFetchRequest(req, res);
      if (!request) {
        refuseInWords(req, res, 400, (refusals) => refusals.badHost);
        return;
      }
      const response = await handleRequest(request, loadContext(req, res));
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [key, value] of response.headers.entries()) res.append(key, value);
      // Pages set no-store themselves (entry.server.tsx); the `.data` answers behind client
      // navigation carry the same plan content, and nothing Remix answers may be kept either.
      if (!response.headers.has("Cache-Control")) res.set("Cache-Control", "no-store");
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}

function toFetchRequest(req: ExpressRequest, res: ExpressResponse): Request | undefined {
  let url: URL;
  try {
    url = new URL(req.originalUrl, `${req.protocol}://${publicHost(req) ?? "localhost"}`);
  } catch {
    return undefined;
  }
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(key, one);
  }
  // Abort loaders and actions when the client goes away before the answer is written.
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const body: Buffer | undefined = res.locals.body;
  return new Request(url, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined, signal: controller.signal });
}
