import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { readFormData } from "../web/forms.server";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { AppShell } from "../components/layout";
import { addToCareTeam, getCareTeam, removeFromCareTeam } from "../models/care-team.server";
import { badRequest, deny, parseId } from "../web/http.server";
import { requirePlan } from "../web/plan-route.server";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import { auditPlanRead } from "../models/audit.server";
import { refuseStorageFailed, STORAGE_FAILED, storing } from "../web/storage-failure.server";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("plan");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.team.pageTitle, "plan");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const team = getCareTeam(actor, plan.id);
  if (!team) return deny(actor, "plan", plan.id);
  await auditPlanRead(actor, plan.id, "team");
  return { user: { displayName: actor.displayName, role: actor.role }, planId: plan.id, chosenName: plan.chosenName, ...team };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const userId = parseId(typeof formData.get("userId") === "string" ? (formData.get("userId") as string) : undefined);
  if (intent !== "add" && intent !== "remove") badRequest("unknownAction");
  const result = await storing(context, () => (intent === "add" ? addToCareTeam(actor, plan.id, userId) : removeFromCareTeam(actor, plan.id, userId)));
  if (result === STORAGE_FAILED) refuseStorageFailed();
  if (result === "not-found") return deny(actor, "plan", plan.id);
  return redirect(`/plans/${plan.id}/team${result === "last-member" ? "?last=1" : ""}`);
}

export default function CareTeam() {
  const { user, planId, chosenName, members, candidates, canManage } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const t = useUi("plan").team;
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to={`/plans/${planId}`}>{t.crumbPlan(chosenName)}</Link> › {t.pageTitle}
      </p>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {searchParams.get("last") ? (
        <p className="notice error" role="alert">
          {t.lastMember}
        </p>
      ) : null}
      <ul>
        {members.map((m) => (
          <li key={m.id}>
            {m.displayName}
            {m.disabled ? t.disabled : ""}
            {canManage ? (
              <Form method="post" className="inline">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="userId" value={m.id} />
                <button type="submit" className="secondary">
                  {t.remove(m.displayName)}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage && candidates.length > 0 ? (
        <Form method="post" className="narrow">
          <input type="hidden" name="intent" value="add" />
          <div className="field">
            <label htmlFor="userId">{t.addProvider}</label>
            <select id="userId" name="userId">
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit">{t.add}</button>
          </div>
        </Form>
      ) : null}
    </AppShell>
  );
}
