import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import type { ChosenCopy } from "../../templates/csecy-safety-plan/copies";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan/structure";
import { CopiesPreview } from "../components/CopiesPreview";
import { ErrorList } from "../components/fields";
import { AppShell } from "../components/layout";
import { pageTitle } from "../i18n/meta";
import { usesUi, useUi } from "../i18n/ui";
import { serverUi } from "../i18n/ui-catalogues.server";
import { copiesPreview } from "../models/copies.server";
import { listAdultCopies, makeAdultCopy } from "../models/print.server";
import { getVersion } from "../models/version.server";
import { formatDateTime } from "../utils/format";
import { readFormData } from "../web/forms.server";
import { deny, notFound, parseVersionNumber } from "../web/http.server";
import { interfaceLanguage } from "../web/language.server";
import { requirePlan } from "../web/plan-route.server";
import { refuseStorageFailed, STORAGE_FAILED, storing } from "../web/storage-failure.server";

/** The groups of interface texts this page shows: the browser loads them before it hydrates. */
export const handle = usesUi("copies");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (ui) => ui.copies.versionTitle(data?.version.number ?? 0), "copies");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  const number = parseVersionNumber(params.number);
  const version = await getVersion(actor, plan.id, number);
  if (!version) notFound();
  const people = version.content.people.items.map((p) => ({
    id: p.id,
    nickname: p.nickname || "\u2014",
  }));
  const nickname = (id: string) => people.find((p) => p.id === id)?.nickname ?? "\u2014";
  return {
    user: { displayName: actor.displayName, role: actor.role },
    plan: { id: plan.id, chosenName: plan.chosenName, canEdit: plan.canEdit },
    version: {
      number: version.number,
      language: version.content.about.language,
    },
    previews: copiesPreview(version.content),
    people,
    adultCopies: listAdultCopies(actor, plan.id, number).map((c) => ({
      ...c,
      nickname: nickname(c.personId),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

/**
 * Makes a trusted-adult copy: records who it is for and in which language, then sends the
 * browser to the PDF (a download; the page stays). A person who might be linked is refused at
 * the field, in the interface language.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, plan } = await requirePlan(request, params);
  // Making a copy is recorded: for the care team, like every other write to a plan.
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  const number = parseVersionNumber(params.number);
  const ui = serverUi(await interfaceLanguage(request)).copies;
  const formData = await readFormData(request);
  const person = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/)).safeParse(formData.get("person"));
  const language = z.enum(LANGUAGES).safeParse(formData.get("language"));
  if (!person.success || !language.success) {
    return data(
      {
        errors: {
          person: person.success ? undefined : ui.adultUnknown,
          language: language.success ? undefined : ui.adultPickLanguage,
        },
      },
      { status: 400 },
    );
  }
  const result = await storing(context, () => makeAdultCopy(actor, plan.id, number, person.data, language.data));
  if (result === STORAGE_FAILED) refuseStorageFailed();
  if (result.status === "not-found") return deny(actor, "plan", plan.id);
  if (result.status === "unknown-person") return data({ errors: { person: ui.adultUnknown, language: undefined } }, { status: 400 });
  if (result.status === "might-be-linked") {
    // The choice stays shown beside its refusal, so the page says about whom.
    return data({ errors: { person: ui.adultLinked(result.nickname || "\u2014"), language: undefined }, person: person.data }, { status: 400 });
  }
  return redirect(`/plans/${plan.id}/versions/${number}/pdf?copy=adult&for=${result.id}`);
}

export default function VersionCopiesPage() {
  const { user, plan, version, previews, people, adultCopies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ui = useUi("copies");
  const t = ui.copies;
  const names = ui.language.inSentence;
  const pdf = (query: Record<string, string>) => `/plans/${plan.id}/versions/${version.number}/pdf?${new URLSearchParams(query)}`;
  const languagesFirstPlan: Language[] = [version.language, ...LANGUAGES.filter((l) => l !== version.language)];
  const downloads = (copy: ChosenCopy) =>
    copy === "adult" ? (
      plan.canEdit ? (
        <p>
          <a href="#adult-copy">{t.adultTitle}</a>
        </p>
      ) : null
    ) : (
      <ul className="downloads">
        {languagesFirstPlan.map((lang) => (
          <li key={lang}>
            <a href={pdf({ copy, lang })} download hrefLang={lang}>
              {t.download(t.names[copy], names[lang])}
            </a>
          </li>
        ))}
      </ul>
    );
  const personError = actionData?.errors.person;
  const languageError = actionData?.errors.language;
  const chosenPerson = actionData && "person" in actionData && typeof actionData.person === "string" ? actionData.person : "";
  return (
    <AppShell user={user}>
      <p className="breadcrumbs">
        <Link to="/dashboard">{ui.breadcrumbs.myYouth}</Link> › <Link to={`/plans/${plan.id}`}>{plan.chosenName}</Link> ›{" "}
        <Link to={`/plans/${plan.id}/versions`}>{ui.breadcrumbs.versions}</Link> ›{" "}
        <Link to={`/plans/${plan.id}/versions/${version.number}`}>{ui.breadcrumbs.version(version.number)}</Link> › {t.title}
      </p>
      <h1>{t.versionTitle(version.number)}</h1>
      <p>{t.intro}</p>
      <p className="muted">
        {t.versionNote} <Link to={`/plans/${plan.id}/copies`}>{t.editLink}</Link>
      </p>
      <CopiesPreview previews={previews} actions={downloads} />
      {plan.canEdit ? (
        <section aria-labelledby="adult-copy" className="adult-copy">
          <h2 id="adult-copy">{t.adultTitle}</h2>
          <p>{t.adultIntro}</p>
          {/* A native post: the answer is the PDF download, or this page again with the refusal at its field. */}
          <form method="post" noValidate>
            <div className={`field${personError ? " invalid" : ""}`}>
              <label htmlFor="adult-person">{t.adultPerson}</label>
              <select
                id="adult-person"
                name="person"
                required
                aria-invalid={personError ? true : undefined}
                aria-describedby={personError ? "adult-person-error" : undefined}
                defaultValue={chosenPerson}
              >
                <option value="">{t.adultPick}</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.nickname}
                  </option>
                ))}
              </select>
              <ErrorList id="adult-person-error" errors={personError ? [personError] : undefined} />
            </div>
            <fieldset className="field choice-group" aria-describedby={languageError ? "adult-language-error" : undefined}>
              <legend>{t.adultLanguage}</legend>
              {LANGUAGES.map((lang) => (
                <div className="field-checkbox" key={lang}>
                  <input
                    type="radio"
                    id={`adult-language-${lang}`}
                    name="language"
                    value={lang}
                    defaultChecked={lang === version.language}
                  />
                  <label htmlFor={`adult-language-${lang}`}>{ui.language.names[lang]}</label>
                </div>
              ))}
              <ErrorList id="adult-language-error" errors={languageError ? [languageError] : undefined} />
            </fieldset>
            <p className="actions">
              <button type="submit">{t.adultMake}</button>
            </p>
          </form>
          {adultCopies.length ? (
            <>
              <h3>{t.adultMade}</h3>
              <ul>
                {adultCopies.map((c) => (
                  <li key={c.id}>
                    {t.adultRow(c.nickname, names[c.language as Language] ?? c.language, formatDateTime(c.createdAt, ui.locale))}{" "}
                    <a href={pdf({ copy: "adult", for: c.id })} download>
                      {t.adultAgain}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </AppShell>
  );
}
