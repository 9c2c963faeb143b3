import type { Language, PlanContent, TemplateText } from "../../csecy-safety-plan";
import type { PdfText } from "../text";

/** Who a section is printed for: the youth's copy, the discreet copy, the trusted adult's copy, or the provider's copy. */
export type Variant = "youth" | "discreet" | "adult" | "provider";

export interface SectionProps {
  content: PlanContent;
  text: TemplateText;
  pdf: PdfText;
  language: Language;
  variant: Variant;
}
