import type { BuilderText } from "./builder.en";

/** The interface texts of the builder group in Spanish: plain and warm, with "tú". Same keys as builder.en.ts. */
export const builderEs: BuilderText = {
  section: {
    moreQuestions: (section) => `Hay algunas preguntas más, solo para cuando quieras hablar de maneras de cuidarte más. Puedes elegirlo en \u201c${section}\u201d.`,
    pageTitle: "Parte del plan",
    tips: "Consejos para la conversación (para ti)",
    save: "Guardar",
    back: "Volver sin guardar",
    merge: {
      savedElsewhere:
        "Esta parte se guardó en otra pestaña o en otro aparato después de que abriste esta página. Por eso todavía no se guardó nada, y no se perdió nada de lo que escribiste. Abajo puedes ver los dos lados. Revisa el formulario, elige qué conservar donde los dos hicieron un cambio y luego pulsa Guardar.",
      chooseFirst: "Elige cuál conservar en cada parte marcada abajo. Luego pulsa Guardar.",
      chooseBelow: "Donde los dos hicieron un cambio, elige abajo cuál conservar.",
      heading: "Los dos lados",
      field: "Parte",
      otherSave: "Guardado en el otro lugar",
      thisPage: "En esta página",
      result: "Qué pasa",
      tookTheirs: "El formulario ahora muestra lo guardado en el otro lugar. Tú no habías cambiado esto.",
      keptMine: "Se queda lo que escribiste.",
      keptBoth: "Los cambios de los dos lados ya están en el formulario.",
      keepMine: "Conservar lo que escribí",
      keepTheirs: "Usar lo guardado en el otro lugar",
    },
  },
  review: {
    unchanged: (n) =>
      `No ha cambiado nada desde la versión ${n}, así que no hay una versión nueva que guardar. Primero cambien una sección en equipo, o pongan la próxima reunión en “La próxima vez”.`,
    unchangedWithFollowUp: (n) =>
      `Nada del plan ha cambiado desde la versión ${n}. Guardar la versión ${n + 1} registra el seguimiento, con el mismo plan.`,
    backToPlan: "Volver al plan",
    pageTitle: "Revisar y guardar",
    title: "Revisar el plan",
    intro: (n) => `Léanlo en equipo. Cuando esté bien, guárdalo como versión ${n}. Una versión guardada nunca cambia.`,
    note: "Una nota corta sobre esta versión (opcional)",
    noteHint: (max) => `Hasta ${max} caracteres. Sin nombres ni detalles: se ve en la lista de versiones.`,
    save: (n) => `Guardar la versión ${n}`,
    keepWorking: "Seguir trabajando",
    conflict:
      "El plan cambió (en otra pestaña o en otro aparato) mientras lo revisabas. Revísalo otra vez abajo antes de guardar, por favor.",
    recordsFollowUp: (date) => `Esta versión registra el seguimiento que repasaron con la persona joven el ${date}.`,
    nextMeetingHint: "Cuándo piensan volver a verse para repasar el plan en equipo. Se puede cambiar después en “La próxima vez”.",
  },
  followUp: {
    pageTitle: "Seguimiento",
    noVersion:
      "Un seguimiento repasa una versión guardada del plan, y este plan todavía no tiene ninguna. Primero revisa el plan y guarda la versión 1; podrás darle seguimiento en tu próxima reunión.",
    conflict:
      "Otra persona guardó respuestas de este seguimiento desde que abriste esta página. No se perdió nada de lo que escribiste: tus respuestas siguen en el formulario y, donde la respuesta guardada es distinta, aparece debajo de la pregunta. Elige lo correcto y vuelve a guardar.",
    theirs: (said) => `Otra persona guardó mientras tanto: ${said}`,
    noAnswer: "sin respuesta",
    ownWords: "Con las propias palabras de la persona joven, tanto o tan poco como quiera.",
    insteadOfWords: "O, en lugar de palabras",
    anythingToAdd: "¿Algo más que añadir? (opcional)",
    saveAnswers: "Guardar respuestas",
    saveAndUpdate: "Guardar respuestas y actualizar el plan",
    parts: "Partes del seguimiento",
    partStep: (title, answered, total) => `${title} (${answered}/${total})`,
    progress: (part, parts, answered, total) =>
      `Parte ${part} de ${parts}. ${answered} de ${total} respondidas hasta ahora. Puedes saltar lo que quieras y volver a esta página más tarde.`,
    saveAndNext: (next) => `Guardar y seguir: ${next}`,
    saveAndPrevious: "Guardar y volver a la parte anterior",
    back: "Volver sin guardar",
    title: (name) => `Seguimiento con ${name}`,
    tips: "Consejos para la conversación (para ti)",
    draftChanged: (n) =>
      `El plan tiene cambios desde la versión ${n} que todavía no están guardados en una versión. Se conservan: el seguimiento repasa la versión ${n}, y la versión ${n + 1} los incluirá.`,
    saved: "Respuestas guardadas.",
    lookingBack: (from, on, by, next) =>
      `Repasando en equipo la versión ${from}. Empezado el ${on} por ${by}. Cuando terminen, actualiza lo que haga falta y guarda la versión ${next}: así queda registrado este seguimiento.`,
    walksThrough: (n) => `Esto repasa la versión ${n} con la persona joven: cada estrategia, persona y lugar, y cómo les fue.`,
    start: (n) => `Empezar el seguimiento de la versión ${n}`,
  },
  concern: {
    pageTitle: "Consulta por riesgo de seguridad",
    writeNote: "Escribe una nota corta de la consulta.",
    tooLong: (max) => `Usa como máximo ${max} caracteres.`,
    cleared: "La persona profesional quitó la marca desde que abriste esta página; no se registró nada.",
    title: (name) => `Riesgo de seguridad: ${name}`,
    openPlan: "Abrir el plan",
    privateNotes: "Las notas privadas de la persona profesional",
    lastConsult: (supervisor, when, current) =>
      `Última consulta de ${supervisor}, ${when}${current ? "" : " (antes de que se volviera a marcar)"}.`,
    note: "Nota de la consulta",
    noteHint: "Lo que hablaste y acordaste con la persona profesional. Esa persona la ve; las copias de la persona joven nunca la muestran.",
    submit: "Registrar la consulta y darla por vista",
    notFlagged: "El plan ya no está marcado.",
    imminent: {
      title: "Si la persona joven está en peligro ahora",
      call911: "Si hay una amenaza inminente para la seguridad de la persona joven, y en toda emergencia, llama al 9-1-1.",
      report:
        "Para reportar una sospecha de abuso infantil en el condado de Los Ángeles, comunícate con la línea de protección infantil (Child Protection Hotline, CPS) del DCFS al 1-800-540-4000. La explotación sexual comercial de una persona menor de edad es abuso infantil: como profesional con obligación de reportar, haces este reporte.",
      source: "Ambas indicaciones vienen del kit de herramientas CSECY del condado de Los Ángeles.",
      supervisors:
        "Al guardar con la alerta activada, todas las personas supervisoras de tu agencia lo saben al instante: el plan pasa al primer lugar de sus planes con alerta.",
    },
  },
};
