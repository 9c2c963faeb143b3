import type { Language } from "../csecy-safety-plan/structure";

export const RESOURCE_CATEGORIES = ["emergency", "trafficking", "crisis", "housing", "child-safety", "youth"] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];

export interface Resource {
  id: string;
  category: ResourceCategory;
  name: string;
  /** What it is for, in plain words, per language. */
  purpose: Record<Language, string>;
  phone: string | null;
  text: string | null;
  hours: Record<Language, string>;
  /** ISO date the entry was last checked, and against what. */
  lastChecked: string;
  checkedAgainst: string;
  /** Printed on every plan; cannot be taken off. */
  always: boolean;
}

const TOOLKIT = "LA County DMH CSECY toolkit";
const PUBLIC_LISTING = "the service's own public listing";

/**
 * Los Angeles County directory. Entries checked against the toolkit carry its name; an agency
 * should re-check every entry and update lastChecked when it does.
 */
export const RESOURCES: readonly Resource[] = [
  {
    id: "emergency-911",
    category: "emergency",
    name: "911",
    purpose: { en: "If you are hurt or in danger right now", es: "Si estás herido o herida, o en peligro ahora mismo" },
    phone: "911",
    text: null,
    hours: { en: "24/7", es: "24 horas, 7 días" },
    lastChecked: "2026-11-28",
    checkedAgainst: TOOLKIT,
    always: true,
  },
  {
    id: "nhth",
    category: "trafficking",
    name: "National Human Trafficking Hotline",
    purpose: { en: "Help that keeps your secrets, any time, in many languages", es: "Ayuda que guarda tus secretos, a cualquier hora, en muchos idiomas" },
    phone: "1-888-373-7888",
    text: "233733",
    hours: { en: "24/7", es: "24 horas, 7 días" },
    lastChecked: "2026-11-28",
    checkedAgainst: TOOLKIT,
    always: true,
  },
  {
    id: "988",
    category: "crisis",
    name: "988 Suicide & Crisis Lifeline",
    purpose: { en: "Someone to talk to when things feel like too much", es: "Alguien con quien hablar cuando todo se siente demasiado" },
    phone: "988",
    text: "988",
    hours: { en: "24/7", es: "24 horas, 7 días" },
    lastChecked: "2026-11-28",
    checkedAgainst: PUBLIC_LISTING,
    always: false,
  },
  {
    id: "dmh-help-line",
    category: "crisis",
    name: "LA County Department of Mental Health Help Line",
    purpose: { en: "Mental health support and crisis teams in LA County", es: "Apoyo de salud mental y equipos de crisis en el condado de LA" },
    phone: "1-800-854-7771",
    text: null,
    hours: { en: "24/7", es: "24 horas, 7 días" },
    lastChecked: "2026-11-28",
    checkedAgainst: PUBLIC_LISTING,
    always: false,
  },
  {
    id: "211-la",
    category: "housing",
    name: "211 LA County",
    purpose: { en: "Shelter, food, youth services and other help near you", es: "Refugio, comida, servicios para jóvenes y otra ayuda cerca de ti" },
    phone: "211",
    text: null,
    hours: { en: "24/7", es: "24 horas, 7 días" },
    lastChecked: "2026-11-28",
    checkedAgainst: TOOLKIT,
    always: false,
  },
  {
    id: "dcfs-hotline",
    category: "child-safety",
    name: "LA County DCFS Child Protection Hotline",
    purpose: { en: "Report that a child or youth is being hurt (LA County)", es: "Reportar que alguien lastima a un niño o joven (condado de LA)" },
    phone: "1-800-540-4000",
    text: null,
    hours: { en: "24/7", es: "24 horas, 7 días" },
    lastChecked: "2026-11-28",
    checkedAgainst: TOOLKIT,
    always: false,
  },
  {
    id: "childhelp",
    category: "child-safety",
    name: "Childhelp (outside LA County)",
    purpose: { en: "Report abuse or get help outside LA County", es: "Reportar abuso o pedir ayuda fuera del condado de LA" },
    phone: "1-800-422-4453",
    text: null,
    hours: { en: "24/7", es: "24 horas, 7 días" },
    lastChecked: "2026-11-28",
    checkedAgainst: TOOLKIT,
    always: false,
  },
  {
    id: "runaway-safeline",
    category: "youth",
    name: "National Runaway Safeline",
    purpose: { en: "Help for youth who left home or are thinking about it", es: "Ayuda para jóvenes que se fueron de casa o piensan hacerlo" },
    phone: "1-800-786-2929",
    text: null,
    hours: { en: "24/7", es: "24 horas, 7 días" },
    lastChecked: "2026-11-28",
    checkedAgainst: PUBLIC_LISTING,
    always: false,
  },
];

export const ALWAYS_RESOURCE_IDS = RESOURCES.filter((r) => r.always).map((r) => r.id);
export const CHOOSABLE_RESOURCE_IDS = RESOURCES.filter((r) => !r.always).map((r) => r.id) as [string, ...string[]];
