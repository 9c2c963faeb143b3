import type { FormMetadata } from "@conform-to/react";
import type { z } from "zod";
import type { SectionId, SectionSchemas, TemplateText } from "../../../templates/csecy-safety-plan";

export type SectionForm<S extends SectionId> = FormMetadata<z.input<SectionSchemas[S]>, string[]>;

export interface SectionFormProps<S extends SectionId> {
  form: SectionForm<S>;
  text: TemplateText;
}

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
