import type { PlanContent } from "./schema";
import type { SectionId } from "./structure";

/** How far a section has got: `total` is null for open lists, where only the count matters. */
export interface SectionProgress {
  filled: number;
  total: number | null;
}

const nonEmpty = (values: readonly unknown[]) =>
  values.filter((v) => (typeof v === "string" ? v.trim() !== "" : Boolean(v))).length;

export function sectionProgress(section: SectionId, content: PlanContent): SectionProgress {
  switch (section) {
    case "about": {
      const { nameOnPlan, date, present, status, safetyMeans } = content.about;
      return { filled: nonEmpty([nameOnPlan, date, present, status, safetyMeans]), total: 5 };
    }
    case "questions": {
      const answers = Object.values(content.questions);
      return { filled: nonEmpty(answers.map((a) => a.text)), total: answers.length };
    }
    case "people":
      return { filled: content.people.items.length, total: null };
    case "places":
      return { filled: content.places.safe.length + content.places.avoid.length, total: null };
    case "coping":
    case "safer-working":
    case "go-bag":
      return { filled: content[section].chosen.length + content[section].own.length, total: null };
    case "situations":
    case "refusal":
      return { filled: content[section].items.length, total: null };
    case "resources":
      return { filled: content.resources.chosen.length + content.resources.own.length, total: null };
    case "follow-up":
      return { filled: nonEmpty([content["follow-up"].nextMeeting, content["follow-up"].checkOn]), total: 2 };
    case "provider":
      return { filled: nonEmpty([content.provider.notes, content.provider.concern]), total: 2 };
  }
}
