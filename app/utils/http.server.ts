import { SECTION_IDS, type SectionId } from "../../templates/csecy-safety-plan";
import type { Actor } from "../models/actor";
import { recordAudit } from "../models/audit.server";
import { ID_PATTERN } from "./ids.server";

export function notFound(): never {
  throw new Response("Not found", { status: 404, statusText: "Not Found" });
}

export function badRequest(message: string): never {
  throw new Response(message, { status: 400, statusText: "Bad Request" });
}

/**
 * 404 for a record or page the actor may not reach, exactly as for one that does not exist;
 * audited with the id (for a page, its path, which carries ids only).
 */
export function deny(actor: Actor, subjectType: "plan" | "youth" | "user" | "page", subjectId: string): never {
  recordAudit({ orgId: actor.orgId, userId: actor.id, action: "access_denied", subjectType, subjectId });
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
  if (!value || !/^[1-9][0-9]{0,5}$/.test(value)) badRequest("A version number is a whole number from 1.");
  return Number(value);
}

/** The form's revision field: the draft revision the form was opened at. */
export function parseRevision(value: FormDataEntryValue | null): number {
  if (typeof value !== "string" || !/^[0-9]{1,9}$/.test(value)) badRequest("This form is missing its revision; please reload the page.");
  return Number(value);
}
