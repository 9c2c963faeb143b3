import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { LANGUAGES, LIMITS } from "../../templates/csecy-safety-plan";
import { SelectField, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { createYouthWithPlan } from "../models/youth.server";
import { requireActor } from "../utils/auth.server";
import { notFound } from "../utils/http.server";
import { readFormData, parseForm } from "../utils/forms.server";

const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = { en: "English" };

const newYouthSchema = z.object({
  chosenName: z
    .string({ error: "Please enter the name or nickname the youth wants to use." })
    .trim()
    .min(1, { error: "Please enter the name or nickname the youth wants to use." })
    .max(LIMITS.shortText, { error: `Please use at most ${LIMITS.shortText} characters.` }),
  preferredLanguage: z.enum(LANGUAGES, { error: "Please pick a language." }),
});

export const meta: MetaFunction = () => [{ title: "Add a youth · Safety Plan Builder" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (actor.role === "admin") notFound();
  return { user: { displayName: actor.displayName, role: actor.role } };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (actor.role === "admin") notFound();
  const submission = parseForm(await readFormData(request), newYouthSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { planId } = createYouthWithPlan(actor, submission.value);
  return redirect(`/plans/${planId}`);
}

export default function NewYouth() {
  const { user } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { preferredLanguage: "en" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newYouthSchema }),
  });
  return (
    <AppShell user={user}>
      <h1>Add a youth</h1>
      <Form method="post" {...getFormProps(form)} className="narrow">
        <TextField
          meta={fields.chosenName}
          label="Name or nickname"
          hint="The name the youth chooses. Never a legal name."
        />
        <SelectField
          meta={fields.preferredLanguage}
          label="Preferred language"
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        <div className="actions">
          <button type="submit">Add and open the plan</button>
        </div>
      </Form>
    </AppShell>
  );
}
