import type { Params } from "@remix-run/react";
import { getPlan } from "../models/plan.server";
import { requireActor } from "./auth.server";
import { deny, parseId } from "./http.server";

/**
 * The signed-in user and the plan named in the URL, or a 404 (audited) when out of their reach.
 * A together page (`forTogetherView`) opens while the screen is handed to the youth for this plan.
 */
export async function requirePlan(request: Request, params: Params, options: { forTogetherView?: boolean } = {}) {
  const planId = parseId(params.planId);
  const actor = await requireActor(request, options.forTogetherView ? { togetherViewOf: planId } : {});
  const plan = getPlan(actor, planId);
  if (!plan) return deny(actor, "plan", planId);
  return { actor, plan };
}
