import type { TemplateText } from "./text-types";

/**
 * English texts. Questions, suggestion lists and tips come from the LA County CSECY toolkit,
 * "Safety Planning"; the nine questions are verbatim.
 */
export const en: TemplateText = {
  name: "Safety plan",
  privacyLine:
    "I respect your privacy, we can talk about some strategies without going into details, does that sound ok?",
  firstChoicePrompt: "We have a few things to do today, what would you like to do first?",
  concernPrompt: "Consult with supervisor on critical or imminent-safety concerns facing youth.",
  sections: {
    about: {
      title: "About this plan",
      intro: "Who this plan is for, who is here today, and what safety means to you.",
      tips: [
        "Let the youth lead the conversation and make as many choices as possible.",
        "Specificity is helpful but isn't necessary to make a good safety plan.",
      ],
    },
    questions: {
      title: "Safety questions",
      intro: "Answer in your own words. Skip any question you want.",
      tips: [
        "Build on what a youth is already doing to survive.",
        "Use open-ended questions to encourage youth to explore their ideas and come up with their own strategies and solutions.",
        "Asking the question plants the seed!",
      ],
    },
    people: {
      title: "People who support me",
      intro: "Who are the people that you can call when you need support or are in a crisis?",
      tips: [
        "Relationship is the intervention!",
        "Identify the youth's strongest healthy relationship and/or connect them to someone who can build the relationship.",
        "Youth often form trauma bonds with the person exploiting them: ask gently whether a person might be linked to them.",
      ],
    },
    places: {
      title: "Safe places and places to avoid",
      intro: "Places where you feel safe, and places or neighborhoods where you could be in danger.",
      tips: ["Identify safe family, friends, and other safe places."],
    },
    coping: {
      title: "Coping strategies",
      intro: "Things that help you calm down when you are stressed.",
      tips: [
        "Chronic stress and the effects of trauma can greatly inhibit youth's safety, particularly with frequent dissociation and/or drug or alcohol use.",
        "Practice one strategy together before adding it.",
      ],
    },
    "safer-working": {
      title: "Safer strategies",
      intro: "Only if you are still working and want to talk about it: ways to stay safer.",
      tips: [
        "Maintain a compassionate and non-judgmental attitude.",
        "Avoid a \u201crescue\u201d mentality.",
      ],
    },
    situations: {
      title: "Plans for dangerous situations",
      intro: "What you can do if things get dangerous: the signs, your steps, and who you call.",
      tips: [
        "Create detailed plans to respond to or plan for dangerous situations such as changes in an abusive relationship, family instability, or leaving the life (squaring up).",
        "Safety planning can range from a few short-term strategies to a long-term, multi-step plan.",
      ],
    },
    "go-bag": {
      title: "Things to take if I leave",
      intro: "Essential things to have ready if you need or decide to leave.",
      tips: ["Identify the essential items to take should one need or decide to leave."],
    },
    refusal: {
      title: "Saying no",
      intro: "Words you practiced for saying no.",
      tips: [
        "Practice refusal skills. Do mini role plays with youth to practice saying \u201cno\u201d, declining drugs/alcohol, leaving safe housing, etc.",
        "\u201cSo, next time you run into that person, what will you say if they ask you to party with them?\u201d",
      ],
    },
    resources: {
      title: "Places that can help",
      intro: "Phone numbers and places for housing, medical care and crisis support.",
      tips: ["Provide information relevant to the situation.", "Follow through on anything you say you will do."],
    },
    "follow-up": {
      title: "Next time",
      intro: "When we meet again and what we will check on.",
      tips: [
        "Follow up! Follow up! Follow up! After making a plan with the youth always check back during the next conversation.",
        "\u201cHow did things go? Did you use any of the strategies/ideas you came up with?\u201d",
      ],
    },
    provider: {
      title: "Provider notes",
      intro: "For you only: never shown in together mode or printed on the youth's copies.",
      tips: ["Consult with supervisor on critical or imminent-safety concerns facing youth."],
    },
  },
  questions: {
    q1: "How have you kept yourself safe in the past?",
    q2: "When you are working, how do you usually meet buyers (clients, dates)?",
    q3: "How do you negotiate with buyers to avoid doing things you don't want to do?",
    q4: "What locations or businesses are you most likely to work? (specific track, hotel, someone's house)",
    q5: "What businesses or safe locations exist in the area you are most likely to go to?",
    q6: "Who will you contact if you need help and how will you contact them?",
    q7: "Are there locations or neighborhoods where you are in danger? (like rival gangs or pimps)",
    q8: "One reason why I will seek help if I am in a dangerous situation is?...",
    q9: "When I get stressed out I can use the following ways to calm myself down....",
  },
  statuses: {
    "in-it": "I'm in it right now",
    "thinking-about-leaving": "I'm thinking about leaving",
    leaving: "I'm leaving",
    out: "I'm out",
    "prefer-not-to-say": "I'd rather not say",
  },
  numberKept: {
    memorised: "I know the number by heart",
    "on-paper": "I keep it on paper",
    both: "Both",
  },
  coping: {
    "deep-breathing": "Deep breathing",
    visualization: "Visualization",
    journaling: "Journaling",
    talking: "Talking with a trusted person",
    "counting-backwards": "Counting backwards",
    senses: "Focusing on my senses",
    affirmations: "Affirmations or mantras",
    movement: "Movement or exercise",
    "muscle-relaxation": "Progressive muscle relaxation",
  },
  saferWorking: {
    condoms: "Always having and using condoms",
    screening: "Screening buyers",
    "familiar-places": "Working in familiar places",
    pairs: "Working in pairs",
    "checking-in": "Checking in with someone",
  },
  goBag: {
    "id-documents": "ID and important papers (or copies)",
    "phone-charger": "Phone and charger",
    money: "Some money",
    medication: "Medicine I take",
    "numbers-on-paper": "Important phone numbers on paper",
    clothes: "A change of clothes",
    keys: "Keys",
    hygiene: "Toiletries",
    "comfort-item": "Something that comforts me",
  },
  situations: {
    "relationship-changes": {
      title: "Changes in an abusive relationship",
      prompt: "What would tell you things are getting worse with someone close to you?",
    },
    "family-instability": {
      title: "Family instability",
      prompt: "What could happen at home, and where could you go?",
    },
    "leaving-the-life": {
      title: "Leaving the life (squaring up)",
      prompt: "If you decide to leave, what steps would you take first?",
    },
    "exploiter-contact": {
      title: "If the person exploiting me gets in touch",
      prompt: "What will you do if they call, text or show up?",
    },
    other: { title: "Something else", prompt: "Another situation you want a plan for." },
  },
  fields: {
    about: {
      nameOnPlan: "Name or nickname on this plan",
      date: "Date",
      present: "Who is here today",
      language: "Language of the plan",
      status: "Where things stand now",
      safetyMeans: "What safety means to me",
    },
    questions: { answer: "Answer" },
    people: {
      item: "Person",
      nickname: "Nickname",
      relationship: "Who they are to me",
      contact: "How to reach them",
      numberKept: "Their number",
      knowsSituation: "Knows my situation",
      mightBeLinked: "Might be linked to the person exploiting me",
      codeWord: "Code word",
      codeWordMeaning: "What the code word means",
      codeWordAction: "What they should do when I say it",
    },
    places: {
      safe: "Safe places",
      avoid: "Places to avoid",
      safeItem: "Safe place",
      avoidItem: "Place to avoid",
      name: "Place",
      whySafe: "Why it feels safe",
      whyAvoid: "Why I stay away",
    },
    suggestions: { chosen: "Ideas to choose from", own: "My own ideas", ownItem: "My idea" },
    saferWorking: { wanted: "I want to talk about safer strategies" },
    situations: {
      item: "Situation",
      kind: "Kind of situation",
      title: "In my words",
      warningSigns: "Warning signs",
      steps: "My steps",
      whoToCall: "Who I call",
    },
    refusal: { item: "Refusal line", situation: "When", whatIllSay: "What I'll say" },
    resources: {
      always: "Always on the plan",
      chosen: "Places to add",
      own: "Other places that help me",
      ownItem: "Place",
      name: "Name",
      phone: "Phone or text",
      notes: "Notes",
    },
    followUp: { nextMeeting: "Next meeting", checkOn: "What we will check on" },
    provider: {
      notes: "Private notes",
      concern: "Imminent-safety concern: consult a supervisor",
    },
    keepOffPrint: "Leave this off my printed copy",
  },
};
