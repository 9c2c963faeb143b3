import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TogetherSectionPage } from "../components/together/TogetherSectionPage";
import { metaUi } from "../i18n/meta";
import type { SectionActionData } from "../web/section-save.server";
import { saveTogetherSection, togetherSectionPage } from "../web/together-pages.server";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { planText, showsPlanTexts } from "../i18n/plan-text";
import { usesUi } from "../i18n/ui";

/** The page's interface texts, and the plan template's in the plan's language: the browser loads them before it hydrates. */
export const handle = { ...usesUi("builder", "together"), ...showsPlanTexts((data: { language: Language }) => data.language) };

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: data ? planText(data.language).sections[data.section].title : metaUi(matches, "en", "together").together.pageTitle },
];

/** A together section on the provider's screen (also while handed over); a youth's phone opens it at /j/<number>. */
export const loader = (args: LoaderFunctionArgs) => togetherSectionPage({ ...args, at: "provider" });

export const action = (args: ActionFunctionArgs) => saveTogetherSection({ ...args, at: "provider" });

export default function TogetherSection() {
  return <TogetherSectionPage {...useLoaderData<typeof loader>()} answered={useActionData<typeof action>() as SectionActionData | undefined} />;
}
