import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { deviceTitle } from "../components/together/device-title";
import { TogetherCopiesPage } from "../components/together/TogetherCopiesPage";
import { saveTogetherCopies, togetherCopiesPage } from "../web/together-pages.server";
import { usesUi } from "../i18n/ui";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("together", "copies");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => deviceTitle(data, matches);

/** /j/c: "What goes on each copy" on a youth's own phone (decision 081). */
export const loader = (args: LoaderFunctionArgs) => togetherCopiesPage({ ...args, at: "device" });

export const action = (args: ActionFunctionArgs) => saveTogetherCopies({ ...args, at: "device" });

export default function DeviceCopies() {
  return <TogetherCopiesPage {...useLoaderData<typeof loader>()} refused={useActionData<typeof action>()} />;
}
