import { getFormProps } from "@conform-to/react";
import { parseForm, readFormData } from "../web/forms.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import * as z from "zod/mini";
import { ErrorSummary, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { getAccount, resetPassword, setAccountDisabled } from "../models/accounts.server";
import { requireRole } from "../web/auth.server";
import { badRequest, deny, parseId } from "../web/http.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordSchemaWith } from "../utils/password-rules";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { interfaceLanguage } from "../web/language.server";
import { isGuessablePassword } from "../utils/password-strength.server";
import { useValidatedForm } from "../components/use-validated-form";
import { refuseStorageFailed, STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

const resetSchema = (ui: UiTexts<"admin">) => z.object({ password: passwordSchemaWith(ui.admin) });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("admin");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.admin.accountPageTitle, "admin");

async function requireAccount(request: Request, userIdParam: string | undefined) {
  const actor = await requireRole(request, ["admin"]);
  const userId = parseId(userIdParam);
  const account = getAccount(actor, userId);
  if (!account) return deny(actor, "user", userId);
  return { actor, account };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, account } = await requireAccount(request, params.userId);
  return { user: { displayName: actor.displayName, role: actor.role }, account, isSelf: account.id === actor.id };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, account } = await requireAccount(request, params.userId);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "disable" || intent === "enable") {
    const changed = await storing(context, () => setAccountDisabled(actor, account.id, intent === "disable"));
    if (changed === STORAGE_FAILED) refuseStorageFailed();
    if (!changed) badRequest("cannotDisableOwnAccount");
    return redirect(`/admin/users/${account.id}?done=${intent}d`);
  }
  if (intent === "reset") {
    const submission = parseForm(formData, resetSchema(ui));
    if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
    if (isGuessablePassword(submission.value.password, [account.email, account.displayName])) {
      return data({ result: submission.reply({ fieldErrors: { password: [ui.account.passwordGuessable] }, hideFields: ["password"] }) }, { status: 400 });
    }
    if ((await storing(context, () => resetPassword(actor, account.id, submission.value.password))) === STORAGE_FAILED) {
      return storageFailedForm(submission, language, {}, ["password"]);
    }
    return redirect(`/admin/users/${account.id}?done=reset`);
  }
  badRequest("unknownAction");
}

export default function AccountPage() {
  const { user, account, isSelf } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const ui = useUi("admin");
  const t = ui.admin;
  const [form, fields] = useValidatedForm<typeof resetSchema>({
    lastResult: actionData?.result,
  });
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/admin">{t.accounts}</Link> › {account.displayName}
      </p>
      <h1>{account.displayName}</h1>
      {done && done in t.done ? (
        <p className="notice" role="status">
          {t.done[done as keyof typeof t.done]}
        </p>
      ) : null}
      <p>
        {account.email} · {account.role} · {account.disabled ? t.disabled : t.active}
      </p>
      {isSelf ? null : (
        <Form method="post">
          <input type="hidden" name="intent" value={account.disabled ? "enable" : "disable"} />
          <button type="submit" className={account.disabled ? undefined : "danger"}>
            {account.disabled ? t.reEnable : t.disable}
          </button>
        </Form>
      )}
      <h2>{t.setPassword}</h2>
      <Form method="post" {...getFormProps(form)} className="narrow">
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="reset" />
        <TextField
          meta={fields.password}
          label={t.newPassword}
          type="password"
          autoComplete="new-password"
          hint={t.newPasswordHint(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)}
        />
        <div className="actions">
          <button type="submit">{t.submitPassword}</button>
        </div>
      </Form>
    </AppShell>
  );
}
