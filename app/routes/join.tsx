import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import { ChoiceGroup, ErrorList, TextField } from "../components/fields";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { useValidatedForm } from "../components/use-validated-form";
import { metaUi } from "../i18n/meta";
import { usesUi, useUi, type UiTexts } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { recordAudit } from "../models/audit.server";
import { redeemJoinCode } from "../models/join-code.server";
import { getActor, heldJoinCode, holdJoinCode, joinAsYouthDevice, signOut } from "../web/auth.server";
import { parseForm, readFormData } from "../web/forms.server";
import { interfaceLanguage } from "../web/language.server";
import { joinCodeOverallThrottle, joinCodeThrottle } from "../web/login-throttle.server";

/** Longer than any code typed with spaces; a longer value is not a code. */
const CODE_MAX_LENGTH = 32;

const joinSchema = (ui: UiTexts<"together">) =>
  z.object({
    code: z
      .string({ error: ui.join.enterCode })
      .check(z.trim(), z.minLength(1, { error: ui.join.enterCode }), z.maxLength(CODE_MAX_LENGTH, { error: ui.join.refused })),
  });

const ANSWERS = ["yes", "no", "unsure"] as const;
const CHECK_QUESTIONS = ["shared", "looked", "location"] as const;

/** The phone check: is this phone shared, does someone look through it, can someone see where it is. */
const checkSchema = (ui: UiTexts<"together">) =>
  z.object({
    shared: z.enum(ANSWERS, { error: ui.join.check.choose }),
    looked: z.enum(ANSWERS, { error: ui.join.check.choose }),
    location: z.enum(ANSWERS, { error: ui.join.check.choose }),
    code: z.catch(z.optional(z.string().check(z.maxLength(CODE_MAX_LENGTH))), undefined),
  });

/** Which part of the page shows: the phone check first, then the code (with a caution when the phone may not be safe). */
type Stage = "check" | "code" | "caution";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("together");

/** Neutral: the title names neither the app nor a plan, as it stays in the phone's history. */
export const meta: MetaFunction = ({ matches }) => [{ title: metaUi(matches, undefined, "together").join.pageTitle }];

/**
 * /join: a youth's own phone joins a together view with the code the provider made. The address,
 * title and code say nothing of what it is for. `?c=` (from the QR code) fills the code in: it
 * is held in a short-lived cookie for this page and the address loses it at once (303 to /join),
 * so no code stays in the phone's history. First a phone check in plain words; when the phone may
 * not be safe the page says so kindly and offers a safer device or staying on the provider's
 * screen, and the youth still chooses.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const scanned = search.get("c");
  if (scanned !== null) {
    const headers = new Headers({ "Cache-Control": "no-store" });
    headers.append("Set-Cookie", await holdJoinCode(request, scanned.slice(0, CODE_MAX_LENGTH)));
    throw redirect("/join", { status: 303, headers });
  }
  return { code: await heldJoinCode(request), left: search.has("left"), stayed: search.has("stay") };
}

/**
 * The phone check (intent=check), then join with a code, or (intent=leave) leave: the youth's device session ends and the phone keeps
 * nothing (no-store, Clear-Site-Data), as with Quick exit. Wrong codes are limited per address
 * and overall, counted before the code is checked; every refused code is audited.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const ui = serverUi(await interfaceLanguage(request));
  const formData = await readFormData(request);
  if (formData.get("intent") === "leave") {
    if ((await getActor(request))?.youthDevice) return signOut(request, "/join?left");
    throw redirect("/join");
  }
  // A post that has not been through the phone check (intent=check, or a form missing `checked`)
  // is read as the check: the answers are asked for, with a message at each question left out.
  if (formData.get("intent") === "check" || formData.get("checked") !== "1") {
    // The answers decide what the page says next; they are neither stored nor audited.
    const check = parseForm(formData, checkSchema(ui));
    if (check.status !== "success") return data({ stage: "check" as Stage, check: check.reply(), result: undefined, code: "" }, { status: 400 });
    const mayNotBeSafe = CHECK_QUESTIONS.some((question) => check.value[question] !== "no");
    return data({ stage: (mayNotBeSafe ? "caution" : "code") as Stage, check: undefined, result: undefined, code: check.value.code ?? "" });
  }
  const stage: Stage = formData.get("stage") === "caution" ? "caution" : "code";
  const submission = parseForm(formData, joinSchema(ui));
  if (submission.status !== "success") return data({ stage, check: undefined, result: submission.reply(), code: "" }, { status: 400 });
  const fromAddress = joinCodeThrottle.begin(context.clientAddress ? [`address:${context.clientAddress}`] : []);
  const overall = fromAddress && joinCodeOverallThrottle.begin(["all"]);
  if (!fromAddress || !overall) {
    await recordAudit({ orgId: null, userId: null, action: "youth_device_join_refused", detail: "rate limited" });
    return data({ stage, check: undefined, result: submission.reply({ formErrors: [ui.join.tooMany] }), code: "" }, { status: 429, headers: { "Retry-After": "60" } });
  }
  const joined = await redeemJoinCode(submission.value.code);
  if (joined.status !== "joined") {
    return data({ stage, check: undefined, result: submission.reply({ fieldErrors: { code: [ui.join.refused] } }), code: "" }, { status: 401 });
  }
  fromAddress.succeeded();
  overall.succeeded();
  return joinAsYouthDevice(request, joined.inviterId, joined.planId);
}

export default function Join() {
  const { code, left, stayed } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("together");
  const stage = actionData?.stage ?? "check";
  return (
    <main className="page narrow join" id="main">
      <LanguageSwitch />
      {left || stayed ? (
        <p className="notice" role="status">
          {left ? ui.join.left : ui.join.check.stayed}
        </p>
      ) : null}
      {stage === "check" ? (
        <PhoneCheck code={code} lastResult={actionData?.check} />
      ) : (
        <CodeForm stage={stage} code={actionData?.code ?? ""} lastResult={actionData?.result} />
      )}
    </main>
  );
}

function PhoneCheck({ code, lastResult }: { code: string; lastResult: SubmissionResult<string[]> | undefined }) {
  const ui = useUi("together");
  const t = ui.join.check;
  const [form, fields] = useValidatedForm<typeof checkSchema>({ id: "phone-check", lastResult });
  const options = ANSWERS.map((value) => ({ value, label: t[value] }));
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <Form method="post" reloadDocument {...getFormProps(form)}>
        <input type="hidden" name="code" value={code} />
        {CHECK_QUESTIONS.map((question) => (
          <ChoiceGroup key={question} meta={fields[question]} legend={t[question]} options={options} type="radio" inline />
        ))}
        <div className="actions">
          <button type="submit" name="intent" value="check">
            {t.next}
          </button>
        </div>
      </Form>
    </>
  );
}

function CodeForm({ stage, code, lastResult }: { stage: Exclude<Stage, "check">; code: string; lastResult: SubmissionResult<string[]> | undefined }) {
  const ui = useUi("together");
  const [form, fields] = useValidatedForm<typeof joinSchema>({ id: "join", lastResult, defaultValue: { code } });
  return (
    <>
      <h1>{ui.join.title}</h1>
      {stage === "caution" ? (
        <div className="notice caution" role="status">
          <p>{ui.join.check.mayNotBeSafe}</p>
          <p>{ui.join.check.saferChoices}</p>
          <p>
            <a href="/join?stay" className="button secondary">
              {ui.join.check.stay}
            </a>
          </p>
        </div>
      ) : (
        <p role="status">{ui.join.check.fine}</p>
      )}
      <p>{ui.join.intro}</p>
      {/* A whole new document after joining: the head's Quick exit script is only sent to a signed-in session. */}
      <Form method="post" reloadDocument {...getFormProps(form)}>
        <input type="hidden" name="checked" value="1" />
        <input type="hidden" name="stage" value={stage} />
        <div role="alert">
          <ErrorList id={form.errorId} errors={form.errors} />
        </div>
        <TextField meta={fields.code} label={ui.join.code} hint={ui.join.codeHint} />
        <div className="actions">
          <button type="submit">{stage === "caution" ? ui.join.check.joinAnyway : ui.join.submit}</button>
        </div>
      </Form>
    </>
  );
}
