import type { CopiesText } from "./copies.en";

/** The interface texts of the copies group in Spanish: plain and warm, with "tú". Same keys as copies.en.ts. */
export const copiesEs: CopiesText = {
  copies: {
    title: "Qué lleva cada copia",
    versionTitle: (n: number) => `Qué lleva cada copia de la versión ${n}`,
    intro:
      "Tú eliges qué va en cada papel. Piénsalo así: si alguien de quien te quieres alejar encontrara este papel, ¿qué sabría?",
    names: {
      youth: "Mi plan (copia completa)",
      discreet: "Copia discreta (\u201cMis notas\u201d)",
      card: "Tarjeta de bolsillo",
      adult: "Copia para una persona adulta de confianza",
    },
    about: {
      youth: "Para que la guardes. No lleva tu situación ni lo que quitaste.",
      discreet: "Parecen notas. Solo lo que marques (también la línea de ayuda), y el 911.",
      card: "Cabe en la cartera: hasta 3 personas con sus números, el 911, y la línea de ayuda si la dejas marcada. Palabras clave solo si las marcas.",
      adult: "Para una persona adulta de confianza, en su idioma. Solo lo que marques.",
    },
    chooseTitle: "Elige qué va en cada copia",
    thing: "Parte del plan",
    tick: (thing: string, copy: string) => `${thing} \u2014 en ${copy}`,
    notOffered: "No va en esta copia",
    always: "Siempre",
    cautions: {
      lookedUp: "Cualquier persona puede buscar este número y ver qué línea es.",
      numbersLookedUp: "Cualquier persona puede buscar estos números y ver qué lugares son.",
    },
    onlyProvider: "Solo en la copia de quien te atiende",
    nothingToChoose: "El plan todavía no tiene nada para imprimir.",
    save: "Guardar estas opciones",
    saved: "Guardado. La versión que guardes ahora lleva estas opciones.",
    conflict: "El plan cambió en otra pestaña. No se guardó nada: vuelve a mirar y elige.",
    versionNote:
      "Esta versión conserva las opciones con las que se guardó. Para cambiarlas, cambia qué lleva cada copia en el plan y guarda una versión nueva.",
    editLink: "Cambiar qué lleva cada copia",
    previewTitle: "Qué va a llevar cada copia",
    previewIntro: "Esto es exactamente lo que dirá cada papel, antes de imprimir nada.",
    onlyNumbers: "Nada del plan: solo los números de abajo.",
    print: "Imprimir",
    download: (copy: string, language: string) => `${copy}: descargar en ${language}`,
    toPreview: "Ver qué lleva cada copia y luego imprimir",
    adultTitle: "Hacer una copia para una persona adulta de confianza",
    adultIntro:
      "Elige a la persona adulta entre las personas del plan. La copia va en el idioma de esa persona, y queda registrado para quién se hizo y cuándo.",
    adultPerson: "¿Para quién es?",
    adultPick: "Elige una persona",
    adultLanguage: "¿En qué idioma lee esta persona?",
    adultMake: "Hacer la copia y descargarla",
    adultLinked: (name: string) =>
      `No se puede hacer una copia para ${name}. Habla con quien te atiende sobre con quién compartirla.`,
    adultUnknown: "Elige una persona del plan, por favor.",
    adultPickLanguage: "Elige el idioma en que lee esta persona, por favor.",
    adultMade: "Copias para personas adultas de confianza hechas de esta versión",
    adultRow: (name: string, language: string, when: string) => `Para ${name}, en ${language}, ${when}`,
    adultAgain: "Descargar otra vez",
  },
};
