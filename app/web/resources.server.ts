import type { Audience, Language, PlanContent } from "../../templates/csecy-safety-plan";
import { templateText } from "../../templates/csecy-safety-plan/texts";
import { RESOURCES, type Resource } from "../../templates/resources/directory";
import type { ListedResource, ResourceEntry, ResourceNames } from "../../templates/resources/entry";

/*
 * The places that can help, as pages are sent them: the directory holds every entry in both
 * languages and stays on the server; a loader sends the entries its page shows, in the page's one
 * language (the plan's), so no page's JavaScript carries the directory (decision 023).
 */

/** Where an entry's number comes from, in the provider's words. */
function sourceWords(r: Resource, language: Language): string {
  const { resourceSource } = templateText(language);
  if (r.agencyConfirmed) return resourceSource.confirmed(r.agencyConfirmed);
  return r.numberFrom === "toolkit" ? resourceSource.toolkit : resourceSource.publicListing;
}

/** Every entry, in directory order, as the resources form shows it to its reader. */
export function resourceFormEntries(language: Language, audience: Audience): ResourceEntry[] {
  return RESOURCES.map((r) => ({
    id: r.id,
    name: r.name[language],
    purpose: r.purpose[language],
    whenYouCall: r.whenYouCall[language],
    phone: r.phone,
    text: r.text,
    hours: r.hours[language],
    always: r.always,
    ...(audience === "provider" ? { source: sourceWords(r, language) } : {}),
  }));
}

/** The entries a plan lists (the always-printed ones, then the chosen ones, in directory order), in the plan's language. */
export function listedResources(content: PlanContent): ListedResource[] {
  const language = content.about.language;
  return RESOURCES.filter((r) => r.always || content.resources.chosen.includes(r.id)).map((r) => ({ id: r.id, name: r.name[language], phone: r.phone, text: r.text }));
}

/** The names of the entries chosen in any of the plans (two versions compared), in one language. */
export function chosenResourceNames(language: Language, contents: readonly PlanContent[]): ResourceNames {
  const chosen = new Set(contents.flatMap((content) => content.resources.chosen));
  return Object.fromEntries(RESOURCES.filter((r) => chosen.has(r.id)).map((r) => [r.id, r.name[language]]));
}
