import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { CopiesPreview } from "../components/CopiesPreview";
import { CopyChoicesTable } from "../components/CopyChoicesTable";
import { pageTitle } from "../i18n/meta";
import { useUi } from "../i18n/ui";
import { auditPlanRead } from "../models/audit.server";
import { choiceRows, copiesPreview, saveCopyChoices } from "../models/copies.server";
import { readFormData } from "../web/forms.server";
import { deny, parseRevision } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.copies.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  await auditPlanRead(actor, plan.id, "copies");
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, revision: plan.revision, canEdit: plan.canEdit },
    rows: choiceRows(plan.draft),
    previews: copiesPreview(plan.draft),
  };
}

/** Saves the ticked boxes as the draft's copy choices (a box not ticked is a copy not chosen). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  const formData = await readFormData(request);
  const revision = parseRevision(formData.get("revision"));
  const ticked = new Set([...formData.keys()].filter((k) => k.includes(":")));
  const result = saveCopyChoices(actor, plan.id, ticked, revision);
  if (result.status === "not-found") return deny(actor, "plan", plan.id);
  return redirect(`/plans/${plan.id}/copies?${result.status === "conflict" ? "conflict" : "saved"}=1`);
}

export default function CopiesPage() {
  const { user, plan, rows, previews } = useLoaderData<typeof loader>();
  const ui = useUi();
  const t = ui.copies;
  const [searchParams] = useSearchParams();
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> › {t.title}
      </p>
      <h1>{t.title}</h1>
      {searchParams.get("saved") ? (
        <p className="notice" role="status">
          {t.saved}
        </p>
      ) : null}
      {searchParams.get("conflict") ? (
        <p className="notice error" role="alert">
          {t.conflict}
        </p>
      ) : null}
      <p>{t.intro}</p>
      <CopyChoicesTable rows={rows} revision={plan.revision} canEdit={plan.canEdit} />
      <CopiesPreview previews={previews} />
    </AppShell>
  );
}
