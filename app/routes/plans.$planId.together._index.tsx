import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { readFormData } from "../web/forms.server";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { PROVIDER_ONLY_SECTIONS, SECTION_IDS, sectionProgress, templateText } from "../../templates/csecy-safety-plan";
import { TogetherShell } from "../components/TogetherShell";
import { uiText } from "../i18n/ui";
import { recordAudit } from "../models/audit.server";
import { markHandedOver } from "../web/auth.server";
import { badRequest, deny } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { auditPlanRead } from "../models/audit.server";
import { refuseStorageFailed, STORAGE_FAILED, storing } from "../utils/storage-failure.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: uiText(data?.language ?? "en").together.pageTitle },
];

/** The together view's start: the youth picks what to do first. Opens while the screen is handed over. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params, { forTogetherView: true });
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  await auditPlanRead(actor, plan.id, "together");
  return {
    planId: plan.id,
    name: plan.draft.about.nameOnPlan || plan.chosenName,
    language: plan.draft.about.language,
    sections: SECTION_IDS.filter((id) => !PROVIDER_ONLY_SECTIONS.includes(id)).map((id) => ({
      id,
      started: sectionProgress(id, plan.draft).filled > 0,
      onlyIfWanted: id === "safer-working" && !plan.draft["safer-working"].wanted,
    })),
  };
}

/** intent=hand-over: the provider hands the screen to the youth; provider pages then ask for the password. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  if ((await readFormData(request)).get("intent") !== "hand-over") badRequest("unknownAction");
  // The lock first: a storage that takes it but not the row leaves the screen locked (the safe side).
  const handedOver = await storing(context, async () => {
    await markHandedOver(request, plan.id);
    await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "together_handover", subjectType: "plan", subjectId: plan.id });
  });
  if (handedOver === STORAGE_FAILED) refuseStorageFailed();
  return redirect(`/plans/${plan.id}/together`);
}

export default function TogetherStart() {
  const { planId, name, language, sections } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const ui = uiText(language);
  const text = templateText(language);
  const saved = sections.find((s) => s.id === searchParams.get("saved"));
  return (
    <TogetherShell language={language} planId={planId}>
      <h1>{ui.together.title(name)}</h1>
      {saved ? (
        <p className="notice" role="status">
          {ui.together.saved(text.sections[saved.id].title)}
        </p>
      ) : null}
      <p>{ui.together.intro}</p>
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
    </TogetherShell>
  );
}
