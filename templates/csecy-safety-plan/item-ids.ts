import type { PlanContent } from "./schema";

type WithId = { id: string };

function fill<T extends WithId>(items: T[], newId: () => string): T[] {
  return items.map((item) => (item.id ? item : { ...item, id: newId() }));
}

/** Gives every repeatable item that has none a stable id, so versions compare item by item. */
export function withItemIds(content: PlanContent, newId: () => string): PlanContent {
  return {
    ...content,
    people: { items: fill(content.people.items, newId) },
    places: { safe: fill(content.places.safe, newId), avoid: fill(content.places.avoid, newId) },
    situations: { items: fill(content.situations.items, newId) },
    refusal: { items: fill(content.refusal.items, newId) },
    resources: { ...content.resources, own: fill(content.resources.own, newId) },
  };
}
