import type { PlanContent, SectionContent } from "./schema";
import type { QuestionId, SectionId } from "./structure";

/** Who a section form is shown to: the provider's view, or the youth's (together view: no provider-only fields). */
export type Audience = "provider" | "youth";

/**
 * The toolkit's questions about work (meeting buyers, negotiating, where the youth works). The
 * together view asks them only behind the same choice as the safer-working strategies ("I want to
 * talk about safer strategies"); the provider's own form always has them.
 */
export const WORK_QUESTION_IDS = ["q2", "q3", "q4"] as const satisfies readonly QuestionId[];

/** Whether the youth chose to talk about safer strategies, which opens the work questions to them. */
export const youthChoseSaferStrategies = (draft: PlanContent) => draft["safer-working"].wanted;

/**
 * Fields the youth's view (together view) leaves out, but a save from that view must not wipe:
 * each keeps the value the draft holds. Whether a person might be linked to the person exploiting
 * the youth (matched by the person's item id; a person added by the youth starts unmarked), and
 * the work questions while the youth has not chosen to talk about safer strategies.
 */
export function keepProviderOnlyFields<S extends SectionId>(section: S, submitted: SectionContent<S>, draft: PlanContent): SectionContent<S> {
  if (section === "questions" && !youthChoseSaferStrategies(draft)) {
    const questions = { ...(submitted as SectionContent<"questions">) };
    for (const id of WORK_QUESTION_IDS) questions[id] = draft.questions[id];
    return questions as SectionContent<S>;
  }
  if (section !== "people") return submitted;
  const people = submitted as SectionContent<"people">;
  const linked = new Map(draft.people.items.map((p) => [p.id, p.mightBeLinked]));
  const items = people.items.map((p) => ({ ...p, mightBeLinked: (p.id !== "" && linked.get(p.id)) || false }));
  return { ...people, items } as SectionContent<S>;
}

/** A section's values as the youth's view may carry them (even in the page's data): the fields above left out. */
export function withoutProviderOnlyFields<S extends SectionId>(section: S, draft: PlanContent): unknown {
  if (section === "questions" && !youthChoseSaferStrategies(draft)) {
    const questions: Partial<SectionContent<"questions">> = { ...draft.questions };
    for (const id of WORK_QUESTION_IDS) delete questions[id];
    return questions;
  }
  if (section !== "people") return draft[section];
  return { ...draft.people, items: draft.people.items.map(({ mightBeLinked: _providerOnly, ...person }) => person) };
}
