import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { SectionForm, sectionFormState } from "../components/sections/SectionForm";
import { PlanLanguageNote } from "../components/PlanLanguageNote";
import { TipsBox } from "../components/TipsBox";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import { requireSection, saveSectionForm, sectionPageData, type SectionActionData } from "../web/section-save.server";
import { auditPlanRead } from "../models/audit.server";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { planText, showsPlanTexts } from "../i18n/plan-text";

/** The page's interface texts, and the plan template's in the plan's language: the browser loads them before it hydrates. */
export const handle = { ...usesUi("builder"), ...showsPlanTexts((data: { language: Language }) => data.language) };

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (ui) => (data ? planText(data.language).sections[data.section].title : ui.section.pageTitle), "builder");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { actor, plan, section } = await requireSection(request, params);
  await auditPlanRead(actor, plan.id, `section ${section}`, "plan_view", context);
  return { user: { displayName: actor.displayName, role: actor.role }, ...sectionPageData(plan, section, "provider") };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const opened = await requireSection(request, params);
  return saveSectionForm(request, context, opened, "provider", (section) => `/plans/${opened.plan.id}?saved=${section}`);
}

export default function SectionPage() {
  const loaderData = useLoaderData<typeof loader>();
  const { user, planId, chosenName, section, language } = loaderData;
  const actionData = useActionData<typeof action>() as SectionActionData | undefined;
  const ui = useUi("builder");
  const text = planText(language);
  const sectionText = text.sections[section];
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${planId}`}>{chosenName}</Link> ›{" "}
        <span lang={language}>{sectionText.title}</span>
      </p>
      <PlanLanguageNote planLanguage={language} />
      <div lang={language}>
        <h1>{sectionText.title}</h1>
        <p>{sectionText.intro}</p>
        <p className="muted">“{text.privacyLine}”</p>
      </div>
      <TipsBox title={ui.section.tips} tips={sectionText.tips} language={language} />
      <SectionForm
        // A merge after a conflict is a fresh form holding the merged values.
        key={actionData?.formKey ?? "opened"}
        section={section}
        language={language}
        {...sectionFormState(loaderData, actionData)}
        audience="provider"
        workQuestionsOpen={loaderData.workQuestionsOpen}
        resources={loaderData.resources}
      >
        <button type="submit">{ui.section.save}</button>
        <Link to={`/plans/${planId}`} className="button secondary">
          {ui.section.back}
        </Link>
      </SectionForm>
    </AppShell>
  );
}
