import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from "express";
import { refuseInWords } from "./refusals.server";

/**
 * The largest request body the server accepts: 2 MiB. The largest form a user can fill within
 * the plan's field limits (twelve dangerous situations with every field full) is about 0.9 MiB
 * URL-encoded even in a script of 3 bytes a character, so no real save comes near it.
 */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Reads a request's body into `res.locals.body` before Remix sees the request, refusing it with
 * 413 as soon as it is known to be too large: at once when Content-Length says so, otherwise as
 * soon as the bytes received pass the limit. Nothing is parsed and nothing reaches the database.
 */
export function readBodyWithLimit(limit: number): RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    if (Number(req.headers["content-length"] ?? 0) > limit) return refuse(req, res, limit);
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      if (refused) return;
      received += chunk.length;
      if (received > limit) {
        refused = true;
        chunks.length = 0;
        refuse(req, res, limit);
      } else {
        chunks.push(chunk);
      }
    });
    req.on("end", () => {
      if (refused) return;
      res.locals.body = Buffer.concat(chunks);
      next();
    });
    req.on("error", () => {
      // The client went away mid-body: there is nobody to answer.
      refused = true;
    });
  };
}

function refuse(req: ExpressRequest, res: ExpressResponse, limit: number) {
  refuseInWords(req, res, 413, (refusals) => refusals.tooLarge(Math.round(limit / 1024 / 1024)), { Connection: "close" });
  // Discard what is still coming; the connection closes after the answer.
  req.resume();
}
