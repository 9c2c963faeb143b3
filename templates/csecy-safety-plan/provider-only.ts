import type { PlanContent, SectionContent } from "./schema";
import type { SectionId } from "./structure";

/**
 * Fields the youth never sees (together view) but a save from that view must not wipe: each
 * keeps the value the draft holds. Today one: whether a person might be linked to the person
 * exploiting the youth, matched by the person's item id (a person added by the youth starts unmarked).
 */
export function keepProviderOnlyFields<S extends SectionId>(section: S, submitted: SectionContent<S>, draft: PlanContent): SectionContent<S> {
  if (section !== "people") return submitted;
  const people = submitted as SectionContent<"people">;
  const linked = new Map(draft.people.items.map((p) => [p.id, p.mightBeLinked]));
  const items = people.items.map((p) => ({ ...p, mightBeLinked: (p.id !== "" && linked.get(p.id)) || false }));
  return { ...people, items } as SectionContent<S>;
}

/** A section's values as the youth's view may carry them (even in the page's data): provider-only fields left out. */
export function withoutProviderOnlyFields<S extends SectionId>(section: S, values: SectionContent<S>): unknown {
  if (section !== "people") return values;
  const people = values as SectionContent<"people">;
  return { ...people, items: people.items.map(({ mightBeLinked: _providerOnly, ...person }) => person) };
}
