import type { MetaFunction } from "@remix-run/node";
import { metaUi } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("neutral");

export const meta: MetaFunction = ({ matches }) => [{ title: metaUi(matches, undefined, "neutral").neutral.title }];

/**
 * The neutral page Quick exit opens by default: nothing on it names the app, a plan or help. It
 * needs no session and no network.
 */
export default function Weather() {
  const ui = useUi("neutral");
  return (
    <main className="page narrow" id="main">
      <h1>{ui.neutral.title}</h1>
      <p>{ui.neutral.body}</p>
    </main>
  );
}
