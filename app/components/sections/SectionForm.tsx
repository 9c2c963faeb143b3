import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { planText } from "../../i18n/plan-text";
import type { Audience, Language, MergeView, SectionId, SectionSchemas } from "../../../templates/csecy-safety-plan";
import type { ResourceEntry } from "../../../templates/resources/entry";
import { useUiIn } from "../../i18n/ui";
import { ErrorSummary } from "../fields";
import { MergeChoices } from "./MergeChoices";
import { SectionFields } from "./SectionFields";
import type { SectionForm as SectionFormMeta } from "./types";
import { useValidatedForm } from "../use-validated-form";

/**
 * What a section page's form holds: the page as its loader opened it, or, after a refused save
 * (invalid, conflicting, storage full), what that save answered.
 */
export function sectionFormState(
  opened: { values: unknown; revision: number; base: string },
  answered: { values?: unknown; revision: number; base: string; merge?: MergeView; result?: SubmissionResult<string[]> } | undefined,
) {
  return {
    values: answered?.values ?? opened.values,
    // After a refused save the form keeps the revision and base it was opened with (or, after a
    // conflict, the current ones): a fresh loader value must never silently turn a stale form current.
    revision: answered?.revision ?? opened.revision,
    base: answered?.base ?? opened.base,
    merge: answered?.merge,
    lastResult: answered?.result,
  };
}

/**
 * One section's form, the same for the provider's view and the together view: only the
 * audience changes which fields and wordings show. Its texts and errors are in the plan's language.
 */
export function SectionForm({
  section,
  language,
  values,
  revision,
  base,
  merge,
  lastResult,
  audience,
  workQuestionsOpen,
  resources,
  children,
}: {
  section: SectionId;
  language: Language;
  values: unknown;
  revision: number;
  /** The values the form was opened with (JSON), sent back with it so a conflict can be merged. */
  base: string;
  /** After a conflict: both sides of each field, and the choices still open. */
  merge: MergeView | undefined;
  lastResult: SubmissionResult<string[]> | undefined;
  audience: Audience;
  workQuestionsOpen: boolean;
  /** The places that can help, as the loader sent them (the resources form's; empty for the other sections). */
  resources: readonly ResourceEntry[];
  /** The form's buttons (Save, back). */
  children: ReactNode;
}) {
  const ui = useUiIn(language, "builder");
  const [form] = useValidatedForm<SectionSchemas[SectionId]>({
    id: `section-${section}`,
    lastResult,
    defaultValue: values as Record<string, never>,
  });
  return (
    <Form method="post" {...getFormProps(form)} lang={language}>
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="base" value={base} />
      {/* Enter in a text field presses the form's first submit button: make that Save, not an
          item's Move or Remove button further down. */}
      <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {ui.section.save}
      </button>
      <ErrorSummary form={form} />
      {merge ? (
        <MergeChoices
          merge={merge}
          section={section}
          language={language}
          audience={audience}
          formId={form.id}
          resourceNames={Object.fromEntries(resources.map((r) => [r.id, r.name]))}
        />
      ) : null}
      <SectionFields
        section={section}
        form={form as unknown as SectionFormMeta<typeof section>}
        text={planText(language)}
        language={language}
        audience={audience}
        workQuestionsOpen={workQuestionsOpen}
        resources={resources}
      />
      <div className="actions">{children}</div>
    </Form>
  );
}
