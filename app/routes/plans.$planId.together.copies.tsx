import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TogetherCopiesPage } from "../components/together/TogetherCopiesPage";
import { metaUi } from "../i18n/meta";
import { saveTogetherCopies, togetherCopiesPage } from "../web/together-pages.server";
import { usesUi } from "../i18n/ui";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("together", "copies");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: metaUi(matches, data?.language ?? "en", "copies").copies.title }];

/** "What goes on each copy" in the together view on the provider's screen (also while handed over); a youth's phone opens it at /j/c. */
export const loader = (args: LoaderFunctionArgs) => togetherCopiesPage({ ...args, at: "provider" });

export const action = (args: ActionFunctionArgs) => saveTogetherCopies({ ...args, at: "provider" });

export default function TogetherCopies() {
  return <TogetherCopiesPage {...useLoaderData<typeof loader>()} refused={useActionData<typeof action>()} />;
}
