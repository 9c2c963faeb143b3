import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { LANGUAGES } from "../../templates/csecy-safety-plan";
import { AppShell } from "../components/layout";
import { PlanContentView } from "../components/PlanContentView";
import { pageTitle } from "../i18n/meta";
import { useUi } from "../i18n/ui";
import { getVersion, restoreVersion } from "../models/version.server";
import { formatDate, formatDateTime } from "../utils/format";
import { deny, notFound, parseRevision, parseVersionNumber } from "../utils/http.server";
import { requirePlan } from "../utils/plan-route.server";
import { readFormData } from "../utils/forms.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (ui) => ui.version.title(data?.version.number ?? 0));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const number = parseVersionNumber(params.number);
  const version = await getVersion(actor, plan.id, number);
  if (!version) notFound();
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, revision: plan.revision, canEdit: plan.canEdit, versionCount: plan.versionCount },
    version,
  };
}

/** "Start again from this version": saves its content as a new version; nothing is rewritten. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const number = parseVersionNumber(params.number);
  const revision = parseRevision((await readFormData(request)).get("revision"));
  const result = restoreVersion(actor, plan.id, number, revision);
  if (result.status === "not-found") return deny(actor, "plan", plan.id);
  if (result.status === "conflict") return redirect(`/plans/${plan.id}/versions/${number}?conflict=1`);
  return redirect(`/plans/${plan.id}/versions/${result.number}?restored=${number}`);
}

/** The printed copies of a version; what each holds and who keeps it is in the catalogue (ui.version.copies). */
const PRINT_COPIES = ["youth", "discreet", "card", "provider"] as const;

export default function VersionPage() {
  const { user, plan, version } = useLoaderData<typeof loader>();
  const ui = useUi();
  const [searchParams] = useSearchParams();
  const isLatest = version.number === plan.versionCount;
  const planLanguage = version.content.about.language;
  const otherLanguage = LANGUAGES.find((l) => l !== planLanguage) ?? planLanguage;
  const pdf = (copy: string, lang?: string) =>
    `/plans/${plan.id}/versions/${version.number}/pdf?${new URLSearchParams(lang ? { copy, lang } : { copy })}`;
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
        <ul>
          {PRINT_COPIES.map((copy) => (
            <li key={copy}>
              <a href={pdf(copy)} download>
                {ui.version.inLanguage(ui.version.copies[copy].label, names[planLanguage])}
              </a>{" "}
              — {ui.version.copies[copy].about}
            </li>
          ))}
        </ul>
        {otherLanguage !== planLanguage ? (
          <>
            <h3>{ui.version.bilingual}</h3>
            <p>{ui.version.bilingualAbout(names[planLanguage], names[otherLanguage])}</p>
            <ul>
              <li>
                <a href={pdf("youth")} download>
                  {ui.version.inLanguage(ui.version.copies.youth.label, names[planLanguage])}
                </a>
              </li>
              <li>
                <a href={pdf("youth", otherLanguage)} download hrefLang={otherLanguage}>
                  {ui.version.caregiverCopy(names[otherLanguage])}
                </a>
              </li>
            </ul>
          </>
        ) : null}
      </section>
      <PlanContentView content={version.content} language={planLanguage} />
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
