import { ourTip, toolkitTip, type TemplateText } from "./text-types";

/**
 * English texts. Questions, suggestion lists and the toolkit's tips come from the LA County CSECY
 * toolkit, "Safety Planning" and "Effective engagement": the nine questions, the prompts and every
 * toolkitTip are verbatim (tests/templates/toolkit-words.test.ts). Words the youth reads never
 * name them as exploited (decision 042).
 */
export const en: TemplateText = {
  language: "en",
  name: "Safety plan",
  privacyLine:
    "I respect your privacy, we can talk about some strategies without going into details, does that sound ok?",
  firstChoicePrompt: "We have a few things to do today, what would you like to do first?",
  concernPrompt: "Consult with supervisor on critical or imminent-safety concerns facing youth.",
  aims: {
    lead: "Safety Planning is a set of techniques intended to increase safety by:",
    items: ["Creating strategies to reduce or avoid harm", "Identifying sources of support", "Identifying and developing coping Strategies"],
  },
  sections: {
    about: {
      title: "About this plan",
      intro: "Who this plan is for, who is here today, and what safety means to you.",
      tips: [
        toolkitTip("Let the youth lead the conversation and make as many choices as possible."),
        toolkitTip(
          'Find opportunities to offer choice (even small ones). "We have a few things to do today, what would you like to do first?"',
        ),
        toolkitTip(
          'Specificity is helpful but isn\'t necessary to make a good safety plan. "I respect your privacy, we can talk about some strategies without going into details, does that sound ok?"',
        ),
        ourTip("Before the youth shares anything, say plainly what you would have to report, and when."),
      ],
    },
    questions: {
      title: "Safety questions",
      intro: "Answer in your own words. Skip any question you want.",
      tips: [
        toolkitTip("Build on what a youth is already doing to survive."),
        toolkitTip(
          "Support youth to identify and resolve ambivalence. Use open-ended questions to encourage youth to explore their ideas and come up with their own strategies and solutions.",
        ),
        toolkitTip("Asking the question plants the seed!"),
        ourTip("In the together view, the questions about buyers and work show only once the youth has chosen to talk about safer strategies."),
      ],
    },
    people: {
      title: "People who support me",
      intro: "Who are the people that you can call when you need support or are in a crisis?",
      tips: [
        toolkitTip("Relationship is the intervention!"),
        toolkitTip("Identify the youth\u2019s strongest healthy relationship AND/OR Connect them to someone who can build the relationship"),
        ourTip("Youth often form trauma bonds with the person exploiting them: ask gently whether a person might be linked to them."),
      ],
    },
    places: {
      title: "Safe places and places to avoid",
      intro: "Places where you feel safe, and places or neighborhoods where you could be in danger.",
      tips: [toolkitTip("Identify safe family, friends, and other safe places.")],
    },
    coping: {
      title: "Coping strategies",
      intro: "Things that help you calm down when you are stressed.",
      tips: [
        toolkitTip(
          "Chronic stress and the effects of trauma can greatly inhibit youth's safety, particularly when they are experiencing frequent dissociation and/or drug/alcohol addiction.",
        ),
        ourTip("Practice one strategy together before adding it."),
      ],
    },
    "safer-working": {
      title: "Safer strategies",
      intro: "Only if you want to talk about it: ways to stay safer.",
      tips: [
        toolkitTip("Maintain a Compassionate and Non-judgmental attitude"),
        toolkitTip("Avoid a \u201crescue\u201d mentality"),
      ],
    },
    situations: {
      title: "Plans for when things get dangerous",
      intro: "What you can do if things get dangerous: the signs, your steps, and who you call.",
      tips: [
        toolkitTip(
          "Create detailed plans to respond to or plan for dangerous situations such as changes in an abusive relationship, family instability, or leaving the life (squaring up).",
        ),
        toolkitTip(
          "Safety planning can range from a few short-term strategies to address an immediate situation to a long term, multi-step plan to leave an abuser or leave the life entirely.",
        ),
      ],
    },
    "go-bag": {
      title: "Things to take if I leave",
      intro: "Essential things to have ready if you need or decide to leave.",
      tips: [toolkitTip("Identify the essential items to take should one need or decide to leave.")],
    },
    refusal: {
      title: "Saying no",
      intro: "Words you practiced for saying no.",
      tips: [
        toolkitTip(
          'Practice refusal skills. Do mini role plays with youth to practice saying "no", declining drugs/alcohol, leaving safe housing, etc. "So, next time you run into that person (you used to get high with) what will you say if they ask you to party with them?"',
        ),
      ],
    },
    resources: {
      title: "Places that can help",
      intro: "Phone numbers for a place to stay, a doctor, or help in a crisis.",
      tips: [
        toolkitTip("Include information about local resources (housing, medical, crisis support)"),
        toolkitTip("Provide information relevant to the situation"),
        toolkitTip("Follow through on anything you say you will do"),
        ourTip("Read with the youth what can happen when they call each number: who may come, and what may have to be reported."),
      ],
    },
    "follow-up": {
      title: "Next time",
      intro: "When we meet again and what we will check on.",
      tips: [
        toolkitTip(
          'Follow up! Follow up! Follow up! After making a plan with the youth always check back during the next conversation, "How did things go? Did you use any of the strategies/ideas you came up with/that we talked about?"',
        ),
      ],
    },
    provider: {
      title: "Provider notes",
      intro: "For you only: never shown in together mode or printed on the youth's copies.",
      tips: [toolkitTip("Consult with supervisor on critical or imminent-safety concerns facing youth.")],
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
  youthQuestions: {
    q1: "How have you kept yourself safe before?",
    q2: "If you are working, how do you meet buyers? (They may be called clients or dates.)",
    q3: "How do you talk with buyers so you don't have to do things you don't want to do?",
    q4: "Where do you most often work? (A street, a hotel, a house.)",
    q5: "In the places you go most, which shops or spots are safe?",
    q6: "Who will you reach out to if you need help? How will you reach them?",
    q7: "Are there places where you are in danger? (Like rival gangs or people you fear.)",
    q8: "One reason I will ask for help if I am in danger is…",
    q9: "When I feel stressed, I can calm down by…",
  },
  statuses: {
    "in-it": "I'm in it right now",
    "thinking-about-leaving": "I'm thinking about leaving",
    leaving: "I'm leaving",
    out: "I'm out",
    "not-sure": "I'm not sure",
    "prefer-not-to-say": "I'd rather not say",
  },
  numberKept: {
    memorised: "I know the number by heart",
    "on-paper": "I keep it on paper",
    both: "Both",
  },
  coping: {
    "deep-breathing": "Deep breathing",
    visualization: "Picturing a calm place",
    journaling: "Writing in a journal",
    talking: "Talking with a trusted person",
    "counting-backwards": "Counting backwards",
    senses: "Focusing on my senses",
    affirmations: "Kind words I say to myself",
    movement: "Moving my body",
    "muscle-relaxation": "Relaxing my muscles one by one",
  },
  saferWorking: {
    condoms: "Always have condoms and use them",
    screening: "Checking out buyers first",
    "familiar-places": "Working in places I know",
    pairs: "Working in pairs",
    "checking-in": "Checking in with someone",
  },
  goBag: {
    "id-documents": "ID and key papers (or copies)",
    "phone-charger": "Phone and charger",
    money: "Some money",
    medication: "Medicine I take",
    "numbers-on-paper": "Phone numbers I need, on paper",
    clothes: "A change of clothes",
    keys: "Keys",
    hygiene: "Toiletries",
    "comfort-item": "Something that comforts me",
  },
  situations: {
    "relationship-changes": {
      title: "Changes with someone who hurts me",
      prompt: "What would tell you things are getting worse with someone close to you?",
    },
    "family-instability": {
      title: "Trouble at home",
      prompt: "What could happen at home, and where could you go?",
    },
    "leaving-the-life": {
      title: "Leaving the life (squaring up)",
      prompt: "If you decide to leave, what steps would you take first?",
    },
    "exploiter-contact": {
      title: "If someone I want to stay away from gets in touch",
      prompt: "What will you do if they call, text or show up?",
      providerTitle: "If the person exploiting me gets in touch",
    },
    other: { title: "Something else", prompt: "Something else you want a plan for." },
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
  add: {
    person: "Add a person",
    safePlace: "Add a safe place",
    avoidPlace: "Add a place to avoid",
    ownIdea: "Add my own idea",
    situation: "Add a situation",
    refusalLine: "Add a refusal line",
    place: "Add a place",
  },
  hints: {
    nickname: "A nickname is fine. Never a legal name.",
    upTo: (max) => `Up to ${max} characters.`,
    saferWorkingOff: "If this is not ticked, nothing from this part goes on the plan.",
    noChoice: "\u2014",
  },
  resourceCall: (phone) => `call ${phone}`,
  resourceText: (number) => `text ${number}`,
  resourceWhenYouCall: "When you call:",
  resourceSource: {
    toolkit: "Number from the toolkit; the description is ours, from public information: confirm it with the service.",
    publicListing: "Number and description from the service's public listing, not from the toolkit: the agency must confirm them with the service before use.",
    confirmed: (date) => `Confirmed by the agency on ${date}.`,
  },
};
