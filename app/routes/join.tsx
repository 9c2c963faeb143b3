import { getFormProps } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorList, TextField } from "../components/fields";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { useValidatedForm } from "../components/use-validated-form";
import { uiFromMatches } from "../i18n/meta";
import { uiText, useUi, type UiText } from "../i18n/ui";
import { recordAudit } from "../models/audit.server";
import { redeemJoinCode } from "../models/join-code.server";
import { getActor, joinAsYouthDevice, signOut } from "../utils/auth.server";
import { parseForm, readFormData } from "../utils/forms.server";
import { interfaceLanguage } from "../utils/language.server";
import { joinCodeOverallThrottle, joinCodeThrottle } from "../utils/login-throttle.server";

/** Longer than any code typed with spaces; a longer value is not a code. */
const CODE_MAX_LENGTH = 32;

const joinSchema = (ui: UiText) =>
  z.object({
    code: z.string({ error: ui.join.enterCode }).trim().min(1, { error: ui.join.enterCode }).max(CODE_MAX_LENGTH, { error: ui.join.refused }),
  });

/** Neutral: the title names neither the app nor a plan, as it stays in the phone's history. */
export const meta: MetaFunction = ({ matches }) => [{ title: uiFromMatches(matches).join.pageTitle }];

/**
 * /join: a youth's own phone joins a together view with the code the provider made. The address,
 * title and code say nothing of what it is for. `?c=` (from the QR code) fills the code in.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  return { code: search.get("c")?.slice(0, CODE_MAX_LENGTH) ?? "", left: search.has("left") };
}

/**
 * Join with a code, or (intent=leave) leave: the youth's device session ends and the phone keeps
 * nothing (no-store, Clear-Site-Data), as with Quick exit. Wrong codes are limited per address
 * and overall, counted before the code is checked; every refused code is audited.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const ui = uiText(await interfaceLanguage(request));
  const formData = await readFormData(request);
  if (formData.get("intent") === "leave") {
    if ((await getActor(request))?.youthDevice) return signOut(request, "/join?left");
    throw redirect("/join");
  }
  const submission = parseForm(formData, joinSchema(ui));
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const fromAddress = joinCodeThrottle.begin(context.clientAddress ? [`address:${context.clientAddress}`] : []);
  const overall = fromAddress && joinCodeOverallThrottle.begin(["all"]);
  if (!fromAddress || !overall) {
    await recordAudit({ orgId: null, userId: null, action: "youth_device_join_refused", detail: "rate limited" });
    return data({ result: submission.reply({ formErrors: [ui.join.tooMany] }) }, { status: 429, headers: { "Retry-After": "60" } });
  }
  const joined = await redeemJoinCode(submission.value.code);
  if (joined.status !== "joined") {
    return data({ result: submission.reply({ fieldErrors: { code: [ui.join.refused] } }) }, { status: 401 });
  }
  fromAddress.succeeded();
  overall.succeeded();
  return joinAsYouthDevice(request, joined.inviterId, joined.planId);
}

export default function Join() {
  const { code, left } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi();
  const [form, fields] = useValidatedForm(joinSchema(ui), { lastResult: actionData?.result, defaultValue: { code } });
  return (
    <main className="page narrow join" id="main">
      <LanguageSwitch />
      <h1>{ui.join.title}</h1>
      {left ? (
        <p className="notice" role="status">
          {ui.join.left}
        </p>
      ) : null}
      <p>{ui.join.intro}</p>
      {/* A whole new document after joining: the head's Quick exit script is only sent to a signed-in session. */}
      <Form method="post" reloadDocument {...getFormProps(form)}>
        <div role="alert">
          <ErrorList id={form.errorId} errors={form.errors} />
        </div>
        <TextField meta={fields.code} label={ui.join.code} hint={ui.join.codeHint} />
        <div className="actions">
          <button type="submit">{ui.join.submit}</button>
        </div>
      </Form>
    </main>
  );
}
