import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorList, TextField } from "../components/fields";
import { recordAudit } from "../models/audit.server";
import { authenticate } from "../models/user.server";
import { getActor, safeRedirect, signIn } from "../utils/auth.server";
import { loginThrottle, throttleKeys } from "../utils/login-throttle.server";
import { PASSWORD_MAX_LENGTH } from "../utils/password-rules";

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

const TOO_MANY_MESSAGE = "Too many attempts to log in. For safety, please wait one minute and try again.";
const FAILED_MESSAGE = "That email and password don't match an active account.";

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: loginSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const keys = throttleKeys(email, context.clientAddress);
  if (loginThrottle.isBlocked(keys)) {
    recordAudit({ orgId: null, userId: null, action: "login_failed", detail: "rate limited" });
    return data({ result: submission.reply({ formErrors: [TOO_MANY_MESSAGE], hideFields: ["password"] }) }, { status: 429, headers: { "Retry-After": "60" } });
  }
  const actor = await authenticate(email, password);
  if (!actor) {
    loginThrottle.recordFailure(keys);
    return data({ result: submission.reply({ formErrors: [FAILED_MESSAGE], hideFields: ["password"] }) }, { status: 401 });
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
