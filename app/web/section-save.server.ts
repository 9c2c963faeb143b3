import type { SubmissionResult } from "@conform-to/react";
import { parseForm, readFormData } from "./forms.server";
import { data, redirect, type AppLoadContext } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import {
  applyChoices,
  mergeSection,
  sameValue,
  withoutProviderOnlyFields,
  youthChoseSaferStrategies,
  type Audience,
  type MergeView,
  type PendingChoice,
  type PlanContent,
  type SectionId,
} from "../../templates/csecy-safety-plan";
import { sectionSchemas, sectionSchemasFor } from "../../templates/csecy-safety-plan/schema";
import { serverUi } from "../i18n/ui-catalogues.server";
import { getPlan, saveSection } from "../models/plan.server";
import { deny, parseRevision, parseSectionId } from "./http.server";
import { newId } from "../utils/ids.server";
import { requirePlan } from "./plan-route.server";
import { resourceFormEntries } from "./resources.server";
import { announceSave } from "./plan-events.server";
import { SHOW_LATEST } from "../utils/show-latest";
import { STORAGE_FAILED, storageFailedForm, storing } from "../web/storage-failure.server";

/** The plan and section of a provider's section page (the together view's are in together-pages.server.ts). */
export async function requireSection(request: Request, params: Params) {
  const { actor, plan } = await requirePlan(request, params);
  const section = parseSectionId(params.sectionId);
  if (!plan.canEdit) return deny(actor, "plan", plan.id);
  return { actor, plan, section };
}

type SectionValues = Record<string, unknown>;

/**
 * A section's values as the audience's form holds them: the together view never carries
 * provider-only fields (which of them depends on the rest of the plan, so the draft comes along).
 */
function formValues(section: SectionId, values: unknown, audience: Audience, draft: PlanContent): SectionValues {
  const parsed = sectionSchemas[section].parse(values) as SectionValues;
  return (audience === "youth" ? withoutProviderOnlyFields(section, { ...draft, [section]: parsed }) : parsed) as SectionValues;
}

/** What a section page's loader returns: the form's values and texts come from the plan's language. */
export function sectionPageData(plan: OpenedSection["plan"], section: SectionId, audience: Audience) {
  const values = formValues(section, plan.draft[section], audience, plan.draft);
  const language = plan.draft.about.language;
  return {
    planId: plan.id,
    chosenName: plan.chosenName,
    section,
    language,
    values,
    /** The places that can help, on the resources form only: its lists, and the names a merge choice shows. */
    resources: section === "resources" ? resourceFormEntries(language, audience) : [],
    /** The together view asks the work questions only once the youth chose to talk about safer strategies. */
    workQuestionsOpen: audience === "provider" || youthChoseSaferStrategies(plan.draft),
    revision: plan.revision,
    /** The values the form was opened with, sent back with it: the base of a three-way merge. */
    base: JSON.stringify(values),
  };
}

/** What a section page's action answers when it does not redirect. */
export interface SectionActionData {
  /** Conform's reply: the form as typed, with its errors. */
  result?: SubmissionResult<string[]>;
  revision: number;
  base: string;
  merge?: MergeView;
  /** Values to show instead of the loader's (after a merge), in a fresh form keyed by formKey. */
  values?: SectionValues;
  formKey?: string;
}

/** A section page's user, plan (one they may edit) and section, as its page opened them. */
type OpenedSection = Pick<Awaited<ReturnType<typeof requireSection>>, "actor" | "plan" | "section">;

const answer = (body: SectionActionData, status: number) => data(body, { status });

/** What a section form carries besides its fields: its base, and the choices still open. */
function readMergeState(formData: FormData, section: SectionId, audience: Audience, draft: PlanContent) {
  const shape = sectionSchemas[section].shape as Record<string, unknown>;
  const raw = formData.get("base");
  let base: SectionValues | undefined;
  if (typeof raw === "string") {
    try {
      const parsed = sectionSchemas[section].safeParse(JSON.parse(raw));
      if (parsed.success) base = formValues(section, parsed.data, audience, draft);
    } catch {
      base = undefined; // not JSON: merged as if the form carried no base
    }
  }
  const pending = base
    ? [...new Set(formData.getAll("choose"))].filter((f): f is string => typeof f === "string" && Object.hasOwn(shape, f))
    : [];
  const choices = Object.fromEntries(
    pending.flatMap((field) => {
      const choice = formData.get(`keep-${field}`);
      return choice === "mine" || choice === "theirs" ? [[field, choice] as const] : [];
    }),
  );
  return { base, baseText: base ? JSON.stringify(base) : "", pending, choices };
}

/**
 * Saves a section form into the draft. Errors are in the plan's language, like the form; an
 * add/move/remove button or invalid input shows the form again as typed; so does a save the
 * storage could not take (disk full), with a message saying so.
 *
 * When the section was saved elsewhere after this form was opened (another tab, another device),
 * nothing is saved: the form comes back merged against the values it was opened with (its base):
 * fields only the other save changed show its value, fields only this page changed keep what was
 * typed, and where both changed a field the person chooses, with both sides shown. The form then
 * carries the other save as its new base, so pressing Save writes only what this page changed.
 */
export async function saveSectionForm(request: Request, context: AppLoadContext, opened: OpenedSection, audience: Audience, savedTo: (section: SectionId) => string) {
  const { actor, plan, section } = opened;
  const language = plan.draft.about.language;
  const ui = serverUi(language).section;
  const formData = await readFormData(request);
  const revision = parseRevision(formData.get("revision"));
  const merge = readMergeState(formData, section, audience, plan.draft);
  const submission = parseForm(formData, sectionSchemasFor(language)[section]);
  const openChoices = (mine: SectionValues | undefined): PendingChoice[] =>
    merge.pending.map((field) => ({ field, outcome: "choose", mine: mine?.[field], theirs: merge.base?.[field], chosen: merge.choices[field] }));
  const stillOpen = (message: string, mine?: SectionValues): MergeView | undefined =>
    merge.pending.length ? { message, fields: openChoices(mine) } : undefined;

  if (submission.status !== "success") {
    return answer(
      { result: submission.reply(), revision, base: merge.baseText, merge: stillOpen(ui.merge.chooseBelow) },
      submission.status === "error" ? 400 : 200,
    );
  }
  const typed = formValues(section, submission.value, audience, plan.draft);
  if (formData.has(SHOW_LATEST)) return showLatest(plan, section, audience, merge.base, typed);
  const unchosen = merge.pending.filter((field) => !merge.choices[field] && !sameValue(typed[field], merge.base?.[field]));
  if (unchosen.length > 0) {
    return answer({ revision, base: merge.baseText, merge: stillOpen(ui.merge.chooseFirst, typed), values: typed, formKey: newId() }, 400);
  }
  const mine = merge.base ? applyChoices(typed, merge.base, merge.choices) : typed;

  const result = await storing(context, () => saveSection(actor, plan.id, section, mine as never, revision, audience));
  if (result === STORAGE_FAILED) {
    return storageFailedForm(submission, language, { revision, base: merge.baseText, merge: stillOpen(ui.merge.chooseBelow, typed) });
  }
  if (result.status === "not-found") return deny(actor, "plan", plan.id);
  if (result.status === "conflict") {
    const current = getPlan(actor, plan.id);
    if (!current?.canEdit) return deny(actor, "plan", plan.id);
    const theirs = formValues(section, current.draft[section], audience, current.draft);
    const merged = mergeSection(merge.base, mine, theirs);
    // Together from two screens: saves of different fields go in together without asking; only
    // the same field changed on both screens is shown to choose.
    if (audience === "youth" && merge.base && merged.fields.every((f) => f.outcome !== "choose")) {
      const again = saveSection(actor, plan.id, section, merged.values as never, current.revision, audience);
      if (again.status === "saved") {
        announceSave(plan.id, { section, revision: again.revision });
        return redirect(savedTo(section));
      }
    }
    return answer(
      {
        revision: current.revision,
        base: JSON.stringify(theirs),
        merge: { message: ui.merge.savedElsewhere, fields: merged.fields },
        values: merged.values,
        formKey: newId(),
      },
      409,
    );
  }
  announceSave(plan.id, { section, revision: result.revision });
  return redirect(savedTo(section));
}

/**
 * "Show the latest": nothing is saved; the form comes back with what was saved meanwhile merged
 * into what is typed (fields only the other screen changed show its value, fields only this one
 * changed keep the typing, and where both changed one field both are shown to choose), on the
 * plan's current revision, so the next Save writes only what this screen changed.
 */
function showLatest(plan: NonNullable<ReturnType<typeof getPlan>>, section: SectionId, audience: Audience, base: SectionValues | undefined, typed: SectionValues) {
  const ui = serverUi(plan.draft.about.language).section;
  const theirs = formValues(section, plan.draft[section], audience, plan.draft);
  const merged = mergeSection(base, typed, theirs);
  const choices = merged.fields.filter((f) => f.outcome === "choose");
  return answer(
    {
      revision: plan.revision,
      base: JSON.stringify(theirs),
      merge: choices.length ? { message: ui.merge.savedElsewhere, fields: merged.fields } : undefined,
      values: merged.values,
      formKey: newId(),
    },
    200,
  );
}
