import type { TemplateText } from "./text-types";

/**
 * Spanish texts: plain, warm, youth-friendly, with "tú". The nine questions translate the
 * toolkit's English faithfully (the English is the toolkit's text, verbatim); the youth wording
 * of each question (youthQuestions) says the same thing in simpler words.
 */
export const es: TemplateText = {
  name: "Plan de seguridad",
  privacyLine:
    "Respeto tu privacidad. Podemos hablar de algunas ideas sin entrar en detalles. ¿Te parece bien?",
  firstChoicePrompt: "Hoy tenemos varias cosas que hacer. ¿Qué te gustaría hacer primero?",
  concernPrompt: "Consulta con tu supervisor cuando la seguridad del joven corra un riesgo grave o inminente.",
  sections: {
    about: {
      title: "Sobre este plan",
      intro: "Para quién es este plan, quién está aquí hoy y qué significa para ti estar a salvo.",
      tips: [
        "Deja que el joven guíe la conversación y tome todas las decisiones que pueda.",
        "Los detalles ayudan, pero no son necesarios para hacer un buen plan de seguridad.",
      ],
    },
    questions: {
      title: "Preguntas de seguridad",
      intro: "Responde con tus propias palabras. Puedes saltarte cualquier pregunta.",
      tips: [
        "Parte de lo que el joven ya hace para sobrevivir.",
        "Usa preguntas abiertas para que el joven explore sus ideas y encuentre sus propias estrategias y soluciones.",
        "¡Hacer la pregunta siembra la semilla!",
      ],
    },
    people: {
      title: "Personas que me apoyan",
      intro: "¿A quién puedes llamar cuando necesitas apoyo o estás en una crisis?",
      tips: [
        "¡La relación es la intervención!",
        "Identifica la relación sana más fuerte del joven o conéctalo con alguien que pueda construir esa relación.",
        "Los jóvenes a menudo forman lazos traumáticos con quien los explota: pregunta con cuidado si alguna persona podría estar relacionada con esa persona.",
      ],
    },
    places: {
      title: "Lugares seguros y lugares que evitar",
      intro: "Lugares donde te sientes seguro o segura, y lugares o barrios donde podrías estar en peligro.",
      tips: ["Identifica familiares, amigos y otros lugares seguros."],
    },
    coping: {
      title: "Maneras de calmarme",
      intro: "Cosas que te ayudan a calmarte cuando estás estresado o estresada.",
      tips: [
        "El estrés crónico y los efectos del trauma pueden afectar mucho la seguridad del joven, sobre todo si hay disociación frecuente o consumo de drogas o alcohol.",
        "Practiquen juntos una estrategia antes de añadirla.",
      ],
    },
    "safer-working": {
      title: "Maneras de estar más seguro",
      intro: "Solo si todavía trabajas y quieres hablar de esto: maneras de estar más seguro o segura.",
      tips: ["Mantén una actitud compasiva y sin juzgar.", "Evita la mentalidad de \u201crescate\u201d."],
    },
    situations: {
      title: "Planes para cuando las cosas se pongan peligrosas",
      intro: "Qué puedes hacer si las cosas se ponen peligrosas: las señales, tus pasos y a quién llamas.",
      tips: [
        "Haz planes detallados para responder a situaciones peligrosas, como cambios en una relación abusiva, inestabilidad familiar o dejar esa vida (squaring up).",
        "Un plan de seguridad puede ir de unas pocas ideas a corto plazo a un plan de varios pasos a largo plazo.",
      ],
    },
    "go-bag": {
      title: "Cosas que llevar si me voy",
      intro: "Cosas importantes que tener listas si necesitas o decides irte.",
      tips: ["Identifica las cosas esenciales que llevar si uno necesita o decide irse."],
    },
    refusal: {
      title: "Decir que no",
      intro: "Palabras que practicaste para decir que no.",
      tips: [
        "Practica cómo decir que no. Hagan pequeños juegos de rol para practicar decir \u201cno\u201d, rechazar drogas o alcohol, no dejar una vivienda segura, etc.",
        "\u201cLa próxima vez que veas a esa persona, ¿qué le vas a decir si te invita a salir de fiesta?\u201d",
      ],
    },
    resources: {
      title: "Lugares que pueden ayudar",
      intro: "Teléfonos para un lugar donde quedarte, un médico o ayuda en una crisis.",
      tips: ["Da información que sirva para la situación.", "Cumple todo lo que digas que vas a hacer."],
    },
    "follow-up": {
      title: "La próxima vez",
      intro: "Cuándo nos vemos otra vez y qué vamos a revisar.",
      tips: [
        "¡Seguimiento, seguimiento, seguimiento! Después de hacer un plan con el joven, pregunta siempre en la siguiente conversación.",
        "\u201c¿Cómo te fue? ¿Usaste alguna de las ideas que pensaste?\u201d",
      ],
    },
    provider: {
      title: "Notas del proveedor",
      intro: "Solo para ti: nunca se muestran en el modo juntos ni se imprimen en las copias del joven.",
      tips: ["Consulta con tu supervisor cuando la seguridad del joven corra un riesgo grave o inminente."],
    },
  },
  questions: {
    q1: "¿Cómo te has mantenido a salvo en el pasado?",
    q2: "Cuando estás trabajando, ¿cómo sueles conocer a los compradores (clientes, citas)?",
    q3: "¿Cómo negocias con los compradores para evitar hacer cosas que no quieres hacer?",
    q4: "¿En qué lugares o negocios es más probable que trabajes? (una zona concreta, un hotel, la casa de alguien)",
    q5: "¿Qué negocios o lugares seguros hay en la zona a la que es más probable que vayas?",
    q6: "¿A quién contactarás si necesitas ayuda y cómo lo contactarás?",
    q7: "¿Hay lugares o barrios donde estás en peligro? (como pandillas rivales o padrotes)",
    q8: "Una razón por la que buscaré ayuda si estoy en una situación peligrosa es\u2026",
    q9: "Cuando me siento estresado o estresada, puedo usar estas maneras de calmarme\u2026",
  },
  youthQuestions: {
    q1: "¿Cómo te has cuidado antes?",
    q2: "Si estás trabajando, ¿cómo conoces a los compradores? (A veces se les llama clientes o citas.)",
    q3: "¿Cómo hablas con los compradores para no hacer cosas que no quieres?",
    q4: "¿Dónde trabajas más seguido? (Una calle, un hotel, una casa.)",
    q5: "En los lugares donde más andas, ¿qué tiendas o sitios son seguros?",
    q6: "¿A quién vas a buscar si necesitas ayuda? ¿Cómo vas a contactarlo?",
    q7: "¿Hay lugares donde estás en peligro? (Como pandillas rivales o padrotes.)",
    q8: "Una razón por la que voy a pedir ayuda si estoy en peligro es\u2026",
    q9: "Cuando me siento estresado o estresada, me puedo calmar con\u2026",
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
    screening: "Revisar bien a los compradores primero",
    "familiar-places": "Trabajar en lugares que conozco",
    pairs: "Trabajar en pareja",
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
      title: "Si la persona que me explota me busca",
      prompt: "¿Qué vas a hacer si te llama, te escribe o aparece?",
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
      contact: "Cómo contactarla",
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
      whySafe: "Por qué me siento seguro ahí",
      whyAvoid: "Por qué no voy ahí",
    },
    suggestions: { chosen: "Ideas para escoger", own: "Mis propias ideas", ownItem: "Mi idea" },
    saferWorking: { wanted: "Quiero hablar de maneras de estar más seguro" },
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
      concern: "Riesgo inminente para la seguridad: consultar con un supervisor",
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
};
