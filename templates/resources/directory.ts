import type { Language } from "../csecy-safety-plan/structure";

export const RESOURCE_CATEGORIES = ["emergency", "trafficking", "crisis", "housing", "medical", "child-safety", "youth"] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];

type InEachLanguage = Record<Language, string>;

export interface Resource {
  id: string;
  category: ResourceCategory;
  /** The service's name, per language: its own Spanish name where it has one, else a Spanish description with the English name. */
  name: InEachLanguage;
  /**
   * What it is, truthfully and in plain words: free, when, call or text, whether you have to give
   * your name (said only where that is true). Never a promise of secrecy (tests/i18n/youth-facing-words.test.ts).
   */
  purpose: InEachLanguage;
  /** What can happen when you call, in plain words: who may be sent, and what they may have to report. */
  whenYouCall: InEachLanguage;
  phone: string | null;
  text: string | null;
  hours: InEachLanguage;
  /**
   * Where the number comes from: "toolkit" only when the toolkit's file gives this very number
   * (tests/templates/toolkit-words.test.ts), else "public-listing": the service's public listing
   * as known to us on 2026-11-30, which the agency must confirm before use. The name, purpose,
   * hours and `whenYouCall` wording is ours in every entry, written from public knowledge: the
   * toolkit describes none of them.
   */
  numberFrom: NumberSource;
  /**
   * ISO date on which the agency confirmed the entry (number, hours, what a caller is told) with
   * the service itself; null until an agency has done so. Only a confirmed date is ever printed
   * as "checked": nothing in this file has been confirmed yet.
   */
  agencyConfirmed: string | null;
  /** Printed on every plan; cannot be taken off. */
  always: boolean;
}

export type NumberSource = "toolkit" | "public-listing";
const ALL_DAY = { en: "24/7", es: "24 horas, 7 días" };

/**
 * Los Angeles County directory. The toolkit gives the numbers of the hotline, DCFS and Childhelp
 * (1-800-4-A-CHILD) only; 911, 988, the DMH Help Line, 211 (the toolkit gives only its web
 * address), Planned Parenthood and the Runaway Safeline come from public listings. Every entry's
 * words are ours. An agency confirms each entry with the service and sets agencyConfirmed.
 */
export const RESOURCES: readonly Resource[] = [
  {
    id: "emergency-911",
    category: "emergency",
    name: { en: "911", es: "911" },
    purpose: { en: "Free. Call if you are hurt or in danger right now.", es: "Gratis. Llama si te lastimaron o estás en peligro ahora mismo." },
    whenYouCall: {
      en: "Police, fire fighters or an ambulance may come.",
      es: "Puede llegar la policía, los bomberos o una ambulancia.",
    },
    phone: "911",
    text: null,
    hours: ALL_DAY,
    agencyConfirmed: null,
    // The toolkit: "IF THERE IS AN IMMINENT THREAT TO THE YOUTH'S SAFETY AND ALL EMERGENCIES CALL 9-1-1".
    numberFrom: "toolkit",
    always: true,
  },
  {
    id: "nhth",
    category: "trafficking",
    name: { en: "National Human Trafficking Hotline", es: "Línea Nacional contra la Trata de Personas" },
    purpose: {
      en: "Free help by call or text, any time, in many languages. You don't have to give your name.",
      es: "Ayuda gratis por llamada o mensaje, a cualquier hora, en muchos idiomas. No tienes que dar tu nombre.",
    },
    whenYouCall: {
      en: "They may share what you tell them when the law says they must. If you are under 18, they may have to report that a child is being hurt.",
      es: "Pueden contar lo que les dices cuando la ley lo pide. Si tienes menos de 18 años, tal vez tengan que reportar que alguien lastima a un menor.",
    },
    phone: "1-888-373-7888",
    text: "233733",
    hours: ALL_DAY,
    agencyConfirmed: null,
    numberFrom: "toolkit",
    always: true,
  },
  {
    id: "988",
    category: "crisis",
    name: { en: "988 Suicide & Crisis Lifeline", es: "988 Línea de Prevención del Suicidio y Crisis" },
    purpose: {
      en: "Free. Call or text someone when things feel like too much. You don't have to give your name.",
      es: "Gratis. Llama o manda un mensaje a alguien cuando todo se siente demasiado. No tienes que dar tu nombre.",
    },
    whenYouCall: {
      en: "If they think your life is in danger right now, they may send help to you.",
      es: "Si creen que tu vida está en peligro ahora mismo, pueden mandarte ayuda.",
    },
    phone: "988",
    text: "988",
    hours: ALL_DAY,
    agencyConfirmed: null,
    numberFrom: "public-listing",
    always: false,
  },
  {
    id: "dmh-help-line",
    category: "crisis",
    name: {
      en: "LA County Department of Mental Health Help Line",
      es: "Línea de ayuda del Departamento de Salud Mental del condado de LA",
    },
    purpose: { en: "Free mental health help in LA County, by phone.", es: "Ayuda gratis de salud mental en el condado de LA, por teléfono." },
    whenYouCall: {
      en: "They may send a crisis team to you. If you are under 18 and someone hurts you, they have to report it.",
      es: "Pueden mandarte un equipo de crisis. Si tienes menos de 18 años y alguien te lastima, tienen que reportarlo.",
    },
    phone: "1-800-854-7771",
    text: null,
    hours: ALL_DAY,
    agencyConfirmed: null,
    numberFrom: "public-listing",
    always: false,
  },
  {
    id: "211-la",
    category: "housing",
    name: { en: "211 LA County", es: "211 del condado de LA" },
    purpose: {
      en: "Free. Call to find shelter, food, youth services and other help near you.",
      es: "Gratis. Llama para buscar refugio, comida, servicios para jóvenes y otra ayuda cerca de ti.",
    },
    whenYouCall: {
      en: "They tell you about places near you and can put your call through to them.",
      es: "Te dicen qué lugares hay cerca de ti y pueden pasar tu llamada a ellos.",
    },
    phone: "211",
    text: null,
    hours: ALL_DAY,
    agencyConfirmed: null,
    // The toolkit gives only 211's web address (211la.org/youth-services), not its number.
    numberFrom: "public-listing",
    always: false,
  },
  {
    id: "medical-planned-parenthood",
    category: "medical",
    name: { en: "Planned Parenthood (health care)", es: "Planned Parenthood (atención médica)" },
    purpose: {
      en: "Call to reach the health center nearest you: birth control, tests for infections, pregnancy tests and other care. Cost depends on what you need.",
      es: "Llama para hablar con el centro de salud más cerca de ti: anticonceptivos, pruebas de infecciones, pruebas de embarazo y otra atención. El costo depende de lo que necesites.",
    },
    whenYouCall: {
      en: "Health workers have to report it if they learn that someone under 18 is being hurt.",
      es: "El personal de salud tiene que reportarlo si sabe que alguien menor de 18 años está siendo lastimado o lastimada.",
    },
    phone: "1-800-230-7526",
    text: null,
    hours: { en: "Hours depend on the health center", es: "El horario depende del centro de salud" },
    agencyConfirmed: null,
    numberFrom: "public-listing",
    always: false,
  },
  {
    id: "dcfs-hotline",
    category: "child-safety",
    name: { en: "LA County DCFS Child Protection Hotline", es: "Línea de protección infantil del DCFS del condado de LA" },
    purpose: {
      en: "Free. Call to report that a child or youth is being hurt (LA County).",
      es: "Gratis. Llama para reportar que alguien lastima a un niño, niña o joven (condado de LA).",
    },
    whenYouCall: {
      en: "They write down what you tell them, and a social worker may come to check on the child or youth.",
      es: "Anotan lo que les dices, y una persona trabajadora social puede ir a ver cómo está el niño, niña o joven.",
    },
    phone: "1-800-540-4000",
    text: null,
    hours: ALL_DAY,
    agencyConfirmed: null,
    numberFrom: "toolkit",
    always: false,
  },
  {
    id: "childhelp",
    category: "child-safety",
    name: { en: "Childhelp (outside LA County)", es: "Childhelp (fuera del condado de LA)" },
    purpose: {
      en: "Free. Call to get help or report abuse outside LA County.",
      es: "Gratis. Llama para pedir ayuda o reportar abuso fuera del condado de LA.",
    },
    whenYouCall: {
      en: "They can help you make a report to child services where you are.",
      es: "Te pueden ayudar a hacer un reporte a los servicios para menores donde estás.",
    },
    phone: "1-800-422-4453",
    text: null,
    hours: ALL_DAY,
    agencyConfirmed: null,
    numberFrom: "toolkit",
    always: false,
  },
  {
    id: "runaway-safeline",
    category: "youth",
    name: { en: "National Runaway Safeline", es: "National Runaway Safeline (línea para jóvenes que se van de casa)" },
    purpose: {
      en: "Free help for youth who left home or are thinking about it. You don't have to give your name.",
      es: "Ayuda gratis para jóvenes que se fueron de casa o piensan hacerlo. No tienes que dar tu nombre.",
    },
    whenYouCall: {
      en: "If you are in danger or someone hurts you, they may have to tell. They may call the police or child services.",
      es: "Si estás en peligro o alguien te lastima, tal vez tengan que avisar. Pueden llamar a la policía o a los servicios para menores.",
    },
    phone: "1-800-786-2929",
    text: null,
    hours: ALL_DAY,
    agencyConfirmed: null,
    numberFrom: "public-listing",
    always: false,
  },
];

export const ALWAYS_RESOURCE_IDS = RESOURCES.filter((r) => r.always).map((r) => r.id);
export const CHOOSABLE_RESOURCE_IDS = RESOURCES.filter((r) => !r.always).map((r) => r.id) as [string, ...string[]];
