import { getFormProps } from "@conform-to/react";
import { parseForm, readFormData } from "../web/forms.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import { ErrorList, TextField } from "../components/fields";
import { QuickExit } from "../components/QuickExit";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { recordAudit } from "../models/audit.server";
import { confirmOwnPassword } from "../models/user.server";
import { markHandedOver, requireActor, safeRedirect } from "../web/auth.server";
import { interfaceLanguage } from "../web/language.server";
import { unlockThrottle } from "../web/login-throttle.server";
import { PASSWORD_MAX_LENGTH } from "../utils/password-rules";
import { useValidatedForm } from "../components/use-validated-form";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

const unlockSchema = (ui: UiTexts<"account">) =>
  z.object({
    password: z.string({ error: ui.login.enterPassword }).check(z.maxLength(PASSWORD_MAX_LENGTH, { error: ui.login.passwordTooLong(PASSWORD_MAX_LENGTH) })),
    // Where to go back to is a hidden field: a damaged one falls back to the dashboard (safeRedirect).
    redirectTo: z.catch(z.optional(z.string()), undefined),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("account");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.unlock.pageTitle, "account");

/** The together view of the plan the provider wanted to go back to, if the address names one. */
function togetherPathFor(redirectTo: string): string | null {
  const match = /^\/plans\/([A-Za-z0-9_-]+)(\/|$)/.exec(redirectTo);
  return match ? `/plans/${match[1]}/together` : null;
}

/** The screen was handed to the youth: the provider's password takes it back. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, { unlockPage: true });
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  return { redirectTo, togetherPath: togetherPathFor(redirectTo) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, { unlockPage: true });
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const submission = parseForm(await readFormData(request), unlockSchema(ui));
  const hideFields = ["password", "redirectTo"];
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields }) }, { status: 400 });
  // The same limit as the login form, counted before the password is checked: whoever holds the
  // handed-over screen gets ten guesses a minute, however fast they send them.
  const attempt = unlockThrottle.begin([`account:${actor.id}`, ...(context.clientAddress ? [`address:${context.clientAddress}`] : [])]);
  if (!attempt) {
    const recorded = await storing(context, () => recordAudit({ orgId: actor.orgId, userId: actor.id, action: "login_failed", detail: "unlock rate limited" }));
    if (recorded === STORAGE_FAILED) return storageFailedForm(submission, language, {}, hideFields);
    return data({ result: submission.reply({ formErrors: [ui.login.tooMany], hideFields }) }, { status: 429, headers: { "Retry-After": "60" } });
  }
  const confirmed = await storing(context, () => confirmOwnPassword(actor, submission.value.password));
  if (confirmed === STORAGE_FAILED) return storageFailedForm(submission, language, {}, hideFields);
  if (!confirmed) {
    return data({ result: submission.reply({ formErrors: [ui.unlock.wrong], hideFields }) }, { status: 401 });
  }
  attempt.succeeded();
  // The row first: a storage that takes it but not the unlock leaves the screen locked, never unlocked unrecorded.
  const unlocked = await storing(context, async () => {
    await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "together_unlock" });
    await markHandedOver(request, null);
  });
  if (unlocked === STORAGE_FAILED) return storageFailedForm(submission, language, {}, hideFields);
  return redirect(safeRedirect(submission.value.redirectTo));
}

export default function Unlock() {
  const { redirectTo, togetherPath } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("account");
  const [form, fields] = useValidatedForm<typeof unlockSchema>({
    lastResult: actionData?.result,
  });
  return (
    <>
      <header className="together-bar">
        <span className="spacer" />
        <QuickExit />
      </header>
      <main className="page narrow" id="main">
        <h1>{ui.unlock.title}</h1>
        <p>{ui.unlock.intro}</p>
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <div role="alert">
            <ErrorList id={form.errorId} errors={form.errors} />
          </div>
          <TextField meta={fields.password} label={ui.unlock.password} type="password" autoComplete="current-password" />
          <div className="actions">
            <button type="submit">{ui.unlock.submit}</button>
            {togetherPath ? (
              <Link to={togetherPath} className="button secondary">
                {ui.unlock.stayTogether}
              </Link>
            ) : null}
          </div>
        </Form>
      </main>
    </>
  );
}
