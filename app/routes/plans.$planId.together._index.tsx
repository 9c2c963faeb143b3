import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { readFormData } from "../web/forms.server";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { renderSVG } from "uqr";
import { PROVIDER_ONLY_SECTIONS, SECTION_IDS, sectionProgress } from "../../templates/csecy-safety-plan";
import { TogetherShell } from "../components/TogetherShell";
import { LiveUpdates } from "../components/LiveUpdates";
import { uiText } from "../i18n/ui";
import { recordAudit } from "../models/audit.server";
import { createJoinCode, endYouthDevices, formatJoinCode, youthDeviceJoined } from "../models/join-code.server";
import { markHandedOver } from "../web/auth.server";
import { badRequest, deny } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { auditPlanRead } from "../models/audit.server";
import { refuseStorageFailed, STORAGE_FAILED, storing } from "../web/storage-failure.server";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { planText, showsPlanTexts } from "../i18n/plan-text";

/** The page shows the plan template's texts in the plan's language: the browser loads them before it hydrates. */
export const handle = showsPlanTexts((data: { language: Language }) => data.language);

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.youthDevice ? uiText(data.language).join.deviceTitle : uiText(data?.language ?? "en").together.pageTitle },
];

/** The together view's start: the youth picks what to do first. Opens while the screen is handed over, and on a youth's joined phone. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params, { forTogetherView: true });
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  await auditPlanRead(actor, plan.id, "together");
  return {
    planId: plan.id,
    name: plan.draft.about.nameOnPlan || plan.chosenName,
    language: plan.draft.about.language,
    youthDevice: actor.youthDevice === true,
    /** Only the provider's screen learns whether a phone is joined. */
    phoneJoined: actor.youthDevice ? false : youthDeviceJoined(plan.id),
    sections: SECTION_IDS.filter((id) => !PROVIDER_ONLY_SECTIONS.includes(id)).map((id) => ({
      id,
      started: sectionProgress(id, plan.draft).filled > 0,
      onlyIfWanted: id === "safer-working" && !plan.draft["safer-working"].wanted,
    })),
  };
}

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
  const { planId, name, language, sections, youthDevice, phoneJoined } = useLoaderData<typeof loader>();
  const invite = useActionData<typeof action>()?.invite;
  const [searchParams] = useSearchParams();
  const ui = uiText(language);
  const text = planText(language);
  const saved = sections.find((s) => s.id === searchParams.get("saved"));
  return (
    <TogetherShell language={language} planId={planId} youthDevice={youthDevice}>
      <h1>{ui.together.title(name)}</h1>
      {saved ? (
        <p className="notice" role="status">
          {ui.together.saved(text.sections[saved.id].title)}
        </p>
      ) : null}
      <LiveUpdates planId={planId} language={language} youthDevice={youthDevice} />
      <p>{ui.together.intro}</p>
      <p>
        {/* Without JavaScript, the page itself again: what the other screen saved meanwhile. */}
        <a href={`/plans/${planId}/together`} className="button secondary">
          {ui.together.showLatest}
        </a>
      </p>
      <h2>{ui.together.firstChoice}</h2>
      <ul className="cards together-cards">
        {sections.map((s) => (
          <li key={s.id} className="card">
            <Link to={s.id}>{text.sections[s.id].title}</Link>
            <span>{text.sections[s.id].intro}</span>
            <span className={s.started ? "progress started" : "progress"}>
              {s.started ? ui.together.started : s.onlyIfWanted ? ui.together.onlyIfYouWant : ui.together.notStarted}
            </span>
          </li>
        ))}
      </ul>
      <p className="card together-copies">
        <Link to="copies">{ui.together.copiesCard}</Link>
        <span>{ui.together.copiesCardAbout}</span>
      </p>
      {youthDevice ? null : (
        <section className="join-invite" aria-labelledby="join-invite-heading">
          <h2 id="join-invite-heading">{ui.invite.heading}</h2>
          <p>{ui.invite.intro}</p>
          {searchParams.get("phone") === "ended" ? (
            <p className="notice" role="status">
              {ui.invite.ended}
            </p>
          ) : null}
          {invite ? (
            <div className="join-code" role="status">
              <p>{ui.invite.instructions(invite.address)}</p>
              <p className="join-code-value" data-testid="join-code">
                {invite.code}
              </p>
              <div className="join-qr" role="img" aria-label={ui.invite.qrLabel} dangerouslySetInnerHTML={{ __html: invite.qrSvg }} />
            </div>
          ) : null}
          <Form method="post" reloadDocument className="actions">
            <button type="submit" name="intent" value="invite" className="secondary">
              {ui.invite.start}
            </button>
            {phoneJoined ? (
              <button type="submit" name="intent" value="end-device" className="secondary">
                {ui.invite.end}
              </button>
            ) : null}
          </Form>
          {phoneJoined ? <p>{ui.invite.joined}</p> : null}
        </section>
      )}
    </TogetherShell>
  );
}
