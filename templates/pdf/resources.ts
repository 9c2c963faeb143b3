import type { PlanContent } from "../csecy-safety-plan/schema";
import type { Language } from "../csecy-safety-plan/structure";
import { RESOURCES, type Resource } from "../resources/directory";
import { INCONSPICUOUS, printsHelpLine } from "./printable";
import type { PdfText } from "./text";

/** The directory entries a plan prints: the ones always printed, then the ones chosen, in directory order. */
export function planResources(content: PlanContent): Resource[] {
  return RESOURCES.filter((r) => r.always || content.resources.chosen.includes(r.id));
}

/**
 * The date a section may print as "Numbers checked on": the oldest agency confirmation, and only
 * when every entry printed was confirmed (an unconfirmed number is never printed as checked).
 */
export function confirmedOn(resources: readonly Resource[]): string | null {
  const dates = resources.map((r) => r.agencyConfirmed);
  if (dates.length === 0 || dates.some((d) => d === null)) return null;
  return (dates as string[]).sort()[0]!;
}

/**
 * The entries a copy lists under "Places that can help" (content already filtered for the copy):
 * the trusted-adult copy, kept to one page, leaves out 911 and the hotline, which its emergency
 * box already gives; the discreet copy leaves out the hotline when the youth took "Help line" off it.
 */
export function listedResources(content: PlanContent, copy: "youth" | "discreet" | "card" | "adult" | "provider"): Resource[] {
  return planResources(content).filter(
    (r) => (copy !== "adult" || !r.always) && (r.id !== HOTLINE_ID || !INCONSPICUOUS.has(copy) || printsHelpLine(content)),
  );
}

/** Whether the copy has a "Places that can help" with anything in it, for the emergency box to point to. */
export const listsPlacesThatHelp = (content: PlanContent, copy: "youth" | "discreet" | "card" | "adult" | "provider") =>
  content.resources.print === undefined && (listedResources(content, copy).length > 0 || content.resources.own.length > 0);

export const EMERGENCY_ID = "emergency-911";
export const HOTLINE_ID = "nhth";

export function resourceById(id: string): Resource {
  const found = RESOURCES.find((r) => r.id === id);
  if (!found) throw new Error(`resource ${id} is missing from the directory`);
  return found;
}

/** "Call 1-888-373-7888 · Text 233733" */
export function numbersLine(r: { phone: string | null; text: string | null }, pdf: PdfText): string {
  return [r.phone ? pdf.call(r.phone) : "", r.text ? pdf.text(r.text) : ""].filter(Boolean).join(" · ");
}

/** A name that does not say what the resource is for, on copies meant to pass unnoticed. */
export function neutralName(r: Resource, pdf: PdfText): string {
  return pdf.discreet.resources[r.id] ?? pdf.discreet.resourceFallback;
}

export const resourceName = (r: Resource, language: Language) => r.name[language];
export const purpose = (r: Resource, language: Language) => r.purpose[language];
export const whenYouCall = (r: Resource, language: Language) => r.whenYouCall[language];
export const hours = (r: Resource, language: Language) => r.hours[language];
