import { SECTION_IDS, type SectionId } from "../../templates/csecy-safety-plan";
import { refusalReason, type RefusalReason } from "../i18n/refusals";
import { serverUi } from "../i18n/ui-catalogues.server";
import type { Actor } from "../models/actor";
import { auditedBy, recordAudit } from "../models/audit.server";
import { ID_PATTERN } from "../utils/ids.server";
import { interfaceLanguage } from "./language.server";

const STATUS_TEXT = { 400: "Bad Request", 404: "Not Found", 415: "Unsupported Media Type", 503: "Service Unavailable" } as const;

/**
 * Refuses the request. The thrown Response's body is the reason's key, not words: the root's
 * error boundary shows the reason in the interface language, and a route without a page (wrapped
 * in `resourceRoute`) answers it as plain text in that language. So no refusal can carry text
 * the user sent, and none needs the language where it is thrown.
 */
export function refuse(status: keyof typeof STATUS_TEXT, reason: RefusalReason, headers?: HeadersInit): never {
  throw new Response(reason, { status, statusText: STATUS_TEXT[status], headers });
}

export function notFound(): never {
  refuse(404, "notFound");
}

export function badRequest(reason: RefusalReason): never {
  refuse(400, reason);
}

/**
 * A loader or action of a route without a page (a PDF, a download, a redirect). What it throws
 * reaches the browser as it is, with no error page around it, so a refusal's reason is put in
 * words here: plain text in the interface language. Every such route wraps its handlers in this
 * (tests/routes/refusals.test.ts checks it).
 */
export function resourceRoute<Args extends { request: Request }, Result>(handler: (args: Args) => Result | Promise<Result>) {
  const inWords = async (args: Args): Promise<Result> => {
    try {
      return await handler(args);
    } catch (thrown) {
      throw await refusalInWords(thrown, args.request);
    }
  };
  RESOURCE_HANDLERS.add(inWords);
  return inWords;
}

const RESOURCE_HANDLERS = new WeakSet<object>();

/** Whether a route's handler is wrapped in `resourceRoute`. */
export const isResourceRouteHandler = (handler: unknown) => typeof handler === "function" && RESOURCE_HANDLERS.has(handler);

async function refusalInWords(thrown: unknown, request: Request): Promise<unknown> {
  if (!(thrown instanceof Response) || thrown.status < 400) return thrown;
  const reason = refusalReason(await thrown.clone().text(), serverUi("en").refusals);
  if (!reason) return thrown;
  const language = await interfaceLanguage(request);
  const headers = new Headers(thrown.headers);
  headers.set("Content-Type", "text/plain; charset=utf-8");
  headers.set("Content-Language", language);
  return new Response(serverUi(language).refusals[reason], { status: thrown.status, statusText: thrown.statusText, headers });
}

/**
 * 404 for a record or page the actor may not reach, exactly as for one that does not exist;
 * audited with the id (for a page, its path, which carries ids only), the row on disk before the
 * 404 goes out. Callers `return deny(...)`, so what follows knows the record was found.
 */
export async function deny(actor: Actor, subjectType: "plan" | "youth" | "user" | "page", subjectId: string): Promise<never> {
  await recordAudit({ ...auditedBy(actor), action: "access_denied", subjectType, subjectId });
  notFound();
}

export function parseId(value: string | undefined): string {
  if (!value || !ID_PATTERN.test(value)) notFound();
  return value;
}

export function parseSectionId(value: string | undefined): SectionId {
  const section = SECTION_IDS.find((s) => s === value);
  if (!section) notFound();
  return section;
}

export function parseVersionNumber(value: string | undefined): number {
  if (!value || !/^[1-9][0-9]{0,5}$/.test(value)) badRequest("versionNumber");
  return Number(value);
}

/** The form's revision field: the draft revision the form was opened at. */
export function parseRevision(value: FormDataEntryValue | null): number {
  if (typeof value !== "string" || !/^[0-9]{1,9}$/.test(value)) badRequest("missingRevision");
  return Number(value);
}
