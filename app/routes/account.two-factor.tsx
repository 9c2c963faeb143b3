import { getFormProps } from "@conform-to/react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { renderSVG } from "uqr";
import * as z from "zod/mini";
import { ErrorSummary, TextField } from "../components/fields";
import { AccountShell } from "../components/layout";
import { useValidatedForm } from "../components/use-validated-form";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { confirmEnrolment, enrolmentSecret, hasTwoFactor, nextSignInStep, recoveryCodesLeft } from "../models/two-factor.server";
import { setSessionStep } from "../models/session.server";
import { requireSignInStep, safeRedirect } from "../web/auth.server";
import { parseForm, readFormData } from "../web/forms.server";
import { interfaceLanguage } from "../web/language.server";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

const enrolSchema = (ui: UiTexts<"account">) =>
  z.object({
    code: z
      .string({ error: ui.account.enterCode })
      .check(z.trim(), z.minLength(1, { error: ui.account.enterCode }), z.maxLength(40, { error: ui.account.codeTooLong })),
    redirectTo: z.catch(z.optional(z.string()), undefined),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("account");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.shell.security);

/**
 * One-time codes: enrolment (at login for supervisors and admins, who must; from the menu for
 * providers, who may), and the account's sign-in status with a link to change the password.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, step } = await requireSignInStep(request, ["enrol", "ready"]);
  const search = new URL(request.url).searchParams;
  const enrolled = hasTwoFactor(actor);
  const secret = enrolled ? null : enrolmentSecret(actor);
  return {
    required: step === "enrol",
    user: { displayName: actor.displayName, role: actor.role },
    redirectTo: safeRedirect(search.get("redirectTo")),
    enrolled,
    recoveryLeft: enrolled ? recoveryCodesLeft(actor) : 0,
    afterRecoveryCode: search.has("recoveryLeft"),
    passwordChanged: search.has("passwordChanged"),
    secret: secret && { key: secret.secret.match(/.{1,4}/g)!.join(" "), qrSvg: renderSVG(secret.uri, { border: 2 }) },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { actor, step, token } = await requireSignInStep(request, ["enrol", "ready"]);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const submission = parseForm(await readFormData(request), enrolSchema(ui));
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["code"] }), recoveryCodes: null, continueTo: null }, { status: 400 });
  const result = await storing(context, () => confirmEnrolment(actor, submission.value.code));
  if (result === STORAGE_FAILED) return storageFailedForm(submission, language, { recoveryCodes: null, continueTo: null }, ["code"]);
  if (result.status === "wrong-code") {
    return data({ result: submission.reply({ fieldErrors: { code: [ui.account.wrongCode] }, hideFields: ["code"] }), recoveryCodes: null, continueTo: null }, { status: 400 });
  }
  // The codes are shown once, on this answer; mid-login, the session moves on to its next step.
  if (step === "enrol") setSessionStep(token, nextSignInStep(actor, true));
  const continueTo = step === "enrol" ? safeRedirect(submission.value.redirectTo) : "/account/two-factor";
  return data({ result: submission.reply({ resetForm: true }), recoveryCodes: result.recoveryCodes, continueTo });
}

export default function TwoFactor() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("account");
  const t = ui.account;
  const [form, fields] = useValidatedForm<typeof enrolSchema>({ lastResult: actionData?.result });
  const { required, user, redirectTo, enrolled, recoveryLeft, secret } = loaderData;
  let page;
  if (actionData?.recoveryCodes) {
    page = (
      <>
        <h1>{t.recoveryTitle}</h1>
        <p className="notice" role="status">
          {t.enrolled}
        </p>
        <p>{t.recoveryIntro}</p>
        <ul className="recovery-codes" aria-label={t.recoveryTitle}>
          {actionData.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <a className="button" href={actionData.continueTo ?? "/dashboard"}>
            {t.continue}
          </a>
        </p>
      </>
    );
  } else if (enrolled) {
    page = (
      <>
        <h1>{ui.shell.security}</h1>
        {loaderData.passwordChanged ? (
          <p className="notice" role="status">
            {t.passwordChanged}
          </p>
        ) : null}
        {loaderData.afterRecoveryCode ? (
          <p className="notice" role="status">
            {t.recoveryUsed(recoveryLeft)}
          </p>
        ) : null}
        <p>{t.codesOn}</p>
        <p>{t.recoveryLeft(recoveryLeft)}</p>
        <p>
          <Link to="/account/password">{t.changePasswordLink}</Link>
        </p>
      </>
    );
  } else {
    page = (
      <>
        <h1>{required ? t.enrolTitle : ui.shell.security}</h1>
        {loaderData.passwordChanged ? (
          <p className="notice" role="status">
            {t.passwordChanged}
          </p>
        ) : null}
        {required ? null : <p>{t.codesOff}</p>}
        <p>{required ? t.enrolRequired : t.enrolOffered}</p>
        <p>{t.enrolSteps}</p>
        {secret ? (
          <>
            <div className="qr-code" role="img" aria-label={t.qrLabel} dangerouslySetInnerHTML={{ __html: secret.qrSvg }} />
            <p>
              {t.secretLabel}: <code data-testid="totp-key">{secret.key}</code>
            </p>
          </>
        ) : null}
        <Form method="post" {...getFormProps(form)} className="narrow">
          <ErrorSummary form={form} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextField meta={fields.code} label={t.code} autoComplete="one-time-code" />
          <div className="actions">
            <button type="submit">{t.confirm}</button>
          </div>
        </Form>
        {required ? null : (
          <p>
            <Link to="/account/password">{t.changePasswordLink}</Link>
          </p>
        )}
      </>
    );
  }
  return (
    <AccountShell user={user} duringSignIn={required}>
      {page}
    </AccountShell>
  );
}
