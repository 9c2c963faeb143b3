import type { PdfCopy } from "../../templates/pdf/render";
import type { Actor } from "../models/actor";
import { findPlanForPrint, printInput } from "../models/print.server";
import { prerenderPdfs, type PdfKey } from "./pdf.server";

/**
 * The copies a version's page offers to print without a further choice (the print route's
 * defaults: the version's own language; the provider copy for those who may print it), rendered
 * into the cache after the version is saved (prerenderPdfs). A trusted-adult copy needs a record
 * made later, and a copy in the other language a choice: those render when printed.
 */
export function prerenderVersionPrints(actor: Actor, planId: string, number: number): void {
  const found = findPlanForPrint(actor, planId, number)?.version;
  if (!found) return;
  const copies: PdfCopy[] = ["youth", "discreet", "card"];
  if (actor.role === "provider" || actor.role === "supervisor") copies.splice(1, 0, "provider");
  const keys: PdfKey[] = copies.map((copy) => ({ planId, versionNumber: number, copy, language: found.language }));
  prerenderPdfs(keys, (key) => {
    const input = printInput(actor, key.planId, key.versionNumber, key.copy, key.language);
    if (!input) throw new Error("the version is out of reach");
    return input;
  });
}
