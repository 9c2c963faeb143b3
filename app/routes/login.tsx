import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorList, TextField } from "../components/fields";
import { authenticate } from "../models/user.server";
import { getActor, safeRedirect, signIn } from "../utils/auth.server";
import { PASSWORD_MAX_LENGTH } from "../utils/password-rules";
import { readFormData, parseForm } from "../utils/forms.server";

const loginSchema = z.object({
  email: z.string({ error: "Please enter your email." }).trim().max(254, { error: "That email is too long." }),
  password: z
    .string({ error: "Please enter your password." })
    .max(PASSWORD_MAX_LENGTH, { error: `Passwords are at most ${PASSWORD_MAX_LENGTH} characters.` }),
  redirectTo: z.string().optional(),
});

export const meta: MetaFunction = () => [{ title: "Log in · Safety Plan Builder" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getActor(request)) throw redirect("/dashboard");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseForm(await readFormData(request), loginSchema);
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const actor = await authenticate(email, password);
  if (!actor) {
    return data(
      { result: submission.reply({ formErrors: ["That email and password don't match an active account."], hideFields: ["password"] }) },
      { status: 401 },
    );
  }
  return signIn(request, actor, safeRedirect(redirectTo));
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
  });
  return (
    <main className="page narrow" id="main">
      <h1>Log in</h1>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <div role="alert">
          <ErrorList id={form.errorId} errors={form.errors} />
        </div>
        <TextField meta={fields.email} label="Email" type="email" autoComplete="username" />
        <TextField meta={fields.password} label="Password" type="password" autoComplete="current-password" />
        <div className="actions">
          <button type="submit">Log in</button>
        </div>
      </Form>
    </main>
  );
}
