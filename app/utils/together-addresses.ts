import { PROVIDER_ONLY_SECTIONS, SECTION_IDS, type SectionId } from "../../templates/csecy-safety-plan/structure";

/** The sections of the together view, in the order its start page lists them. */
export const TOGETHER_SECTIONS: readonly SectionId[] = SECTION_IDS.filter((id) => !PROVIDER_ONLY_SECTIONS.includes(id));

/** A together section's number: its place in the start page's list, from 1. */
const sectionNumber = (section: SectionId) => TOGETHER_SECTIONS.indexOf(section) + 1;

/** The together section numbered `value` (an address segment or a `?saved=` value), if there is one. */
export function sectionNumbered(value: string | null | undefined): SectionId | undefined {
  return value && /^[1-9][0-9]?$/.test(value) ? TOGETHER_SECTIONS[Number(value) - 1] : undefined;
}

/** The addresses of one together view's pages, the live stream and the start page after a save. */
export interface TogetherAddresses {
  start: string;
  copies: string;
  events: string;
  section: (section: SectionId) => string;
  /** The start page saying that `section` was saved: by its number, never its name. */
  saved: (section: SectionId) => string;
}

/**
 * Where a together view's pages are. The provider's screen (its own, or handed over) keeps
 * `/plans/<id>/together…`. A youth's own phone uses neutral addresses, as its history keeps them:
 * `/j`, `/j/<section number>`, `/j/c` (the copies), `/j/e` (the live stream), naming no plan, no
 * section and nothing of what the app is for; its plan is its session's (decision 081).
 */
export function togetherAddresses(on: "device" | { planId: string }): TogetherAddresses {
  const start = on === "device" ? "/j" : `/plans/${on.planId}/together`;
  return {
    start,
    copies: on === "device" ? `${start}/c` : `${start}/copies`,
    events: on === "device" ? `${start}/e` : `${start}/events`,
    section: (section) => (on === "device" ? `${start}/${sectionNumber(section)}` : `${start}/${section}`),
    saved: (section) => `${start}?saved=${sectionNumber(section)}`,
  };
}
