import { getFormProps } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorList, TextField } from "../components/fields";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { pageTitle } from "../i18n/meta";
import { uiText, useUi, type UiText } from "../i18n/ui";
import { recordAudit } from "../models/audit.server";
import { nextSignInStep } from "../models/two-factor.server";
import { authenticate } from "../models/user.server";
import { getActor, safeRedirect, signIn } from "../utils/auth.server";
import { interfaceLanguage } from "../utils/language.server";
import { loginThrottle, throttleKeys } from "../utils/login-throttle.server";
import { PASSWORD_MAX_LENGTH } from "../utils/password-rules";
import { readFormData, parseForm } from "../utils/forms.server";
import { useValidatedForm } from "../components/use-validated-form";

const loginSchema = (ui: UiText) =>
  z.object({
    email: z.string({ error: ui.login.enterEmail }).trim().max(254, { error: ui.login.emailTooLong }),
    password: z
      .string({ error: ui.login.enterPassword })
      .max(PASSWORD_MAX_LENGTH, { error: ui.login.passwordTooLong(PASSWORD_MAX_LENGTH) }),
    redirectTo: z.string().optional(),
  });

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.login.title);

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getActor(request)) throw redirect("/dashboard");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ui = uiText(await interfaceLanguage(request));
  const submission = parseForm(await readFormData(request), loginSchema(ui));
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const keys = throttleKeys(email, context.clientAddress);
  if (loginThrottle.isBlocked(keys)) {
    await recordAudit({ orgId: null, userId: null, action: "login_failed", detail: "rate limited" });
    return data({ result: submission.reply({ formErrors: [ui.login.tooMany], hideFields: ["password"] }) }, { status: 429, headers: { "Retry-After": "60" } });
  }
  const actor = await authenticate(email, password);
  if (!actor) {
    loginThrottle.recordFailure(keys);
    return data({ result: submission.reply({ formErrors: [ui.login.noMatch], hideFields: ["password"] }) }, { status: 401 });
  }
  return signIn(request, actor, safeRedirect(redirectTo), nextSignInStep(actor, false));
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const ui = useUi();
  const [form, fields] = useValidatedForm(loginSchema(ui), {
    lastResult: actionData?.result,
  });
  return (
    <main className="page narrow" id="main">
      <LanguageSwitch />
      <h1>{ui.login.title}</h1>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <div role="alert">
          <ErrorList id={form.errorId} errors={form.errors ?? (searchParams.get("reason") === "codes" ? [ui.account.tooManyCodes] : undefined)} />
        </div>
        <TextField meta={fields.email} label={ui.login.email} type="email" autoComplete="username" />
        <TextField meta={fields.password} label={ui.login.password} type="password" autoComplete="current-password" />
        <div className="actions">
          <button type="submit">{ui.login.submit}</button>
        </div>
      </Form>
    </main>
  );
}
