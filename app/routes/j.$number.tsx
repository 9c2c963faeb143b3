import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { deviceTitle } from "../components/together/device-title";
import { TogetherSectionPage } from "../components/together/TogetherSectionPage";
import type { SectionActionData } from "../web/section-save.server";
import { saveTogetherSection, togetherSectionPage } from "../web/together-pages.server";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { showsPlanTexts } from "../i18n/plan-text";
import { usesUi } from "../i18n/ui";

/** The page's interface texts, and the plan template's in the plan's language: the browser loads them before it hydrates. */
export const handle = { ...usesUi("builder", "together"), ...showsPlanTexts((data: { language: Language }) => data.language) };

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => deviceTitle(data, matches);

/** /j/<number>: a together section on a youth's own phone, by its number in the start page's list (decision 081). */
export const loader = (args: LoaderFunctionArgs) => togetherSectionPage({ ...args, at: "device" });

export const action = (args: ActionFunctionArgs) => saveTogetherSection({ ...args, at: "device" });

export default function DeviceSection() {
  return <TogetherSectionPage {...useLoaderData<typeof loader>()} answered={useActionData<typeof action>() as SectionActionData | undefined} />;
}
