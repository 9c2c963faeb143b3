import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { templateText } from "../../templates/csecy-safety-plan";
import { AppShell } from "../components/layout";
import { PlanContentView } from "../components/PlanContentView";
import { getVersion, restoreVersion } from "../models/version.server";
import { deny, notFound, parseRevision, parseVersionNumber } from "../utils/http.server";
import { requirePlan } from "../utils/plan-route.server";
import { formatDateTime } from "../utils/format";
import { readFormData } from "../utils/forms.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Version ${data?.version.number ?? ""} · Safety Plan Builder` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const number = parseVersionNumber(params.number);
  const version = getVersion(actor, plan.id, number);
  if (!version) notFound();
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, revision: plan.revision, canEdit: plan.canEdit, versionCount: plan.versionCount },
    version,
    text: templateText(version.content.about.language),
  };
}

/** "Start again from this version": saves its content as a new version; nothing is rewritten. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const number = parseVersionNumber(params.number);
  const revision = parseRevision((await readFormData(request)).get("revision"));
  const result = restoreVersion(actor, plan.id, number, revision);
  if (result.status === "not-found") deny(actor, "plan", plan.id);
  if (result.status === "conflict") return redirect(`/plans/${plan.id}/versions/${number}?conflict=1`);
  return redirect(`/plans/${plan.id}/versions/${result.number}?restored=${number}`);
}

/** The printed copies of a version: what each holds and who keeps it. */
const PRINT_COPIES = [
  {
    copy: "youth",
    label: "Youth copy",
    about: "the whole plan in the youth's words, with 911, the hotline and a follow-up page. For the youth to keep.",
  },
  {
    copy: "discreet",
    label: "Discreet copy",
    about: "titled \u201cMy notes\u201d: nicknames, places and numbers with nothing that says what it is about. For a youth who fears the plan could be found.",
  },
  {
    copy: "card",
    label: "Pocket card",
    about: "a wallet-sized card with their first people, code words, 911 and a help line. For the youth to carry.",
  },
  {
    copy: "provider",
    label: "Provider copy",
    about: "everything, with private notes, the concern flag and version history. Confidential: for the case file, never for the youth.",
  },
] as const;

export default function VersionPage() {
  const { user, plan, version, text } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const isLatest = version.number === plan.versionCount;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">My youth</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> ›{" "}
        <Link to={`/plans/${plan.id}/versions`}>Saved versions</Link> › Version {version.number}
      </p>
      <h1>Version {version.number}</h1>
      {searchParams.get("saved") ? (
        <p className="notice" role="status">
          Saved as version {version.number}.
        </p>
      ) : null}
      {searchParams.get("restored") ? (
        <p className="notice" role="status">
          Started again from version {searchParams.get("restored")}: this is now version {version.number}, and the draft matches it.
        </p>
      ) : null}
      {searchParams.get("conflict") ? (
        <p className="notice error" role="alert">
          The draft changed while you were looking. Nothing was saved; please try again.
        </p>
      ) : null}
      <p>
        Saved {formatDateTime(version.createdAt)} by {version.authorName}.
        {version.restoredFrom ? ` Started again from version ${version.restoredFrom}.` : ""}
        {version.note ? ` Note: ${version.note}` : ""}
      </p>
      {!isLatest ? <p className="notice warning">This is an older version. It is shown as it was saved.</p> : null}
      <section aria-labelledby="print-copies" className="print-copies">
        <h2 id="print-copies">Print or save as PDF</h2>
        <ul>
          {PRINT_COPIES.map((c) => (
            <li key={c.copy}>
              <a href={`/plans/${plan.id}/versions/${version.number}/pdf?copy=${c.copy}`} download>
                {c.label}
              </a>{" "}
              — {c.about}
            </li>
          ))}
        </ul>
      </section>
      <PlanContentView content={version.content} text={text} />
      {plan.canEdit && !isLatest ? (
        <Form method="post" className="actions">
          <input type="hidden" name="revision" value={plan.revision} />
          <button type="submit">Start again from version {version.number}</button>
          <span className="muted">This saves a new version with this content. No version is changed.</span>
        </Form>
      ) : null}
    </AppShell>
  );
}
