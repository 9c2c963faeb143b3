import { parseForm, readFormData } from "./forms.server";
import { data, redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { PROVIDER_ONLY_SECTIONS, sectionSchemasFor, withoutProviderOnlyFields, type SectionId } from "../../templates/csecy-safety-plan";
import type { Audience } from "../components/sections/types";
import { uiText } from "../i18n/ui";
import { saveSection } from "../models/plan.server";
import { deny, notFound, parseRevision, parseSectionId } from "./http.server";
import { requirePlan } from "./plan-route.server";

/**
 * The plan and section of a section page, for the provider's view or the together view (which
 * opens while the screen is handed to the youth, and never shows the provider-only section).
 */
export async function requireSection(request: Request, params: Params, audience: Audience) {
  const { actor, plan } = await requirePlan(request, params, { forTogetherView: audience === "youth" });
  const section = parseSectionId(params.sectionId);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  if (audience === "youth" && PROVIDER_ONLY_SECTIONS.includes(section)) notFound();
  return { actor, plan, section };
}

/** What a section page's loader returns: the form's values and texts come from the plan's language. */
export function sectionPageData(plan: Awaited<ReturnType<typeof requireSection>>["plan"], section: SectionId, audience: Audience) {
  return {
    planId: plan.id,
    chosenName: plan.chosenName,
    section,
    language: plan.draft.about.language,
    values: audience === "youth" ? withoutProviderOnlyFields(section, plan.draft[section]) : plan.draft[section],
    revision: plan.revision,
  };
}

/**
 * Saves a section form into the draft. Errors are in the plan's language, like the form; an
 * add/move/remove button or invalid input shows the form again as typed; a conflict keeps it too.
 */
export async function saveSectionForm(request: Request, params: Params, audience: Audience, savedTo: (planId: string, section: SectionId) => string) {
  const { actor, plan, section } = await requireSection(request, params, audience);
  const language = plan.draft.about.language;
  const formData = await readFormData(request);
  const revision = parseRevision(formData.get("revision"));
  const submission = parseForm(formData, sectionSchemasFor(language)[section]);
  if (submission.status !== "success") {
    return data({ result: submission.reply(), revision }, { status: submission.status === "error" ? 400 : 200 });
  }
  const result = saveSection(actor, plan.id, section, submission.value, revision, audience);
  if (result.status === "not-found") return deny(actor, "plan", plan.id);
  if (result.status === "conflict") {
    return data({ result: submission.reply({ formErrors: [uiText(language).section.conflict] }), revision: result.revision }, { status: 409 });
  }
  return redirect(savedTo(plan.id, section));
}
