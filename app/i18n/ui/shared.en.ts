import { plural } from "../plural";
import type { Widen } from "./widen";

/** The interface texts of the shared group in English (app/i18n/ui.ts names the groups). */
export const sharedEn = {
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
  /** When the plan's language differs from the interface's (PlanLanguageNote). */
  planLanguageNote: (planLanguage: string, interfaceLanguage: string) =>
    `This plan is in ${planLanguage}, the youth's language: its questions, labels and answers are in ${planLanguage}. The rest of the page is in ${interfaceLanguage}.`,
  shell: {
    /** The link to the account's own sign-in and security page, and that page's title. */
    security: "Sign-in and security",
    logOut: "Log out",
    skipToContent: "Skip to the main content",
    flaggedPlans: "Flagged plans",
    flaggedWaiting: (count: number) =>
      `${count} ${plural("en", count, { one: "plan waits", other: "plans wait" })} for a consult`,
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
  /**
   * Why a request was refused (400, 403, 404, 413, 415, 503): what the error page shows, or the
   * whole plain-text answer of a route without a page (the PDF) or of the server's own checks
   * (app/server). Never user text: a reason is thrown as its key (app/web/http.server.ts) and
   * put in words in the interface language.
   */
  refusals: {
    storageFailed:
      "The app could not save this because its storage is full or not working. Nothing was saved. Please go back, try again later, and tell the person who runs the app.",
    notFound: "We couldn't find that. It may not exist, or it may belong to someone else's caseload.",
    notAForm: "This request must be sent as a form.",
    unreadableForm: "This form could not be read. Please reload the page and try again.",
    tooManyEntries: "This form has more entries than a plan can hold. Please reload the page and try again.",
    unknownIntent: "This form asked for something the page does not offer. Please reload the page and try again.",
    missingRevision: "This form is missing its revision; please reload the page.",
    versionNumber: "A version number is a whole number from 1.",
    unknownAction: "This page does not know that action. Please reload the page and try again.",
    cannotDisableOwnAccount: "You cannot disable your own account.",
    pdfCopy: "Please choose which copy to print: copy=youth, discreet, card, adult or provider.",
    adultCopy: "Please make a trusted-adult copy from the version's page \u201cWhat each copy holds\u201d.",
    pdfLanguage: "Please choose a language the plan can be printed in: lang=en or es.",
    pdfBusy: "Many copies are being made right now. Please try again in a moment.",
    crossSite: "This request came from another site and was refused.",
    badHost: "Bad request: the Host header is not valid.",
    tooLarge: (size: string) => `This request is larger than the ${size} the app accepts. Nothing was saved.`,
    tooLargeSignedOut: (size: string) =>
      `You are not logged in, and before logging in the app accepts at most ${size} at a time. Nothing was saved. Please log in and try again.`,
    bodiesBusy: "The app is receiving a lot at this moment. Nothing was saved. Please try again in a moment.",
    malformed: "This address or request could not be read. Please check it, or go back and try again.",
    serverError: "Something went wrong. Nothing you saved before this has been lost. Please go back and try again.",
  },
  form: {
    storageFailed:
      "The app could not save this because its storage is full or not working. Nothing was saved. What you typed is still on this page. Keep the page open, try again later, and tell the person who runs the app.",
    oneError: "One answer needs a change",
    manyErrors: (count: number) => `${count} ${plural("en", count, { one: "answer needs", other: "answers need" })} a change`,
    nothingSaved: "before this can be saved. Nothing has been saved yet, and everything you typed is still here.",
    nothingYet: "Nothing here yet.",
    moveUp: "Move up",
    moveDown: "Move down",
    remove: "Remove",
    listFull: (max: number) => `This list is full (${max}).`,
  },
  breadcrumbs: {
    myYouth: "My youth",
    review: "Review",
    versions: "Saved versions",
    version: (n: number) => `Version ${n}`,
  },
  /** The provider's conversation tips box (TipsBox). */
  tips: {
    open: "(click to open)",
    fromToolkit: "toolkit",
    ours: "our suggestion",
  },
  planView: {
    nothing: "Nothing here.",
    notPrinted: "not printed",
    notPartOfPlan: "Not part of this plan.",
    forYouOnly: (title: string) => `${title} (for you only)`,
    call: (phone: string) => `call ${phone}`,
    text: (number: string) => `text ${number}`,
  },
  comparison: {
    added: "Added",
    removed: "Removed",
    changed: "Changed",
    yes: "Yes",
    no: "No",
    empty: "(empty)",
    aPerson: "A person",
    aPlace: "A place",
    aSituation: "A situation",
    aRefusal: "A refusal line",
    noChanges: "No changes.",
    version: (n: number) => `Version ${n}`,
    noChangesIn: (sections: string) => `No changes in: ${sections}.`,
    forYouOnly: (title: string) => `${title} (for you only)`,
    sectionChanged: ": changed",
    sectionUnchanged: ": no changes",
  },
  idle: {
    warning: (minutes: number) => `For safety, you will be logged out in about ${minutes} minutes if nothing happens.`,
    willSave: " What is typed on this page will be saved to the draft before then.",
    saveNow: "Save now",
    stay: "Stay logged in",
  },
  quickExit: {
    button: "Quick exit",
    hint: "Press Shift 3 times to leave fast.",
  },
  pager: {
    label: "Pages",
    previous: "Previous",
    next: "Next",
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    showing: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
  },
} as const satisfies Record<string, unknown>;

export type SharedText = Widen<typeof sharedEn>;
