import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { sectionSchemas, templateText } from "../../templates/csecy-safety-plan";
import { ErrorSummary } from "../components/fields";
import { AppShell } from "../components/layout";
import { SectionFields } from "../components/sections/SectionFields";
import type { SectionForm } from "../components/sections/types";
import { saveSection } from "../models/plan.server";
import { deny, notFound, parseRevision, parseSectionId } from "../utils/http.server";
import { requirePlan } from "../utils/plan-route.server";
import { readFormData, parseForm } from "../utils/forms.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.sectionText.title ?? "Section"} · Safety Plan Builder` },
];

const CONFLICT_MESSAGE =
  "Someone changed this plan (in another tab or on another device) since you opened this page. What you typed is still here. Check the plan in a new tab if you need to; pressing Save again will keep what is on this page.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const section = parseSectionId(params.sectionId);
  if (!plan.canEdit) notFound();
  const text = templateText(plan.draft.about.language);
  return {
    user: { displayName: actor.displayName, role: actor.role },
    planId: plan.id,
    chosenName: plan.chosenName,
    section,
    values: plan.draft[section],
    revision: plan.revision,
    text,
    sectionText: text.sections[section],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const section = parseSectionId(params.sectionId);
  if (!plan.canEdit) deny(actor, "plan", plan.id);
  const formData = await readFormData(request);
  const revision = parseRevision(formData.get("revision"));
  const submission = parseForm(formData, sectionSchemas[section]);
  if (submission.status !== "success") {
    // An add/remove/move button (status undefined) or invalid input: show the form again as typed.
    return data({ result: submission.reply(), revision }, { status: submission.status === "error" ? 400 : 200 });
  }
  const result = saveSection(actor, plan.id, section, submission.value, revision);
  if (result.status === "not-found") deny(actor, "plan", plan.id);
  if (result.status === "conflict") {
    return data({ result: submission.reply({ formErrors: [CONFLICT_MESSAGE] }), revision: result.revision }, { status: 409 });
  }
  return redirect(`/plans/${plan.id}?saved=${section}`);
}

export default function SectionPage() {
  const loaderData = useLoaderData<typeof loader>();
  const { user, planId, chosenName, section, text, sectionText } = loaderData;
  const actionData = useActionData<typeof action>();
  // After a refused save the form keeps the revision it was opened with (or, after a conflict was
  // shown, the current one): a fresh loader value must never silently turn a stale form current.
  const revision = actionData?.revision ?? loaderData.revision;
  const schema: z.ZodObject = sectionSchemas[section];
  const [form] = useForm({
    id: `section-${section}`,
    lastResult: actionData?.result,
    defaultValue: loaderData.values as unknown as Record<string, never>,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">My youth</Link> › <Link to={`/plans/${planId}`}>{chosenName}</Link> › {sectionText.title}
      </p>
      <h1>{sectionText.title}</h1>
      <p>{sectionText.intro}</p>
      <p className="muted">“{text.privacyLine}”</p>
      <details className="tips">
        <summary>Conversation tips (for you)</summary>
        <ul>
          {sectionText.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="revision" value={revision} />
        {/* Enter in a text field presses the form's first submit button: make that Save, not an
            item's Move or Remove button further down. */}
        <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
          Save
        </button>
        <ErrorSummary form={form} />
        <SectionFields section={section} form={form as unknown as SectionForm<typeof section>} text={text} />
        <div className="actions">
          <button type="submit">Save</button>
          <Link to={`/plans/${planId}`} className="button secondary">
            Back without saving
          </Link>
        </div>
      </Form>
    </AppShell>
  );
}
