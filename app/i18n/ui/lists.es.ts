import type { ListsText } from "./lists.en";

/** The interface texts of the lists group in Spanish: plain and warm, with "tú". Same keys as lists.en.ts. */
export const listsEs: ListsText = {
  dashboard: {
    title: "Mis jóvenes",
    titleSupervisor: "Jóvenes de mi agencia",
    addYouth: "Añadir una persona joven",
    empty: "Todavía no hay jóvenes. Añade a una persona joven para empezar un plan en equipo.",
    name: "Nombre",
    versions: "Versiones guardadas",
    nextMeeting: "Próxima reunión",
    lastChange: "Último cambio",
    concern: "Riesgo de seguridad",
    noneYet: "Ninguna todavía",
    followUps: "Seguimientos",
    followUpsAgency: "Seguimientos de la agencia",
    overdue: "Atrasados",
    overdueEmpty: "Nada atrasado.",
    thisWeek: "Esta semana",
    thisWeekEmpty: "No hay reuniones en los próximos siete días.",
    later: "Más adelante",
    laterEmpty: "No hay reuniones más adelante.",
    allYouth: "Todas las personas jóvenes",
    allMyYouth: "Todas mis personas jóvenes",
    lastVersion: "Última versión",
    version: (n) => `Versión ${n}`,
    noneSaved: "Ninguna guardada todavía",
  },
  dueList: {
    titles: { overdue: "Seguimientos atrasados", "this-week": "Seguimientos de esta semana", later: "Seguimientos más adelante" },
    seeAll: {
      overdue: (count) => `Ver los ${count} seguimientos atrasados`,
      "this-week": (count) => `Ver los ${count} seguimientos de esta semana`,
      later: (count) => `Ver los ${count} seguimientos más adelante`,
    },
    mine: "Las personas jóvenes de tu equipo de atención, por fecha de reunión, la más temprana primero.",
    agency: "Todas las personas jóvenes de tu agencia, por fecha de reunión, la más temprana primero.",
  },
  newYouth: {
    title: "Añadir una persona joven",
    name: "Nombre o apodo",
    nameHint: "El nombre que la persona joven escoge. Nunca un nombre legal.",
    enterName: "Escribe el nombre o apodo que la persona joven quiere usar, por favor.",
    tooLong: (max) => `Usa como máximo ${max} caracteres, por favor.`,
    notPrintable: "Un nombre puede tener letras, números, espacios y signos de puntuación. Quita los saltos de línea y las marcas ocultas, por favor.",
    language: "Idioma preferido",
    pickLanguage: "Escoge un idioma, por favor.",
    submit: "Añadir y abrir el plan",
  },
  nameSearch: {
    label: "Buscar por nombre",
    hint: "Basta con una parte del nombre.",
    submit: "Buscar",
    enterName: "Escribe un nombre o una parte, por favor.",
    found: (count, typed, more) =>
      more
        ? `Los primeros ${count} nombres que tienen “${typed}”. Escribe más del nombre para ver menos.`
        : count === 0
          ? `Ningún nombre tiene “${typed}”.`
          : count === 1
            ? `1 nombre tiene “${typed}”.`
            : `${count} nombres tienen “${typed}”.`,
    clear: "Volver a la lista completa",
  },
  reviewQueue: {
    title: "Planes marcados para una consulta",
    intro: "Una persona profesional marcó un riesgo inmediato de seguridad en estos planes. Abre uno para registrar tu consulta y darla por vista.",
    empty: "No hay nada esperándote.",
    flagged: (when) => `Marcado el ${when}`,
    waited: (duration) => `esperando desde hace ${duration}`,
  },
};
