import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { readFormData } from "../web/forms.server";
import { useActionData, useLoaderData } from "@remix-run/react";
import { renderSVG } from "uqr";
import { TogetherStartPage } from "../components/together/TogetherStartPage";
import { metaUi } from "../i18n/meta";
import { recordAudit } from "../models/audit.server";
import { createJoinCode, endYouthDevices, formatJoinCode } from "../models/join-code.server";
import { markHandedOver } from "../web/auth.server";
import { badRequest, deny } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { togetherStartPage } from "../web/together-pages.server";
import { refuseStorageFailed, STORAGE_FAILED, storing } from "../web/storage-failure.server";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { showsPlanTexts } from "../i18n/plan-text";
import { usesUi } from "../i18n/ui";

/** The page's interface texts, and the plan template's in the plan's language: the browser loads them before it hydrates. */
export const handle = { ...usesUi("together"), ...showsPlanTexts((data: { language: Language }) => data.language) };

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: metaUi(matches, data?.language ?? "en", "together").together.pageTitle }];

/** The together view's start on the provider's screen (also while handed over); a youth's phone opens it at /j. */
export const loader = (args: LoaderFunctionArgs) => togetherStartPage({ ...args, at: "provider" });

/**
 * The provider's actions (a youth's phone and a handed-over screen reach none of them):
 * intent=hand-over hands the screen to the youth (provider pages then ask for the password);
 * intent=invite makes a join code for a phone (shown once, never in an address);
 * intent=end-device ends the session of every phone joined to this together view.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  const intent = (await readFormData(request)).get("intent");
  if (intent === "invite") {
    const invite = await storing(context, () => createJoinCode(actor, plan.id));
    if (invite === STORAGE_FAILED) refuseStorageFailed();
    const address = `${new URL(request.url).origin}/join`;
    const shown = formatJoinCode(invite.code);
    return data(
      { invite: { code: shown, address, qrSvg: renderSVG(`${address}?${new URLSearchParams({ c: invite.code })}`, { border: 2 }) } },
      { headers: { "Cache-Control": "no-store" } },
    );
  }
  if (intent === "end-device") {
    if ((await storing(context, () => endYouthDevices(actor, plan.id))) === STORAGE_FAILED) refuseStorageFailed();
    return redirect(`/plans/${plan.id}/together?phone=ended`);
  }
  if (intent !== "hand-over") badRequest("unknownAction");
  // The lock first: a storage that takes it but not the row leaves the screen locked (the safe side).
  const handedOver = await storing(context, async () => {
    await markHandedOver(request, plan.id);
    await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "together_handover", subjectType: "plan", subjectId: plan.id });
  });
  if (handedOver === STORAGE_FAILED) refuseStorageFailed();
  return redirect(`/plans/${plan.id}/together`);
}

export default function TogetherStart() {
  return <TogetherStartPage {...useLoaderData<typeof loader>()} invite={useActionData<typeof action>()?.invite} />;
}
