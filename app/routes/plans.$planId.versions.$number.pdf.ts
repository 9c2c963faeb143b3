import type { LoaderFunctionArgs } from "@remix-run/node";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan";
import { PDF_COPIES, type PdfCopy } from "../../templates/pdf/printable";
import { findAdultCopy, findPlanForPrint, getVersionForPrint, recordPrint } from "../models/print.server";
import { requireActor } from "../web/auth.server";
import { badRequest, deny, notFound, parseId, parseVersionNumber, refuse, resourceRoute } from "../web/http.server";
import { attachmentHeader, getPdf, PdfBusyError, pdfFileName } from "../web/pdf.server";

function parseCopy(value: string | null): PdfCopy {
  // printable.ts is plain data and functions: react-pdf stays out of the server bundle.
  const copy = PDF_COPIES.find((c) => c === value);
  if (!copy) badRequest("pdfCopy");
  return copy;
}

function parseLanguage(value: string | null, planLanguage: Language): Language {
  if (value === null || value === "") return planLanguage;
  const language = LANGUAGES.find((l) => l === value);
  if (!language) badRequest("pdfLanguage");
  return language;
}

/**
 * GET /plans/:planId/versions/:number/pdf?copy=youth|discreet|card|provider[&lang=en]
 * GET /plans/:planId/versions/:number/pdf?copy=adult&for=<trusted-adult copy id>
 *
 * A trusted-adult copy is printed only from its record (made on the version's preview page, which
 * refuses a person who might be linked): the record gives its language, and the print is audited
 * with the record's and the person's ids.
 *
 * The checks and their order are requirePlan's (a plan out of reach is an audited 404), but the
 * plan, the youth's name and the version's language come from one prepared query, without
 * parsing the plan's draft: a cached PDF costs the main thread as little as possible. A refusal
 * is answered as plain text in the interface language (`lang` is the copy's language).
 */
export const loader = resourceRoute(async ({ request, params }: LoaderFunctionArgs) => {
  const actor = await requireActor(request);
  const planId = parseId(params.planId);
  const requested = /^[1-9][0-9]{0,5}$/.test(params.number ?? "") ? Number(params.number) : 0;
  const plan = findPlanForPrint(actor, planId, requested);
  if (!plan) return deny(actor, "plan", planId);
  const number = parseVersionNumber(params.number);
  const search = new URL(request.url).searchParams;
  const copy = parseCopy(search.get("copy"));
  // The provider copy carries private notes: for the care team and supervisors only.
  if (copy === "provider" && actor.role !== "provider" && actor.role !== "supervisor") return deny(actor, "plan", plan.planId);
  const found = plan.version;
  if (!found) notFound();
  const adultCopy = copy === "adult" ? findAdultCopy(actor, plan.planId, number, search.get("for") ?? "") : undefined;
  if (copy === "adult" && !adultCopy) badRequest("adultCopy");
  const language = adultCopy ? adultCopy.language : parseLanguage(search.get("lang"), found.language);

  let bytes: Uint8Array;
  try {
    // The version's content is read and parsed only when the PDF is not in the cache already.
    bytes = await getPdf({ planId: plan.planId, versionNumber: number, copy, language }, () => {
      const version = getVersionForPrint(actor, plan.planId, number);
      if (!version) notFound();
      return {
        copy,
        language,
        content: version.content,
        version: {
          number: version.number,
          createdAt: version.createdAt.toISOString(),
          authorName: version.authorName,
          note: version.note,
          templateId: version.templateId,
          templateVersion: version.templateVersion,
        },
        history: version.history,
        youthName: version.youthName,
      };
    });
  } catch (error) {
    if (error instanceof PdfBusyError) {
      refuse(503, "pdfBusy", { "Retry-After": "5", "Cache-Control": "no-store" });
    }
    throw error;
  }
  // The PDF leaves only once its print is in the audit trail on disk.
  await recordPrint(actor, plan.planId, number, copy, language, adultCopy);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentHeader(pdfFileName(copy, number, language)),
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "no-store",
    },
  });
});
