import type { MetaFunction } from "@remix-run/node";
import { uiFromMatches } from "../i18n/meta";
import { useUi } from "../i18n/ui";

/**
 * The neutral page Quick exit opens by default: nothing on it names the app, a plan or help. It
 * needs no session and no network.
 */
export const meta: MetaFunction = ({ matches }) => [{ title: uiFromMatches(matches).neutral.title }];

export default function Weather() {
  const ui = useUi();
  return (
    <main className="page narrow" id="main">
      <h1>{ui.neutral.title}</h1>
      <p>{ui.neutral.body}</p>
    </main>
  );
}
