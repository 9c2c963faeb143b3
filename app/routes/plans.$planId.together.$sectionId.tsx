import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { SectionForm, sectionFormState } from "../components/sections/SectionForm";
import { TogetherShell } from "../components/TogetherShell";
import { uiText } from "../i18n/ui";
import { requireSection, saveSectionForm, sectionPageData, type SectionActionData } from "../web/section-save.server";
import { SHOW_LATEST } from "../utils/show-latest";
import { LiveUpdates } from "../components/LiveUpdates";
import { auditPlanRead } from "../models/audit.server";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { planText, showsPlanTexts } from "../i18n/plan-text";

/** The page shows the plan template's texts in the plan's language: the browser loads them before it hydrates. */
export const handle = showsPlanTexts((data: { language: Language }) => data.language);

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: !data
      ? uiText("en").together.pageTitle
      : data.youthDevice
        ? uiText(data.language).join.deviceTitle // a youth's phone keeps titles in its history: neutral ones
        : planText(data.language).sections[data.section].title,
  },
];

/** One section in the together view: the same form as the provider's, with the youth's wording and nothing provider-only. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { actor, plan, section } = await requireSection(request, params, "youth");
  await auditPlanRead(actor, plan.id, `together ${section}`, "plan_view", context);
  return { ...sectionPageData(plan, section, "youth"), youthDevice: actor.youthDevice === true };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  return saveSectionForm(request, params, context, "youth", (planId, section) => `/plans/${planId}/together?saved=${section}`);
}

export default function TogetherSection() {
  const loaderData = useLoaderData<typeof loader>();
  const { planId, section, language } = loaderData;
  const actionData = useActionData<typeof action>() as SectionActionData | undefined;
  const ui = uiText(language);
  const sectionText = planText(language).sections[section];
  return (
    <TogetherShell language={language} planId={planId} youthDevice={loaderData.youthDevice}>
      <h1>{sectionText.title}</h1>
      <p>{sectionText.intro}</p>
      <p className="muted">{ui.together.privacy}</p>
      <LiveUpdates
        planId={planId}
        language={language}
        youthDevice={loaderData.youthDevice}
        section={section}
        formId={`section-${section}`}
        formHoldsMerge={actionData !== undefined}
      />
      <SectionForm
        // A merge after a conflict is a fresh form holding the merged values.
        // A save from the other screen, reloaded while nothing was typed here, opens a fresh form too.
        key={actionData?.formKey ?? `opened-${loaderData.revision}`}
        section={section}
        language={language}
        {...sectionFormState(loaderData, actionData)}
        audience="youth"
        workQuestionsOpen={loaderData.workQuestionsOpen}
      >
        <button type="submit">{ui.together.save}</button>
        <button type="submit" name={SHOW_LATEST} value="1" className="secondary" formNoValidate>
          {ui.together.showLatest}
        </button>
        <Link to={`/plans/${planId}/together`} className="button secondary">
          {ui.together.back}
        </Link>
      </SectionForm>
    </TogetherShell>
  );
}
