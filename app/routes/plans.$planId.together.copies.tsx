import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CopiesPreview } from "../components/CopiesPreview";
import { choicesOutcome, CopyChoicesTable } from "../components/CopyChoicesTable";
import { TogetherShell } from "../components/TogetherShell";
import { uiText } from "../i18n/ui";
import { auditPlanRead } from "../models/audit.server";
import { choiceRows, copiesPreview } from "../models/copies.server";
import { deny } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { saveCopyChoicesForm } from "../web/copy-choices.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: uiText(data?.language ?? "en").copies.title }];

/**
 * "What goes on each copy" in the together view: the youth sees what each paper will say and
 * chooses, also while the screen is handed over. Rows the provider alone decides (a person marked
 * as maybe linked) are not shown at all: their tag would tell the youth about the mark.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params, { forTogetherView: true });
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  await auditPlanRead(actor, plan.id, "together-copies", "plan_view", context);
  return {
    planId: plan.id,
    youthDevice: actor.youthDevice === true,
    revision: plan.revision,
    language: plan.draft.about.language,
    rows: choiceRows(plan.draft).filter((row) => !row.locked),
    previews: copiesPreview(plan.draft),
  };
}

/** Saves the ticked boxes as the draft's copy choices, as the provider's page does. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params, { forTogetherView: true });
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  return saveCopyChoicesForm(request, context, actor, plan.id, `/plans/${plan.id}/together/copies`);
}

export default function TogetherCopies() {
  const { planId, youthDevice, revision, language, rows, previews } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const ui = uiText(language);
  return (
    <TogetherShell language={language} planId={planId} youthDevice={youthDevice}>
      <p>
        <Link to={`/plans/${planId}/together`}>{ui.together.backToStart}</Link>
      </p>
      <h1>{ui.copies.title}</h1>
      <p>{ui.copies.intro}</p>
      <CopyChoicesTable outcome={choicesOutcome(refused, searchParams)} rows={rows} revision={revision} canEdit ticked={refused ? new Set(refused.ticked) : undefined} />
      <CopiesPreview previews={previews} />
    </TogetherShell>
  );
}
