import "../../templates/zod-setup";
import { getFormProps, useForm } from "@conform-to/react";
import { parseForm, readFormData } from "../utils/forms.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { USER_ROLES } from "../../db/schema";
import { ErrorSummary, SelectField, TextField } from "../components/fields";
import { AppShell } from "../components/layout";
import { createAccount, listAccounts } from "../models/accounts.server";
import { requireRole } from "../utils/auth.server";
import { deny } from "../utils/http.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordSchema } from "../utils/password-rules";

const ROLE_NAMES: Record<(typeof USER_ROLES)[number], string> = {
  provider: "Provider (their care teams' youth)",
  supervisor: "Supervisor (reads every youth of the agency)",
  admin: "Admin (accounts and records, no plan content)",
};

const newAccountSchema = z.object({
  displayName: z.string({ error: "Please enter a name." }).trim().min(1, { error: "Please enter a name." }).max(100, { error: "Please use at most 100 characters." }),
  email: z.email({ error: "Please enter an email address." }).max(254, { error: "That email is too long." }),
  role: z.enum(USER_ROLES, { error: "Please pick a role." }),
  password: passwordSchema,
});

export const meta: MetaFunction = () => [{ title: "Accounts · Safety Plan Builder" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  return { user: { displayName: actor.displayName, role: actor.role }, accounts: listAccounts(actor) ?? [] };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, ["admin"]);
  const submission = parseForm(await readFormData(request), newAccountSchema);
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  const result = await createAccount(actor, submission.value);
  if (result.status === "email-taken") {
    return data({ result: submission.reply({ fieldErrors: { email: ["There is already an account with this email."] }, hideFields: ["password"] }) }, { status: 400 });
  }
  if (result.status === "not-allowed") deny(actor, "page", "/admin");
  return redirect(`/admin?created=${result.id}`);
}

export default function Accounts() {
  const { user, accounts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { role: "provider" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newAccountSchema }),
  });
  return (
    <AppShell user={user}>
      <h1>Accounts</h1>
      <p>
        <Link to="/admin/records">Youth records: audit history, export, delete</Link>
      </p>
      {searchParams.get("created") ? (
        <p className="notice" role="status">
          Account created. Hand the password over in person.
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/admin/users/${a.id}`}>{a.displayName}</Link>
              </td>
              <td>{a.email}</td>
              <td>{a.role}</td>
              <td>{a.disabled ? "Disabled" : "Active"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add an account</h2>
      {/* A new key after each account made: the form starts empty again, the password gone from the page. */}
      <Form method="post" {...getFormProps(form)} key={searchParams.get("created") ?? "new"} className="narrow">
        <ErrorSummary form={form} />
        <TextField meta={fields.displayName} label="Name" />
        <TextField meta={fields.email} label="Email" type="email" autoComplete="off" />
        <SelectField meta={fields.role} label="Role" options={USER_ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))} />
        <TextField
          meta={fields.password}
          label="First password"
          type="password"
          autoComplete="new-password"
          hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, any characters. A long phrase is easiest to remember.`}
        />
        <div className="actions">
          <button type="submit">Add account</button>
        </div>
      </Form>
    </AppShell>
  );
}
