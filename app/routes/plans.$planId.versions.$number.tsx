import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { PlanContentView } from "../components/PlanContentView";
import { PlanLanguageNote } from "../components/PlanLanguageNote";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import { prerenderVersionPrints } from "../web/prerender.server";
import { getVersion, restoreVersion } from "../models/version.server";
import { formatDate, formatDateTime } from "../utils/format";
import { deny, notFound, parseRevision, parseVersionNumber } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { listedResources } from "../web/resources.server";
import { readFormData } from "../web/forms.server";
import { refuseStorageFailed, STORAGE_FAILED, storing } from "../web/storage-failure.server";
import type { Language } from "../../templates/csecy-safety-plan/structure";
import { showsPlanTexts } from "../i18n/plan-text";

/** The page's interface texts, and the plan template's in the plan's language: the browser loads them before it hydrates. */
export const handle = { ...usesUi("plan", "copies"), ...showsPlanTexts((data: { version: { content: { about: { language: Language } } } }) => data.version.content.about.language) };

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (ui) => ui.version.title(data?.version.number ?? 0), "plan");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const number = parseVersionNumber(params.number);
  const version = await getVersion(actor, plan.id, number);
  if (!version) notFound();
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, revision: plan.revision, canEdit: plan.canEdit, versionCount: plan.versionCount },
    version,
    resources: listedResources(version.content),
  };
}

/** "Start again from this version": saves its content as a new version; nothing is rewritten. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const number = parseVersionNumber(params.number);
  const revision = parseRevision((await readFormData(request)).get("revision"));
  const result = await storing(context, () => restoreVersion(actor, plan.id, number, revision));
  if (result === STORAGE_FAILED) refuseStorageFailed();
  if (result.status === "not-found") return deny(actor, "plan", plan.id);
  if (result.status === "conflict") return redirect(`/plans/${plan.id}/versions/${number}?conflict=1`);
  prerenderVersionPrints(actor, plan.id, result.number);
  return redirect(`/plans/${plan.id}/versions/${result.number}?restored=${number}`);
}

export default function VersionPage() {
  const { user, plan, version, resources } = useLoaderData<typeof loader>();
  const ui = useUi("plan", "copies");
  const [searchParams] = useSearchParams();
  const isLatest = version.number === plan.versionCount;
  const planLanguage = version.content.about.language;
  const pdf = (copy: string) => `/plans/${plan.id}/versions/${version.number}/pdf?${new URLSearchParams({ copy })}`;
  const names = ui.language.inSentence;
  const restored = searchParams.get("restored");
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> ›{" "}
        <Link to={`/plans/${plan.id}/versions`}>{ui.breadcrumbs.versions}</Link> › {ui.breadcrumbs.version(version.number)}
      </p>
      <h1>{ui.version.title(version.number)}</h1>
      {searchParams.get("saved") ? (
        <p className="notice" role="status">
          {ui.version.saved(version.number)}
        </p>
      ) : null}
      {restored ? (
        <p className="notice" role="status">
          {ui.version.restored(restored, version.number)}
        </p>
      ) : null}
      {searchParams.get("conflict") ? (
        <p className="notice error" role="alert">
          {ui.version.conflict}
        </p>
      ) : null}
      <p>
        {ui.version.savedBy(formatDateTime(version.createdAt, ui.locale), version.authorName)}
        {version.reviewedOn ? ui.version.reviewedOn(formatDate(version.reviewedOn, ui.locale)) : ""}
        {version.restoredFrom ? ui.version.restoredNote(version.restoredFrom) : ""}
        {version.note ? ui.version.note(version.note) : ""}
      </p>
      {!isLatest ? <p className="notice warning">{ui.version.older}</p> : null}
      {version.number > 1 ? (
        <p>
          <Link to={`/plans/${plan.id}/versions/compare?from=${version.number - 1}&to=${version.number}`}>
            {ui.version.whatChanged(version.number - 1)}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="print-copies" className="print-copies">
        <h2 id="print-copies">{ui.version.print}</h2>
        {/* The youth's copies print from the preview: what each holds is seen before it prints. */}
        <p>
          <Link to={`/plans/${plan.id}/versions/${version.number}/copies`}>{ui.copies.toPreview}</Link>
        </p>
        <ul>
          <li>
            <a href={pdf("provider")} download>
              {ui.version.inLanguage(ui.version.copies.provider.label, names[planLanguage])}
            </a>{" "}
            — {ui.version.copies.provider.about}
          </li>
        </ul>
      </section>
      <PlanLanguageNote planLanguage={planLanguage} />
      <PlanContentView content={version.content} language={planLanguage} resources={resources} />
      {plan.canEdit && !isLatest ? (
        <Form method="post" className="actions">
          <input type="hidden" name="revision" value={plan.revision} />
          <button type="submit">{ui.version.restore(version.number)}</button>
          <span className="muted">{ui.version.restoreHint}</span>
        </Form>
      ) : null}
    </AppShell>
  );
}
