import type { Language } from "./structure";

/** The plan schema's error messages, shown at the field that caused them, in the form's language. */
export interface SchemaMessages {
  tooLong: (max: number) => string;
  pickOne: string;
  pickFromList: string;
  pickLanguage: string;
  pickSituationKind: string;
  date: string;
  damagedItem: string;
  notPrintable: string;
  listFull: {
    choices: (max: number) => string;
    ownIdeas: (max: number) => string;
    people: (max: number) => string;
    safePlaces: (max: number) => string;
    avoidPlaces: (max: number) => string;
    situations: (max: number) => string;
    refusalLines: (max: number) => string;
    places: (max: number) => string;
    ownPlaces: (max: number) => string;
  };
}

const en: SchemaMessages = {
  tooLong: (max) => `Please use at most ${max} characters.`,
  pickOne: "Please pick one of the choices.",
  pickFromList: "Please pick from the list.",
  pickLanguage: "Please pick a language.",
  pickSituationKind: "Please pick a kind of situation.",
  date: "Please enter a date like 2026-12-05.",
  damagedItem: "This item is damaged; please add it again.",
  notPrintable: "A name can hold letters, numbers, spaces and punctuation. Please take out line breaks and hidden marks.",
  listFull: {
    choices: (max) => `A plan can hold up to ${max} choices.`,
    ownIdeas: (max) => `A plan can hold up to ${max} ideas of your own.`,
    people: (max) => `A plan can hold up to ${max} people.`,
    safePlaces: (max) => `A plan can hold up to ${max} safe places.`,
    avoidPlaces: (max) => `A plan can hold up to ${max} places to avoid.`,
    situations: (max) => `A plan can hold up to ${max} situations.`,
    refusalLines: (max) => `A plan can hold up to ${max} refusal lines.`,
    places: (max) => `A plan can hold up to ${max} places.`,
    ownPlaces: (max) => `A plan can hold up to ${max} places of your own.`,
  },
};

const es: SchemaMessages = {
  tooLong: (max) => `Usa como máximo ${max} caracteres, por favor.`,
  pickOne: "Escoge una de las opciones, por favor.",
  pickFromList: "Escoge de la lista, por favor.",
  pickLanguage: "Escoge un idioma, por favor.",
  pickSituationKind: "Escoge un tipo de situación, por favor.",
  date: "Escribe una fecha como 2026-12-05, por favor.",
  damagedItem: "Esta parte se dañó; añádela otra vez, por favor.",
  notPrintable: "Un nombre puede tener letras, números, espacios y signos de puntuación. Quita los saltos de línea y las marcas ocultas, por favor.",
  listFull: {
    choices: (max) => `Un plan puede tener hasta ${max} opciones.`,
    ownIdeas: (max) => `Un plan puede tener hasta ${max} ideas propias.`,
    people: (max) => `Un plan puede tener hasta ${max} personas.`,
    safePlaces: (max) => `Un plan puede tener hasta ${max} lugares seguros.`,
    avoidPlaces: (max) => `Un plan puede tener hasta ${max} lugares que evitar.`,
    situations: (max) => `Un plan puede tener hasta ${max} situaciones.`,
    refusalLines: (max) => `Un plan puede tener hasta ${max} frases para decir que no.`,
    places: (max) => `Un plan puede tener hasta ${max} lugares.`,
    ownPlaces: (max) => `Un plan puede tener hasta ${max} lugares propios.`,
  },
};

export const SCHEMA_MESSAGES: Record<Language, SchemaMessages> = { en, es };
