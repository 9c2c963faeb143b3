/**
 * Every text of the interface (not the plan template, which lives in templates/) in English.
 * This object is the catalogue's shape: ui.es.ts must have every key (a missing one is a compile
 * error, and tests/i18n/catalogue.test.ts fails on an empty or untranslated one).
 * To add a page: add a group here, the same group in ui.es.ts, and read it with useUi().
 */
export const uiEn = {
  /** BCP 47 locale for dates on screen. */
  locale: "en-US",
  appName: "Safety Plan Builder",
  pageTitle: (page: string) => `${page} · Safety Plan Builder`,
  language: {
    label: "Language",
    choose: "Interface language",
    names: { en: "English", es: "Español" },
    /** A language named inside a sentence of this language. */
    inSentence: { en: "English", es: "Spanish" },
  },
  shell: {
    logOut: "Log out",
    skipToContent: "Skip to the main content",
    flaggedPlans: "Flagged plans",
    accountsAndRecords: "Accounts and records",
    roles: { provider: "provider", supervisor: "supervisor", admin: "admin" },
  },
  errors: {
    notFoundTitle: "We couldn't find that page",
    notFound: "It may not exist, or it may belong to someone else's caseload.",
    otherTitle: "Something went wrong",
    other: "Nothing you saved before this has been lost. Please go back and try again.",
    backHome: "Back to my youth",
  },
  form: {
    oneError: "One answer needs a change",
    manyErrors: (count: number) => `${count} answers need a change`,
    nothingSaved: "before this can be saved. Nothing has been saved yet, and everything you typed is still here.",
    nothingYet: "Nothing here yet.",
    moveUp: "Move up",
    moveDown: "Move down",
    remove: "Remove",
    listFull: (max: number) => `This list is full (${max}).`,
  },
  login: {
    tooMany: "Too many attempts to log in. For safety, please wait one minute and try again.",
    title: "Log in",
    email: "Email",
    password: "Password",
    submit: "Log in",
    enterEmail: "Please enter your email.",
    emailTooLong: "That email is too long.",
    enterPassword: "Please enter your password.",
    passwordTooLong: (max: number) => `Passwords are at most ${max} characters.`,
    noMatch: "That email and password don't match an active account.",
  },
  dashboard: {
    title: "My youth",
    titleSupervisor: "Youth in my agency",
    addYouth: "Add a youth",
    empty: "No youth yet. Add one to start a plan together.",
    name: "Name",
    versions: "Saved versions",
    nextMeeting: "Next meeting",
    lastChange: "Last change",
    concern: "Safety concern",
    noneYet: "None yet",
  },
  newYouth: {
    title: "Add a youth",
    name: "Name or nickname",
    nameHint: "The name the youth chooses. Never a legal name.",
    enterName: "Please enter the name or nickname the youth wants to use.",
    tooLong: (max: number) => `Please use at most ${max} characters.`,
    language: "Preferred language",
    pickLanguage: "Please pick a language.",
    submit: "Add and open the plan",
  },
  breadcrumbs: {
    myYouth: "My youth",
    review: "Review",
    versions: "Saved versions",
    version: (n: number) => `Version ${n}`,
  },
  overview: {
    title: (name: string) => `${name}’s plan`,
    pageTitle: "Plan",
    saved: (section: string) => `Saved “${section}” to the draft.`,
    concern: "This plan is flagged with an imminent-safety concern. Consult your supervisor.",
    forYouOnly: "For you only",
    onlyIfWanted: "Only if the youth wants it",
    notStarted: "Not started",
    added: (n: number) => `${n} added`,
    filled: (n: number, total: number) => `${n} of ${total} filled in`,
    review: (n: number) => `Review and save version ${n}`,
    versions: (n: number) => `Saved versions (${n})`,
    together: "Work on it together",
    togetherHint: "Shows the plan to the youth in big, simple words, with a Quick exit button.",
    handOver: "Hand the screen to the youth",
    handOverHint: "Going back to this view will then ask for your password.",
    planLanguage: (language: string) => `Plan language: ${language}`,
  },
  section: {
    pageTitle: "Section",
    tips: "Conversation tips (for you)",
    save: "Save",
    back: "Back without saving",
    conflict:
      "Someone changed this plan (in another tab or on another device) since you opened this page. What you typed is still here. Check the plan in a new tab if you need to; pressing Save again will keep what is on this page.",
  },
  review: {
    pageTitle: "Review and save",
    title: "Review the plan",
    intro: (n: number) => `Read it through together. When it looks right, save it as version ${n}. A saved version never changes.`,
    note: "A short note about this version (optional)",
    noteHint: (max: number) => `Up to ${max} characters. No names or details: it shows in the version list.`,
    save: (n: number) => `Save version ${n}`,
    keepWorking: "Keep working",
    conflict:
      "The plan changed (in another tab or on another device) while you were reviewing it. Please look it over again below before saving.",
  },
  planView: {
    nothing: "Nothing here.",
    notPrinted: "not printed",
    notPartOfPlan: "Not part of this plan.",
    forYouOnly: (title: string) => `${title} (for you only)`,
    call: (phone: string) => `call ${phone}`,
    text: (number: string) => `text ${number}`,
  },
  versions: {
    title: "Saved versions",
    empty: "No version saved yet. Review the plan to save version 1.",
    version: "Version",
    saved: "Saved",
    by: "By",
    note: "Note",
    latest: "latest",
    restoredFrom: (n: number) => `Started again from version ${n}. `,
  },
  version: {
    title: (n: number) => `Version ${n}`,
    saved: (n: number) => `Saved as version ${n}.`,
    restored: (from: string, n: number) => `Started again from version ${from}: this is now version ${n}, and the draft matches it.`,
    conflict: "The draft changed while you were looking. Nothing was saved; please try again.",
    savedBy: (when: string, who: string) => `Saved ${when} by ${who}.`,
    restoredNote: (n: number) => ` Started again from version ${n}.`,
    note: (note: string) => ` Note: ${note}`,
    older: "This is an older version. It is shown as it was saved.",
    print: "Print or save as PDF",
    copies: {
      youth: {
        label: "Youth copy",
        about: "the whole plan in the youth's words, with 911, the hotline and a follow-up page. For the youth to keep.",
      },
      discreet: {
        label: "Discreet copy",
        about: "titled \u201cMy notes\u201d: nicknames, places and numbers with nothing that says what it is about. For a youth who fears the plan could be found.",
      },
      card: {
        label: "Pocket card",
        about: "a wallet-sized card with their first people, code words, 911 and a help line. For the youth to carry.",
      },
      provider: {
        label: "Provider copy",
        about: "everything, with private notes, the concern flag and version history. Confidential: for the case file, never for the youth.",
      },
    },
    inLanguage: (label: string, language: string) => `${label} in ${language}`,
    bilingual: "Bilingual print",
    bilingualAbout: (youthLanguage: string, otherLanguage: string) =>
      `The youth keeps the youth copy in ${youthLanguage}; a caregiver who reads ${otherLanguage} gets the same copy in ${otherLanguage}.`,
    caregiverCopy: (language: string) => `Caregiver copy in ${language}`,
    restore: (n: number) => `Start again from version ${n}`,
    restoreHint: "This saves a new version with this content. No version is changed.",
  },
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
    privacy: "You don't have to give details. Only share what feels okay.",
  },
  quickExit: {
    button: "Quick exit",
    hint: "Press Shift 3 times to leave fast.",
  },
  unlock: {
    pageTitle: "Provider view",
    title: "Provider view",
    intro: "The screen was handed to the youth. Please enter your password to go back to the provider view.",
    password: "Password",
    submit: "Go to the provider view",
    wrong: "That password is not right. Please try again.",
    stayTogether: "Stay in the together view",
  },
  neutral: {
    pageTitle: "Weather",
    title: "Los Angeles weather",
    body: "Sunny and mild today. Light wind in the afternoon. Cooler tonight.",
  },
} as const satisfies Record<string, unknown>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The catalogue's shape, with every text a plain string (or a function that makes one). */
export type UiText = Widen<typeof uiEn>;
