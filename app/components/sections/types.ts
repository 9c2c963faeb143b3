import type { FormMetadata } from "@conform-to/react";
import type { input } from "zod/v4/core";
import type { Audience, Language, SectionId, SectionSchemas, TemplateText } from "../../../templates/csecy-safety-plan";
import type { ResourceEntry } from "../../../templates/resources/entry";

export type SectionForm<S extends SectionId> = FormMetadata<input<SectionSchemas[S]>, string[]>;

export interface SectionFormProps<S extends SectionId> {
  form: SectionForm<S>;
  text: TemplateText;
  /** The plan's language, which the form's texts are in. */
  language: Language;
  audience: Audience;
  /** Whether the work questions (meeting buyers, negotiating, where they work) are asked: always for the provider, for the youth only once they chose to talk about safer strategies. */
  workQuestionsOpen: boolean;
  /** The places that can help, as the loader sent them (on the resources form; empty on the others). */
  resources: readonly ResourceEntry[];
}

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
