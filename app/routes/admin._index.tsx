import { getFormProps } from "@conform-to/react";
import { parseForm, readFormData } from "../web/forms.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import * as z from "zod/mini";
import { USER_ROLES } from "../models/actor";
import { ErrorSummary, SelectField, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { Pager } from "../components/Pager";
import { createAccount, listAccounts } from "../models/accounts.server";
import { requireRole } from "../web/auth.server";
import { pageFrom } from "../utils/pagination";
import { deny } from "../web/http.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordSchemaWith } from "../utils/password-rules";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { interfaceLanguage } from "../web/language.server";
import { isGuessablePassword } from "../utils/password-strength.server";
import { useValidatedForm } from "../components/use-validated-form";
import { isPrintableName } from "../utils/printable-name";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

const newAccountSchema = ({ admin: t }: UiTexts<"admin">) =>
  z.object({
    displayName: z
      .string({ error: t.enterName })
      .check(
        z.trim(),
        z.minLength(1, { error: t.enterName }),
        z.maxLength(100, { error: t.nameTooLong }),
        z.refine(isPrintableName, { error: t.nameNotPrintable }),
      ),
    email: z.email({ error: t.enterEmail }).check(z.maxLength(254, { error: t.emailTooLong })),
    role: z.enum(USER_ROLES, { error: t.pickRole }),
    password: passwordSchemaWith(t),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("admin");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.admin.accounts, "admin");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  return { user: { displayName: actor.displayName, role: actor.role }, accounts: listAccounts(actor, pageFrom(new URL(request.url)))! };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const submission = parseForm(await readFormData(request), newAccountSchema(ui));
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const { password, email, displayName } = submission.value;
  if (isGuessablePassword(password, [email, displayName])) {
    return data({ result: submission.reply({ fieldErrors: { password: [ui.account.passwordGuessable] }, hideFields: ["password"] }) }, { status: 400 });
  }
  const result = await storing(context, () => createAccount(actor, submission.value));
  if (result === STORAGE_FAILED) return storageFailedForm(submission, language, {}, ["password"]);
  if (result.status === "email-taken") {
    return data({ result: submission.reply({ fieldErrors: { email: [ui.admin.emailTaken] }, hideFields: ["password"] }) }, { status: 400 });
  }
  if (result.status === "not-allowed") return deny(actor, "page", "/admin");
  return redirect(`/admin?created=${result.id}`);
}

export default function Accounts() {
  const { user, accounts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const ui = useUi("admin");
  const t = ui.admin;
  const [form, fields] = useValidatedForm<typeof newAccountSchema>({
    lastResult: actionData?.result,
    defaultValue: { role: "provider" },
  });
  return (
    <AppShell user={user}>
      <h1>{t.accounts}</h1>
      <p>
        <Link to="/admin/records">{t.recordsLink}</Link>
      </p>
      {searchParams.get("created") ? (
        <p className="notice" role="status">
          {t.created}
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.rows.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/admin/users/${a.id}`}>{a.displayName}</Link>
              </td>
              <td>{a.email}</td>
              <td>{a.role}</td>
              <td>{a.disabled ? t.disabled : t.active}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={accounts.page} pages={accounts.pages} total={accounts.total} size={accounts.size} />
      <h2>{t.addAccount}</h2>
      {/* A new key after each account made: the form starts empty again, the password gone from the page. */}
      <Form method="post" {...getFormProps(form)} key={searchParams.get("created") ?? "new"} className="narrow">
        <ErrorSummary form={form} />
        <TextField meta={fields.displayName} label={t.name} />
        <TextField meta={fields.email} label={t.email} type="email" autoComplete="off" />
        <SelectField meta={fields.role} label={t.role} options={USER_ROLES.map((r) => ({ value: r, label: t.roleNames[r] }))} />
        <TextField
          meta={fields.password}
          label={t.firstPassword}
          type="password"
          autoComplete="new-password"
          hint={t.firstPasswordHint(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)}
        />
        <div className="actions">
          <button type="submit">{t.submitAccount}</button>
        </div>
      </Form>
    </AppShell>
  );
}
