import { getFormProps } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import * as z from "zod/mini";
import { ErrorList, TextField } from "../components/fields";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { recordAudit } from "../models/audit.server";
import { nextSignInStep } from "../models/two-factor.server";
import { authenticate } from "../models/user.server";
import { getActor, safeRedirect, signIn } from "../web/auth.server";
import { interfaceLanguage } from "../web/language.server";
import { loginThrottle, throttleKeys } from "../web/login-throttle.server";
import { PASSWORD_MAX_LENGTH } from "../utils/password-rules";
import { readFormData, parseForm } from "../web/forms.server";
import { useValidatedForm } from "../components/use-validated-form";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

const EMAIL_MAX_LENGTH = 254;

const loginSchema = (ui: UiTexts<"account">) =>
  z.object({
    email: z.string({ error: ui.login.enterEmail }).check(z.trim(), z.maxLength(EMAIL_MAX_LENGTH, { error: ui.login.emailTooLong })),
    password: z
      .string({ error: ui.login.enterPassword })
      .check(z.maxLength(PASSWORD_MAX_LENGTH, { error: ui.login.passwordTooLong(PASSWORD_MAX_LENGTH) })),
    // Where to go after the login, taken from the page's own URL: anything but one string (a
    // field sent twice) is ignored like a foreign address, as no field could show an error about it.
    redirectTo: z.catch(z.optional(z.string()), undefined),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("account");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.login.title, "account");

export async function loader({ request }: LoaderFunctionArgs) {
  // A youth's joined phone sees the login form as anyone would: it has no dashboard to go to.
  const actor = await getActor(request);
  if (actor && !actor.youthDevice) throw redirect("/dashboard");
  return null;
}

/**
 * What the page may send back of a refused form: never the password, never the hidden address
 * (the page takes it from its own URL), and the email only within its limit, so a refused post is
 * never echoed back larger than a real login form.
 */
function hiddenFields(formData: FormData): string[] {
  const email = formData.get("email");
  return ["password", "redirectTo", ...(typeof email === "string" && email.length > EMAIL_MAX_LENGTH ? ["email"] : [])];
}

export async function action({ request, context }: ActionFunctionArgs) {
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const formData = await readFormData(request);
  const hideFields = hiddenFields(formData);
  const submission = parseForm(formData, loginSchema(ui));
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  // Counted before the password is checked: attempts sent at once are each counted.
  const attempt = loginThrottle.begin(throttleKeys(email, context.clientAddress));
  if (!attempt) {
    const recorded = await storing(context, () => recordAudit({ orgId: null, userId: null, action: "login_failed", detail: "rate limited" }));
    if (recorded === STORAGE_FAILED) return storageFailedForm(submission, language, {}, hideFields);
    return data({ result: submission.reply({ formErrors: [ui.login.tooMany], hideFields }) }, { status: 429, headers: { "Retry-After": "60" } });
  }
  const actor = await storing(context, () => authenticate(email, password));
  if (actor === STORAGE_FAILED) return storageFailedForm(submission, language, {}, hideFields);
  if (!actor) {
    return data({ result: submission.reply({ formErrors: [ui.login.noMatch], hideFields }) }, { status: 401 });
  }
  attempt.succeeded();
  const signedIn = await storing(context, () => signIn(request, actor, safeRedirect(redirectTo), nextSignInStep(actor, false)));
  return signedIn === STORAGE_FAILED ? storageFailedForm(submission, language, {}, hideFields) : signedIn;
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const ui = useUi("account");
  const [form, fields] = useValidatedForm<typeof loginSchema>({
    lastResult: actionData?.result,
  });
  return (
    <main className="page narrow" id="main">
      <LanguageSwitch />
      <h1>{ui.login.title}</h1>
      {/* Sent by script: a refusal shows in place; the login itself opens a new document (signIn). */}
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
