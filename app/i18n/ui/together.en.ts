import type { Widen } from "./widen";

/** The interface texts of the together group in English (app/i18n/ui.ts names the groups). */
export const togetherEn = {
  /** Words the youth reads in the together view: plain language, grade 6 or below (tested). */
  together: {
    pageTitle: "Our plan",
    title: (name: string) => `Hi ${name}. This is your plan.`,
    intro: "You choose what we talk about. You can skip anything. You can stop at any time.",
    firstChoice: "What would you like to do first?",
    started: "You added some things here.",
    notStarted: "Not started yet.",
    onlyIfYouWant: "Only if you want to.",
    save: "Save and go back",
    back: "Go back without saving",
    saved: (section: string) => `We saved \u201c${section}\u201d.`,
    providerView: "Back to the provider view",
    showLatest: "Show the latest",
    savedElsewhere: "The other screen just saved this part. Press \u201cShow the latest\u201d to see it: what you typed here stays.",
    savedOther: (section: string) => `The other screen saved \u201c${section}\u201d.`,
    privacy: "You don't have to give details. Only share what feels okay.",
    backToStart: "Back to the start",
    copiesCard: "What goes on each paper",
    copiesCardAbout: "See what each printed copy will say, and choose what goes on it.",
  },
  /** A youth joining the together view from their own phone (decision 080). Neutral words: no "plan" on the join pages. */
  join: {
    pageTitle: "Join",
    title: "Join",
    intro: "Type the code you were given: 8 letters and numbers.",
    code: "Code",
    codeHint: "Like this: ACDE 2345. Capital or small letters both work.",
    submit: "Join",
    enterCode: "Please type the code.",
    refused: "That code did not work. A code works once, for 10 minutes. You can ask for a new one.",
    tooMany: "Too many tries for now. Please wait a minute, then try again.",
    left: "You have left. You can close this page.",
    deviceTitle: "Notes",
    leave: "Leave",
    check: {
      title: "Before you join",
      intro: "Three quick questions about this phone. Your answers are not kept.",
      shared: "Does anyone else use this phone?",
      looked: "Does anyone look through this phone, or ask to see it?",
      location: "Could someone see where this phone is? For example, with location sharing or a tracking app.",
      yes: "Yes",
      no: "No",
      unsure: "Not sure",
      choose: "Please choose an answer.",
      next: "Next",
      fine: "Thanks for checking. You can join now.",
      mayNotBeSafe: "Thanks for checking. This phone may not be the safest place for this: someone could see what you write, or where you are.",
      saferChoices: "That's okay. You could join from another phone or computer you trust, or keep going on the screen of the person you are working with. Both are fine.",
      joinAnyway: "Join from this phone anyway",
      stay: "I'll stay on their screen",
      stayed: "Okay. You can close this page and keep going together on their screen.",
    },
  },
  /** The provider's side of joining from a phone, in the together view. */
  invite: {
    heading: "Join from your phone",
    intro: "The youth can work on this together view from their own phone, in the room or by video. What either of you saves shows on both screens.",
    start: "Make a code for the phone",
    instructions: (address: string) => `On the phone, open ${address} and type this code. Or scan the square. It works once, for one phone, for 10 minutes.`,
    qrLabel: "QR code that opens the join page with this code",
    joined: "A phone is joined to this together view.",
    end: "End the phone's session",
    ended: "The phone's session has ended.",
  },
} as const satisfies Record<string, unknown>;

export type TogetherText = Widen<typeof togetherEn>;
