import { getFormProps } from "@conform-to/react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import * as z from "zod/mini";
import { ErrorSummary, TextField } from "../components/fields";
import { AccountShell } from "../components/layout";
import { useValidatedForm } from "../components/use-validated-form";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { nextSignInStep } from "../models/two-factor.server";
import { changeOwnPassword } from "../models/user.server";
import { requireSignInStep, safeRedirect, signIn } from "../web/auth.server";
import { parseForm, readFormData } from "../web/forms.server";
import { interfaceLanguage } from "../web/language.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordSchemaWith } from "../utils/password-rules";
import { isGuessablePassword } from "../utils/password-strength.server";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

const passwordChangeSchema = (ui: UiTexts<"account" | "admin">) =>
  z.object({
    currentPassword: z.string({ error: ui.login.enterPassword }).check(z.maxLength(PASSWORD_MAX_LENGTH, { error: ui.login.passwordTooLong(PASSWORD_MAX_LENGTH) })),
    newPassword: passwordSchemaWith(ui.admin),
    redirectTo: z.catch(z.optional(z.string()), undefined),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("account", "admin");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.account.passwordTitle, "account");

/** A user changes their own password, typing the current one; at first login when an admin set it. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, step } = await requireSignInStep(request, ["change-password", "ready"]);
  return {
    required: step === "change-password",
    user: { displayName: actor.displayName, role: actor.role },
    redirectTo: safeRedirect(new URL(request.url).searchParams.get("redirectTo")),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { actor, step } = await requireSignInStep(request, ["change-password", "ready"]);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const submission = parseForm(await readFormData(request), passwordChangeSchema(ui));
  const hidden = { hideFields: ["currentPassword", "newPassword"] };
  if (submission.status !== "success") return data({ result: submission.reply(hidden) }, { status: 400 });
  const { currentPassword, newPassword, redirectTo } = submission.value;
  const refuse = (field: "currentPassword" | "newPassword", message: string) =>
    data({ result: submission.reply({ fieldErrors: { [field]: [message] }, ...hidden }) }, { status: 400 });
  if (isGuessablePassword(newPassword, [actor.email, actor.displayName])) return refuse("newPassword", ui.account.passwordGuessable);
  if (newPassword === currentPassword) return refuse("newPassword", ui.account.sameAsBefore);
  const changed = await storing(context, () => changeOwnPassword(actor, currentPassword, newPassword));
  if (changed === STORAGE_FAILED) return storageFailedForm(submission, language, {}, hidden.hideFields);
  if (changed === "wrong-password") return refuse("currentPassword", ui.account.wrongPassword);
  // Every session of the account ended with the change: this browser goes on in a new one.
  const next = nextSignInStep(actor, true);
  return signIn(request, actor, step === "ready" ? "/account/two-factor?passwordChanged=1" : safeRedirect(redirectTo), next);
}

export default function ChangePassword() {
  const { required, user, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const ui = useUi("account", "admin");
  const t = ui.account;
  const [form, fields] = useValidatedForm<typeof passwordChangeSchema>({ lastResult: actionData?.result });
  const page = (
    <>
      <h1>{t.passwordTitle}</h1>
      {required ? <p className="notice">{t.passwordRequired}</p> : null}
      <Form method="post" {...getFormProps(form)} className="narrow">
        <ErrorSummary form={form} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ? redirectTo : ""} />
        <TextField meta={fields.currentPassword} label={t.currentPassword} type="password" autoComplete="current-password" />
        <TextField
          meta={fields.newPassword}
          label={t.newPassword}
          type="password"
          autoComplete="new-password"
          hint={t.newPasswordHint(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)}
        />
        <div className="actions">
          <button type="submit">{t.savePassword}</button>
        </div>
      </Form>
    </>
  );
  return (
    <AccountShell user={user} duringSignIn={required}>
      {page}
    </AccountShell>
  );
}
