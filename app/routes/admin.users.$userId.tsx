import "../../templates/zod-setup";
import { getFormProps, useForm } from "@conform-to/react";
import { parseForm, readFormData } from "../utils/forms.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { getAccount, resetPassword, setAccountDisabled } from "../models/accounts.server";
import { requireRole } from "../utils/auth.server";
import { badRequest, deny, parseId } from "../utils/http.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordSchema } from "../utils/password-rules";

const resetSchema = z.object({ password: passwordSchema });
const DONE_MESSAGES = {
  disabled: "The account is disabled and all its sessions have ended.",
  enabled: "The account can log in again.",
  reset: "The password is changed and the account's sessions have ended. Hand the new password over in person.",
} as const;

export const meta: MetaFunction = () => [{ title: "Account · Safety Plan Builder" }];

async function requireAccount(request: Request, userIdParam: string | undefined) {
  const actor = await requireRole(request, ["admin"]);
  const userId = parseId(userIdParam);
  const account = getAccount(actor, userId);
  if (!account) deny(actor, "user", userId);
  return { actor, account };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, account } = await requireAccount(request, params.userId);
  return { user: { displayName: actor.displayName, role: actor.role }, account, isSelf: account.id === actor.id };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, account } = await requireAccount(request, params.userId);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "disable" || intent === "enable") {
    if (!setAccountDisabled(actor, account.id, intent === "disable")) badRequest("You cannot disable your own account.");
    return redirect(`/admin/users/${account.id}?done=${intent}d`);
  }
  if (intent === "reset") {
    const submission = parseForm(formData, resetSchema);
    if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
    await resetPassword(actor, account.id, submission.value.password);
    return redirect(`/admin/users/${account.id}?done=reset`);
  }
  badRequest("Unknown action.");
}

export default function AccountPage() {
  const { user, account, isSelf } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetSchema }),
  });
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/admin">Accounts</Link> › {account.displayName}
      </p>
      <h1>{account.displayName}</h1>
      {done && done in DONE_MESSAGES ? (
        <p className="notice" role="status">
          {DONE_MESSAGES[done as keyof typeof DONE_MESSAGES]}
        </p>
      ) : null}
      <p>
        {account.email} · {account.role} · {account.disabled ? "Disabled" : "Active"}
      </p>
      {isSelf ? null : (
        <Form method="post">
          <input type="hidden" name="intent" value={account.disabled ? "enable" : "disable"} />
          <button type="submit" className={account.disabled ? undefined : "danger"}>
            {account.disabled ? "Re-enable this account" : "Disable this account (ends its sessions now)"}
          </button>
        </Form>
      )}
      <h2>Set a new password</h2>
      <Form method="post" {...getFormProps(form)} className="narrow">
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="reset" />
        <TextField
          meta={fields.password}
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, any characters. Ends the account's sessions.`}
        />
        <div className="actions">
          <button type="submit">Set the new password</button>
        </div>
      </Form>
    </AppShell>
  );
}
