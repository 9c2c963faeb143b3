import { ourTip, toolkitTip, type TemplateText } from "./text-types";

/**
 * Spanish texts: plain, warm, youth-friendly, with "tú". The nine questions translate the
 * toolkit's English faithfully (the English is the toolkit's text, verbatim); the youth wording
 * of each question (youthQuestions) says the same thing in simpler words.
 */
export const es: TemplateText = {
  language: "es",
  name: "Plan de seguridad",
  privacyLine:
    "Respeto tu privacidad. Podemos hablar de algunas ideas sin entrar en detalles. ¿Te parece bien?",
  firstChoicePrompt: "Hoy tenemos varias cosas que hacer. ¿Qué te gustaría hacer primero?",
  concernPrompt: "Consulta con tu supervisor o supervisora cuando la seguridad de la persona joven corra un riesgo grave o inminente.",
  aims: {
    lead: "Un plan de seguridad es un conjunto de técnicas para aumentar la seguridad:",
    items: ["Crear estrategias para reducir o evitar el daño", "Identificar fuentes de apoyo", "Identificar y desarrollar estrategias para calmarse"],
  },
  sections: {
    about: {
      title: "Sobre este plan",
      intro: "Para quién es este plan, quién está aquí hoy y qué significa para ti estar a salvo.",
      tips: [
        toolkitTip("Deja que la persona joven guíe la conversación y tome todas las decisiones que pueda."),
        toolkitTip(
          "Busca oportunidades para ofrecer opciones (aunque sean pequeñas). \u201cHoy tenemos varias cosas que hacer. ¿Qué te gustaría hacer primero?\u201d",
        ),
        toolkitTip(
          "Los detalles ayudan, pero no son necesarios para hacer un buen plan de seguridad. \u201cRespeto tu privacidad. Podemos hablar de algunas ideas sin entrar en detalles. ¿Te parece bien?\u201d",
        ),
        ourTip("Antes de que la persona joven cuente algo, di con claridad qué tendrías que reportar y cuándo."),
      ],
    },
    questions: {
      title: "Preguntas de seguridad",
      intro: "Responde con tus propias palabras. Puedes saltarte cualquier pregunta.",
      tips: [
        toolkitTip("Parte de lo que la persona joven ya hace para sobrevivir."),
        toolkitTip(
          "Apoya a la persona joven para que identifique y resuelva su ambivalencia. Usa preguntas abiertas para que explore sus ideas y encuentre sus propias estrategias y soluciones.",
        ),
        toolkitTip("¡Hacer la pregunta siembra la semilla!"),
        ourTip("En la vista en equipo, las preguntas sobre quienes pagan y sobre el trabajo solo aparecen si la persona joven eligió hablar de maneras de cuidarse más."),
      ],
    },
    people: {
      title: "Personas que me apoyan",
      intro: "¿A quién puedes llamar cuando necesitas apoyo o estás en una crisis?",
      tips: [
        toolkitTip("¡La relación es la intervención!"),
        toolkitTip("Identifica la relación sana más fuerte de la persona joven Y/O busca a alguien que pueda construir esa relación con ella"),
        ourTip(
          "Es común formar lazos traumáticos con quien explota a la persona joven: pregunta con cuidado si alguna persona podría estar relacionada con quien la explota.",
        ),
      ],
    },
    places: {
      title: "Lugares seguros y lugares que evitar",
      intro: "Lugares donde te sientes a salvo, y lugares o barrios donde podrías estar en peligro.",
      tips: [toolkitTip("Identifica familiares, amistades y otros lugares seguros.")],
    },
    coping: {
      title: "Maneras de calmarme",
      intro: "Cosas que te ayudan a calmarte cuando sientes estrés.",
      tips: [
        toolkitTip(
          "El estrés crónico y los efectos del trauma pueden afectar mucho la seguridad de la persona joven, sobre todo cuando vive disociación frecuente o adicción a drogas o alcohol.",
        ),
        ourTip("Practiquen en equipo una estrategia antes de añadirla."),
      ],
    },
    "safer-working": {
      title: "Maneras de cuidarme más",
      intro: "Solo si quieres hablar de esto: maneras de cuidarte más.",
      tips: [toolkitTip("Mantén una actitud compasiva y sin juzgar"), toolkitTip("Evita la mentalidad de \u201crescate\u201d")],
    },
    situations: {
      title: "Planes para cuando las cosas se pongan peligrosas",
      intro: "Qué puedes hacer si las cosas se ponen peligrosas: las señales, tus pasos y a quién llamas.",
      tips: [
        toolkitTip(
          "Haz planes detallados para responder a situaciones peligrosas, como cambios en una relación abusiva, inestabilidad familiar o dejar esa vida (squaring up).",
        ),
        toolkitTip(
          "Un plan de seguridad puede ir de unas pocas estrategias a corto plazo para una situación inmediata a un plan de varios pasos a largo plazo para dejar a quien abusa o dejar esa vida por completo.",
        ),
      ],
    },
    "go-bag": {
      title: "Cosas que llevar si me voy",
      intro: "Cosas importantes que tener listas si necesitas o decides irte.",
      tips: [toolkitTip("Identifica las cosas esenciales que llevar si una persona necesita o decide irse.")],
    },
    refusal: {
      title: "Decir que no",
      intro: "Palabras que practicaste para decir que no.",
      tips: [
        toolkitTip(
          "Practica cómo decir que no. Hagan pequeños juegos de rol para practicar decir \u201cno\u201d, rechazar drogas o alcohol, no dejar una vivienda segura, etc. \u201cEntonces, la próxima vez que veas a esa persona (con la que te drogabas), ¿qué le vas a decir si te invita a salir de fiesta?\u201d",
        ),
      ],
    },
    resources: {
      title: "Lugares que pueden ayudar",
      intro: "Teléfonos para un lugar donde quedarte, atención médica o ayuda en una crisis.",
      tips: [
        toolkitTip("Incluye información sobre recursos locales (vivienda, atención médica, apoyo en crisis)"),
        toolkitTip("Da información que sirva para la situación"),
        toolkitTip("Cumple todo lo que digas que vas a hacer"),
        ourTip("Lean en equipo qué puede pasar al llamar a cada número: quién puede llegar y qué podrían tener que reportar."),
      ],
    },
    "follow-up": {
      title: "La próxima vez",
      intro: "Cuándo nos vemos otra vez y qué vamos a revisar.",
      tips: [
        toolkitTip(
          "¡Seguimiento, seguimiento, seguimiento! Después de hacer un plan con la persona joven, pregunta siempre en la siguiente conversación: \u201c¿Cómo te fue? ¿Usaste alguna de las estrategias o ideas que pensaste o de las que hablamos?\u201d",
        ),
      ],
    },
    provider: {
      title: "Notas profesionales",
      intro: "Solo para ti: nunca se muestran en la vista en equipo ni se imprimen en las copias de la persona joven.",
      tips: [toolkitTip("Consulta con tu supervisor o supervisora cuando la seguridad de la persona joven corra un riesgo grave o inminente.")],
    },
  },
  questions: {
    q1: "¿Cómo te has mantenido a salvo en el pasado?",
    q2: "Cuando estás trabajando, ¿cómo sueles conocer a las personas que compran (clientes, citas)?",
    q3: "¿Cómo negocias con las personas que compran para evitar hacer cosas que no quieres hacer?",
    q4: "¿En qué lugares o negocios es más probable que trabajes? (una zona concreta, un hotel, la casa de alguien)",
    q5: "¿Qué negocios o lugares seguros hay en la zona a la que es más probable que vayas?",
    q6: "¿A quién contactarás si necesitas ayuda y cómo te vas a comunicar con esa persona?",
    q7: "¿Hay lugares o barrios donde estás en peligro? (como pandillas rivales o padrotes)",
    q8: "Una razón por la que buscaré ayuda si estoy en una situación peligrosa es\u2026",
    q9: "Cuando siento estrés, puedo usar estas maneras de calmarme\u2026",
  },
  youthQuestions: {
    q1: "¿Cómo te has cuidado antes?",
    q2: "Si estás trabajando, ¿cómo conoces a las personas que pagan? (A veces se les llama clientes o citas.)",
    q3: "¿Cómo hablas con las personas que pagan para no hacer cosas que no quieres?",
    q4: "¿Dónde trabajas más seguido? (Una calle, un hotel, una casa.)",
    q5: "En los lugares donde más andas, ¿qué tiendas o sitios son seguros?",
    q6: "¿A quién vas a buscar si necesitas ayuda? ¿Cómo vas a hablar con esa persona?",
    q7: "¿Hay lugares donde estás en peligro? (Como pandillas rivales o gente a la que temes.)",
    q8: "Una razón por la que voy a pedir ayuda si estoy en peligro es\u2026",
    q9: "Cuando siento estrés, me puedo calmar con\u2026",
  },
  statuses: {
    "in-it": "Estoy en eso ahora",
    "thinking-about-leaving": "Estoy pensando en salirme",
    leaving: "Me estoy saliendo",
    out: "Ya salí",
    "not-sure": "No lo sé",
    "prefer-not-to-say": "Prefiero no decirlo",
  },
  numberKept: {
    memorised: "Me sé el número de memoria",
    "on-paper": "Lo tengo en papel",
    both: "Las dos cosas",
  },
  coping: {
    "deep-breathing": "Respirar profundo",
    visualization: "Imaginar un lugar tranquilo",
    journaling: "Escribir en un diario",
    talking: "Hablar con alguien de confianza",
    "counting-backwards": "Contar hacia atrás",
    senses: "Poner atención a mis sentidos",
    affirmations: "Frases que me dan fuerza",
    movement: "Moverme o hacer ejercicio",
    "muscle-relaxation": "Relajar los músculos poco a poco",
  },
  saferWorking: {
    condoms: "Tener siempre condones y usarlos",
    screening: "Revisar bien primero a las personas que pagan",
    "familiar-places": "Trabajar en lugares que conozco",
    pairs: "Trabajar de dos en dos, con otra persona",
    "checking-in": "Avisarle a alguien cómo estoy",
  },
  goBag: {
    "id-documents": "Identificación y papeles clave (o copias)",
    "phone-charger": "Teléfono y cargador",
    money: "Algo de dinero",
    medication: "Las medicinas que tomo",
    "numbers-on-paper": "Los teléfonos que necesito, en papel",
    clothes: "Una muda de ropa",
    keys: "Llaves",
    hygiene: "Cosas de aseo",
    "comfort-item": "Algo que me consuela",
  },
  situations: {
    "relationship-changes": {
      title: "Cambios con alguien que me lastima",
      prompt: "¿Qué te diría que las cosas están empeorando con alguien cercano?",
    },
    "family-instability": {
      title: "Problemas en casa",
      prompt: "¿Qué podría pasar en casa y a dónde podrías ir?",
    },
    "leaving-the-life": {
      title: "Dejar esa vida (squaring up)",
      prompt: "Si decides salirte, ¿qué pasos darías primero?",
    },
    "exploiter-contact": {
      title: "Si me busca alguien de quien me quiero alejar",
      prompt: "¿Qué vas a hacer si te llama, te escribe o aparece?",
      providerTitle: "Si la persona que me explota me busca",
    },
    other: { title: "Otra cosa", prompt: "Otra situación para la que quieres un plan." },
  },
  fields: {
    about: {
      nameOnPlan: "Nombre o apodo en este plan",
      date: "Fecha",
      present: "Quién está aquí hoy",
      language: "Idioma del plan",
      status: "Cómo están las cosas ahora",
      safetyMeans: "Qué significa para mí estar a salvo",
    },
    questions: { answer: "Respuesta" },
    people: {
      item: "Persona",
      nickname: "Apodo",
      relationship: "Quién es para mí",
      contact: "Cómo comunicarme con esta persona",
      numberKept: "Su número",
      knowsSituation: "Sabe lo que estoy viviendo",
      mightBeLinked: "Podría estar relacionada con la persona que me explota",
      codeWord: "Palabra clave",
      codeWordMeaning: "Qué significa la palabra clave",
      codeWordAction: "Qué debe hacer cuando la diga",
    },
    places: {
      safe: "Lugares seguros",
      avoid: "Lugares que evitar",
      safeItem: "Lugar seguro",
      avoidItem: "Lugar que evitar",
      name: "Lugar",
      whySafe: "Por qué me siento a salvo ahí",
      whyAvoid: "Por qué no voy ahí",
    },
    suggestions: { chosen: "Ideas para escoger", own: "Mis propias ideas", ownItem: "Mi idea" },
    saferWorking: { wanted: "Quiero hablar de maneras de cuidarme más" },
    situations: {
      item: "Situación",
      kind: "Tipo de situación",
      title: "En mis palabras",
      warningSigns: "Señales de alerta",
      steps: "Mis pasos",
      whoToCall: "A quién llamo",
    },
    refusal: { item: "Frase para decir que no", situation: "Cuándo", whatIllSay: "Lo que voy a decir" },
    resources: {
      always: "Siempre en el plan",
      chosen: "Lugares para añadir",
      own: "Otros lugares que me ayudan",
      ownItem: "Lugar",
      name: "Nombre",
      phone: "Teléfono o mensaje de texto",
      notes: "Notas",
    },
    followUp: { nextMeeting: "Próxima reunión", checkOn: "Qué vamos a revisar" },
    provider: {
      notes: "Notas privadas",
      concern: "Riesgo inminente para la seguridad: consultar con supervisión",
    },
    keepOffPrint: "No poner esto en mi copia impresa",
  },
  add: {
    person: "Añadir una persona",
    safePlace: "Añadir un lugar seguro",
    avoidPlace: "Añadir un lugar que evitar",
    ownIdea: "Añadir mi propia idea",
    situation: "Añadir una situación",
    refusalLine: "Añadir una frase para decir que no",
    place: "Añadir un lugar",
  },
  hints: {
    nickname: "Un apodo está bien. Nunca un nombre legal.",
    upTo: (max) => `Hasta ${max} caracteres.`,
    saferWorkingOff: "Si esto no está marcado, nada de esta parte va en el plan.",
    noChoice: "\u2014",
  },
  resourceCall: (phone) => `llama al ${phone}`,
  resourceText: (number) => `manda un mensaje al ${number}`,
  resourceWhenYouCall: "Al llamar:",
  resourceSource: {
    toolkit: "El número viene del toolkit; la descripción es nuestra, con información pública: confírmala con el servicio.",
    publicListing: "El número y la descripción vienen de la información pública del servicio, no del toolkit: la agencia tiene que confirmarlos con el servicio antes de usarlos.",
    confirmed: (date) => `La agencia lo confirmó el ${date}.`,
  },
};
