import type { PlanContent } from "./schema";

/**
 * The demo youth's plan, filled in every section, so a new user (and the PDF tests) see a real
 * plan. Invented; any likeness to a real person is unintended.
 */
export const DEMO_CHOSEN_NAME = "Sky";

export const demoPlanContent: PlanContent = {
  about: {
    nameOnPlan: "Sky",
    date: "2026-11-20",
    present: "Sky and Jordan (case manager)",
    language: "en",
    status: "thinking-about-leaving",
    safetyMeans: "Having a place to sleep where nobody can find me, and my sister knowing where I am.",
  },
  questions: {
    q1: { text: "I stay with my sister when things get bad and I keep my phone charged.", keepOffPrint: false },
    q2: { text: "Mostly online. We can talk about it without details.", keepOffPrint: true },
    q3: { text: "I say I have to be back by a certain time and I don't go to a second place.", keepOffPrint: true },
    q4: { text: "", keepOffPrint: false },
    q5: { text: "The library on 5th, the 24-hour diner near the bus stop.", keepOffPrint: false },
    q6: { text: "My sister Dee, by text. Jordan at the office during the day.", keepOffPrint: false },
    q7: { text: "The motel strip by the freeway.", keepOffPrint: false },
    q8: { text: "I want to finish school.", keepOffPrint: false },
    q9: { text: "Music with headphones, counting backwards from 50, walking.", keepOffPrint: false },
  },
  people: {
    items: [
      {
        id: "demo-person-dee",
        nickname: "Dee",
        relationship: "Sister",
        contact: "Text, any time",
        numberKept: "memorised",
        knowsSituation: true,
        mightBeLinked: false,
        codeWord: "pineapple",
        codeWordMeaning: "I need you to come get me",
        codeWordAction: "Call me and say Mom needs me home",
        keepOffPrint: false,
      },
      {
        id: "demo-person-jordan",
        nickname: "Jordan",
        relationship: "Case manager",
        contact: "Office phone, weekdays 9 to 5",
        numberKept: "on-paper",
        knowsSituation: true,
        mightBeLinked: false,
        codeWord: "",
        codeWordMeaning: "",
        codeWordAction: "",
        keepOffPrint: false,
      },
      {
        id: "demo-person-t",
        nickname: "T",
        relationship: "Friend",
        contact: "Instagram",
        numberKept: "",
        knowsSituation: false,
        mightBeLinked: true,
        codeWord: "",
        codeWordMeaning: "",
        codeWordAction: "",
        keepOffPrint: true,
      },
    ],
  },
  places: {
    safe: [
      { id: "demo-safe-sister", name: "Dee's apartment", why: "She lets me stay, no questions", keepOffPrint: false },
      { id: "demo-safe-library", name: "Library on 5th", why: "Quiet, staff know me", keepOffPrint: false },
    ],
    avoid: [{ id: "demo-avoid-strip", name: "Motel strip by the freeway", why: "People there know me", keepOffPrint: false }],
  },
  coping: { chosen: ["deep-breathing", "counting-backwards", "movement"], own: ["Music with headphones"] },
  "safer-working": { wanted: true, chosen: ["checking-in", "pairs"], own: ["Share my location with Dee"] },
  situations: {
    items: [
      {
        id: "demo-situation-contact",
        kind: "exploiter-contact",
        title: "If he texts me",
        warningSigns: "Lots of messages at night, saying he misses me",
        steps: "Don't answer. Screenshot. Tell Jordan at our next meeting.",
        whoToCall: "Dee, or the hotline",
        keepOffPrint: false,
      },
      {
        id: "demo-situation-home",
        kind: "family-instability",
        title: "If it gets bad at home",
        warningSigns: "Yelling, being told to leave",
        steps: "Pack my go-bag, go to Dee's, text Jordan in the morning.",
        whoToCall: "Dee",
        keepOffPrint: false,
      },
    ],
  },
  "go-bag": { chosen: ["id-documents", "phone-charger", "medication", "numbers-on-paper"], own: ["My school binder"] },
  refusal: {
    items: [
      {
        id: "demo-refusal-party",
        situation: "Someone I used to get high with asks me to party",
        whatIllSay: "Nah, I've got work in the morning.",
        keepOffPrint: false,
      },
    ],
  },
  resources: {
    chosen: ["988", "211-la", "runaway-safeline"],
    own: [{ id: "demo-resource-dropin", name: "Youth drop-in center", phone: "Ask Jordan", notes: "Showers and lunch" }],
  },
  "follow-up": { nextMeeting: "2026-12-04", checkOn: "Whether counting backwards helped, and if Dee's place is still okay." },
  provider: { notes: "Sky mentioned T twice; possible link to exploiter. Revisit gently.", concern: false },
};
