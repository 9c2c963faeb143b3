import { getFormProps } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import { ErrorList, TextField } from "../components/fields";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { useValidatedForm } from "../components/use-validated-form";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { endSession, countCodeFailure } from "../models/session.server";
import { nextSignInStep, recoveryCodesLeft, verifySecondFactor } from "../models/two-factor.server";
import { requireSignInStep, safeRedirect, signIn } from "../web/auth.server";
import { parseForm, readFormData } from "../web/forms.server";
import { interfaceLanguage } from "../web/language.server";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

/** Wrong codes one login may type before it ends: 10^6 codes, so 5 tries guess one in 200,000. */
const MAX_CODE_FAILURES = 5;

const codeSchema = (ui: UiTexts<"account">) =>
  z.object({
    code: z
      .string({ error: ui.account.enterCode })
      .check(z.trim(), z.minLength(1, { error: ui.account.enterCode }), z.maxLength(40, { error: ui.account.codeTooLong })),
    redirectTo: z.catch(z.optional(z.string()), undefined),
  });

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("account");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (ui) => ui.account.codeTitle, "account");

/** The login's second step: a one-time code from the app, or a recovery code. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignInStep(request, ["code"]);
  return { redirectTo: safeRedirect(new URL(request.url).searchParams.get("redirectTo")) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { actor, token } = await requireSignInStep(request, ["code"]);
  const language = await interfaceLanguage(request);
  const ui = serverUi(language);
  const submission = parseForm(await readFormData(request), codeSchema(ui));
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["code"] }) }, { status: 400 });
  const result = await storing(context, () => verifySecondFactor(actor, submission.value.code));
  if (result === STORAGE_FAILED) return storageFailedForm(submission, language, {}, ["code"]);
  if (result === "locked") {
    endSession(token);
    throw redirect(`/login?${new URLSearchParams({ reason: "codes" })}`);
  }
  if (result === "wrong") {
    if (countCodeFailure(token) >= MAX_CODE_FAILURES) {
      endSession(token);
      throw redirect(`/login?${new URLSearchParams({ reason: "codes" })}`);
    }
    return data({ result: submission.reply({ fieldErrors: { code: [ui.account.wrongCode] }, hideFields: ["code"] }) }, { status: 401 });
  }
  const redirectTo = safeRedirect(submission.value.redirectTo);
  const next = nextSignInStep(actor, true);
  // After a recovery code, the security page says how many are left (and offers new ones).
  const destination = result === "recovery-code" && next === "ready" ? `/account/two-factor?${new URLSearchParams({ recoveryLeft: String(recoveryCodesLeft(actor)) })}` : redirectTo;
  const signedIn = await storing(context, () => signIn(request, actor, destination, next));
  return signedIn === STORAGE_FAILED ? storageFailedForm(submission, language, {}, ["code"]) : signedIn;
}

export default function LoginCode() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("account");
  const [form, fields] = useValidatedForm<typeof codeSchema>({ lastResult: actionData?.result });
  return (
    <main className="page narrow" id="main">
      <LanguageSwitch />
      <h1>{ui.account.codeTitle}</h1>
      <p>{ui.account.codeIntro}</p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <div role="alert">
          <ErrorList id={form.errorId} errors={form.errors} />
        </div>
        <TextField meta={fields.code} label={ui.account.code} autoComplete="one-time-code" />
        <div className="actions">
          <button type="submit">{ui.account.verify}</button>
        </div>
      </Form>
    </main>
  );
}
