/** Field limits of a plan. Each is checked by the plan's schema and shown next to its field. */
export const LIMITS = {
  shortText: 80,
  contact: 120,
  mediumText: 500,
  longText: 4000,
  versionNote: 200,
  people: 30,
  places: 30,
  situations: 12,
  refusalLines: 20,
  ownEntries: 20,
  ownResources: 20,
} as const;
