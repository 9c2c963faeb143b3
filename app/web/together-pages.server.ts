import type { AppLoadContext } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { sectionProgress } from "../../templates/csecy-safety-plan";
import { auditPlanRead } from "../models/audit.server";
import { choiceRows, copiesPreview } from "../models/copies.server";
import { youthDeviceJoined } from "../models/join-code.server";
import { getPlan } from "../models/plan.server";
import { sectionNumbered, TOGETHER_SECTIONS, togetherAddresses } from "../utils/together-addresses";
import { requireYouthDevice } from "./auth.server";
import { saveCopyChoicesForm } from "./copy-choices.server";
import { deny, notFound, parseSectionId } from "./http.server";
import { requirePlan } from "./plan-route.server";
import { saveSectionForm, sectionPageData } from "./section-save.server";

/**
 * A request for a together page, with where it came in: at the provider's addresses
 * (`/plans/<id>/together…`, the plan and section named in the address) or at a youth's own
 * phone's neutral ones (`/j…`: the plan is the phone session's, the section a number). Each page
 * has one implementation here; its two route modules only say where they are.
 */
export interface TogetherRequest {
  request: Request;
  params: Params;
  context: AppLoadContext;
  at: "provider" | "device";
}

/** The user, the plan (one they may edit) and the addresses of its together view, for whoever may open it at `at`. */
export async function requireTogetherPlan({ request, params, at }: TogetherRequest) {
  const { actor, plan } =
    at === "device"
      ? await requireYouthDevice(request).then(async ({ actor, planId }) => ({ actor, plan: getPlan(actor, planId) ?? (await deny(actor, "plan", planId)) }))
      : await requirePlan(request, params, { forTogetherView: true });
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  return { actor, plan, addresses: togetherAddresses(at === "device" ? "device" : { planId: plan.id }), youthDevice: at === "device" };
}

/** The together view's start: the youth picks what to do first. */
export async function togetherStartPage(asked: TogetherRequest) {
  const { actor, plan, addresses, youthDevice } = await requireTogetherPlan(asked);
  await auditPlanRead(actor, plan.id, "together");
  return {
    planId: plan.id,
    youthDevice,
    addresses: { start: addresses.start, copies: addresses.copies, events: addresses.events },
    name: plan.draft.about.nameOnPlan || plan.chosenName,
    language: plan.draft.about.language,
    /** Only the provider's screen learns whether a phone is joined. */
    phoneJoined: youthDevice ? false : youthDeviceJoined(plan.id),
    sections: TOGETHER_SECTIONS.map((id) => ({
      id,
      address: addresses.section(id),
      started: sectionProgress(id, plan.draft).filled > 0,
      onlyIfWanted: id === "safer-working" && !plan.draft["safer-working"].wanted,
    })),
  };
}

/** The section a together page is about: named on the provider's address, numbered on the phone's. */
async function requireTogetherSection(asked: TogetherRequest) {
  const opened = await requireTogetherPlan(asked);
  const section = asked.at === "device" ? (sectionNumbered(asked.params.number) ?? notFound()) : parseSectionId(asked.params.sectionId);
  if (!TOGETHER_SECTIONS.includes(section)) notFound();
  return { ...opened, section };
}

/** One section in the together view: the same form as the provider's, with the youth's wording and nothing provider-only. */
export async function togetherSectionPage(asked: TogetherRequest) {
  const { actor, plan, section, addresses, youthDevice } = await requireTogetherSection(asked);
  await auditPlanRead(actor, plan.id, `together ${section}`, "plan_view", asked.context);
  return { ...sectionPageData(plan, section, "youth"), youthDevice, start: addresses.start, events: addresses.events };
}

/** Saves a together section and goes back to the start page, which says what was saved (by the section's number). */
export async function saveTogetherSection(asked: TogetherRequest) {
  const opened = await requireTogetherSection(asked);
  return saveSectionForm(asked.request, asked.context, opened, "youth", opened.addresses.saved);
}

/**
 * "What goes on each copy" in the together view: the youth sees what each paper will say and
 * chooses. Rows the provider alone decides (a person marked as maybe linked) are not shown at
 * all: their tag would tell the youth about the mark.
 */
export async function togetherCopiesPage(asked: TogetherRequest) {
  const { actor, plan, addresses, youthDevice } = await requireTogetherPlan(asked);
  await auditPlanRead(actor, plan.id, "together-copies", "plan_view", asked.context);
  return {
    planId: plan.id,
    youthDevice,
    start: addresses.start,
    revision: plan.revision,
    language: plan.draft.about.language,
    rows: choiceRows(plan.draft).filter((row) => !row.locked),
    previews: copiesPreview(plan.draft),
  };
}

/** Saves the ticked boxes as the draft's copy choices, as the provider's page does. */
export async function saveTogetherCopies(asked: TogetherRequest) {
  const { actor, plan, addresses } = await requireTogetherPlan(asked);
  return saveCopyChoicesForm(asked.request, asked.context, actor, plan.id, addresses.copies);
}
