import type { Params } from "@remix-run/react";
import { getPlan } from "../models/plan.server";
import { requireActor } from "./auth.server";
import { deny, parseId } from "./http.server";

/** The signed-in user and the plan named in the URL, or a 404 (audited) when out of their reach. */
export async function requirePlan(request: Request, params: Params) {
  const actor = await requireActor(request);
  const planId = parseId(params.planId);
  const plan = getPlan(actor, planId);
  if (!plan) deny(actor, "plan", planId);
  return { actor, plan };
}
