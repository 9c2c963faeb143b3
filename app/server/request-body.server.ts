import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from "express";
import type { UiText } from "../i18n/ui";
import { refuseInWords } from "./refusals.server";

/**
 * The largest request body a signed-in user may send: 2 MiB. The largest form a user can fill
 * within the plan's field limits (twelve dangerous situations with every field full) is about
 * 0.9 MiB URL-encoded even in a script of 3 bytes a character, so no real save comes near it.
 */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The largest body without a live session: the login form is under 2 KB, the language switch
 * and quick exit far less. Keeps an unauthenticated client from making the server hold megabytes.
 */
export const MAX_SIGNED_OUT_BODY_BYTES = 16 * 1024;

/**
 * A refused body is read and thrown away up to this many bytes before the refusal is sent, so the
 * client has finished sending and reads the answer instead of a cut connection. Beyond it the
 * answer goes out at once and the connection closes: reading more would only serve an attacker.
 */
export const DISCARD_BOUND_BYTES = 8 * 1024 * 1024;

/** Bytes of request bodies the server holds at once, from everyone and from one address. */
export const BODIES_IN_FLIGHT_BYTES = 64 * 1024 * 1024;
export const BODIES_IN_FLIGHT_PER_ADDRESS_BYTES = 8 * 1024 * 1024;

/**
 * Bytes of request bodies held in memory, server-wide and per client address. A request holds
 * what it has read until its answer is sent; one that would pass either bound is refused (503).
 */
export class BodyBudget {
  private total = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(
    private readonly serverWide = BODIES_IN_FLIGHT_BYTES,
    private readonly perAddress = BODIES_IN_FLIGHT_PER_ADDRESS_BYTES,
  ) {}

  /** Holds `bytes` more for `address`; false (nothing held) when a bound would be passed. */
  take(address: string, bytes: number): boolean {
    const mine = this.byAddress.get(address) ?? 0;
    if (this.total + bytes > this.serverWide || mine + bytes > this.perAddress) return false;
    this.total += bytes;
    this.byAddress.set(address, mine + bytes);
    return true;
  }

  give(address: string, bytes: number): void {
    if (bytes === 0) return;
    this.total -= bytes;
    const left = (this.byAddress.get(address) ?? 0) - bytes;
    if (left > 0) this.byAddress.set(address, left);
    else this.byAddress.delete(address);
  }

  get held(): number {
    return this.total;
  }
}

export interface BodyLimits {
  /** Whether the request carries a live session: only then may its body be large. */
  isSignedIn: (req: ExpressRequest) => Promise<boolean>;
  budget?: BodyBudget;
}

type Refusal = { status: 413 | 503; words: (refusals: UiText["refusals"]) => string; headers?: Record<string, string> };

const sizeInWords = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`);

/**
 * Reads a request's body into `res.locals.body` before Remix sees the request, within the limit
 * for its sender (signed in or not) and within the server's budget of bodies in flight. A body
 * over either is refused (413, or 503 when the server holds too much already) without being
 * kept: nothing is parsed and nothing reaches the database.
 */
export function readBodyWithLimit({ isSignedIn, budget = new BodyBudget() }: BodyLimits): RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    // Nothing is read until the limit is known: the socket's bytes wait in the stream meanwhile.
    void isSignedIn(req).then(
      (signedIn) => readWithin(req, res, next, signedIn ? MAX_REQUEST_BODY_BYTES : MAX_SIGNED_OUT_BODY_BYTES, budget),
      next,
    );
  };
}

function readWithin(req: ExpressRequest, res: ExpressResponse, next: (error?: unknown) => void, limit: number, budget: BodyBudget) {
  const address = req.ip ?? "unknown";
  const tooLarge: Refusal = {
    status: 413,
    words: (refusals) => (limit === MAX_REQUEST_BODY_BYTES ? refusals.tooLarge(sizeInWords(limit)) : refusals.tooLargeSignedOut(sizeInWords(limit))),
  };
  const busy: Refusal = { status: 503, words: (refusals) => refusals.bodiesBusy, headers: { "Retry-After": "5" } };

  let held = 0;
  res.on("close", () => budget.give(address, held));
  const hold = (bytes: number) => {
    if (!budget.take(address, bytes)) return false;
    held += bytes;
    return true;
  };

  const declared = req.headers["content-length"] === undefined ? undefined : Number(req.headers["content-length"]);
  let refusal: Refusal | undefined;
  if (declared !== undefined && declared > limit) refusal = tooLarge;
  else if (declared !== undefined && !hold(declared)) refusal = busy;
  if (refusal && declared! > DISCARD_BOUND_BYTES) return answer(req, res, refusal);

  const chunks: Buffer[] = [];
  let received = 0;
  const refuseFromNow = (why: Refusal) => {
    refusal = why;
    chunks.length = 0;
    budget.give(address, held);
    held = 0;
  };
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (refusal) {
      // Discarding: past the bound the answer goes out now and the connection closes.
      if (received > DISCARD_BOUND_BYTES) answer(req, res, refusal);
      return;
    }
    if (received > limit) return refuseFromNow(tooLarge);
    if (declared === undefined && !hold(chunk.length)) return refuseFromNow(busy);
    chunks.push(chunk);
  });
  req.on("end", () => {
    if (refusal) return answer(req, res, refusal);
    res.locals.body = Buffer.concat(chunks);
    chunks.length = 0;
    next();
  });
  req.on("error", () => {
    // The client went away mid-body: there is nobody to answer.
    refuseFromNow(tooLarge);
  });
}

function answer(req: ExpressRequest, res: ExpressResponse, { status, words, headers = {} }: Refusal) {
  if (res.headersSent || res.locals.refusing) return;
  res.locals.refusing = true;
  refuseInWords(req, res, status, words, { ...headers, Connection: "close" });
}
