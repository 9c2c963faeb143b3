import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { CopiesPreview } from "../components/CopiesPreview";
import { choicesOutcome, CopyChoicesTable } from "../components/CopyChoicesTable";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import { auditPlanRead } from "../models/audit.server";
import { choiceRows, copiesPreview } from "../models/copies.server";
import { deny } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { saveCopyChoicesForm } from "../web/copy-choices.server";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("copies");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.copies.title, "copies");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  await auditPlanRead(actor, plan.id, "copies", "plan_view", context);
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, revision: plan.revision, canEdit: plan.canEdit },
    rows: choiceRows(plan.draft),
    previews: copiesPreview(plan.draft),
  };
}

/** Saves the ticked boxes as the draft's copy choices (a box not ticked is a copy not chosen). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  return saveCopyChoicesForm(request, context, actor, plan.id, `/plans/${plan.id}/copies`);
}

export default function CopiesPage() {
  const { user, plan, rows, previews } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const ticked = refused ? new Set(refused.ticked) : undefined;
  const ui = useUi("copies");
  const t = ui.copies;
  const [searchParams] = useSearchParams();
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> › {t.title}
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <CopyChoicesTable outcome={choicesOutcome(refused, searchParams)} rows={rows} revision={plan.revision} canEdit={plan.canEdit} ticked={ticked} />
      <CopiesPreview previews={previews} />
    </AppShell>
  );
}
