import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { deviceTitle } from "../components/together/device-title";
import { TogetherStartPage } from "../components/together/TogetherStartPage";
import { togetherStartPage } from "../web/together-pages.server";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { showsPlanTexts } from "../i18n/plan-text";
import { usesUi } from "../i18n/ui";

/** The page's interface texts, and the plan template's in the plan's language: the browser loads them before it hydrates. */
export const handle = { ...usesUi("together"), ...showsPlanTexts((data: { language: Language }) => data.language) };

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => deviceTitle(data, matches);

/** /j: the together view's start on a youth's own phone (its plan is its session's; decision 081). */
export const loader = (args: LoaderFunctionArgs) => togetherStartPage({ ...args, at: "device" });

export default function DeviceStart() {
  return <TogetherStartPage {...useLoaderData<typeof loader>()} />;
}
