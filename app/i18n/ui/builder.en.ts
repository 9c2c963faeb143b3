import type { Widen } from "./widen";

/** The interface texts of the builder group in English (app/i18n/ui.ts names the groups). */
export const builderEn = {
  section: {
    /** Youth-facing (the together view's sections too): plain words. */
    moreQuestions: (section: string) => `A few more questions are only for when you want to talk about ways to stay safer. You can choose that in \u201c${section}\u201d.`,
    pageTitle: "Section",
    tips: "Conversation tips (for you)",
    save: "Save",
    back: "Back without saving",
    /** After a save this page could not make because another tab or device saved the section first. */
    merge: {
      savedElsewhere:
        "This part was saved in another tab or on another device after you opened this page. So nothing was saved yet, and nothing you typed is lost. Below you can see both sides. Check the form, pick which to keep where you both made a change, then press Save.",
      chooseFirst: "Pick which one to keep for each part marked below. Then press Save.",
      chooseBelow: "Where you both made a change, pick below which one to keep.",
      heading: "Both sides",
      field: "Part",
      otherSave: "Saved in the other place",
      thisPage: "On this page",
      result: "What happens",
      tookTheirs: "The form now shows the other save. You had not changed this.",
      keptMine: "What you typed stays.",
      keptBoth: "Both sets of changes are in the form now.",
      keepMine: "Keep what I typed",
      keepTheirs: "Use the other save",
    },
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
    recordsFollowUp: (date: string) => `This version records the follow-up reviewed with the youth on ${date}.`,
    nextMeetingHint: "When you plan to meet again and check on the plan together. It can be changed later under “Next time”.",
    unchanged: (n: number) =>
      `Nothing has changed since version ${n}, so there is no new version to save. Change a section together first, or set the next meeting under “Next time”.`,
    unchangedWithFollowUp: (n: number) =>
      `Nothing in the plan has changed since version ${n}. Saving version ${n + 1} records the follow-up, with the same plan.`,
    backToPlan: "Back to the plan",
  },
  followUp: {
    pageTitle: "Follow-up",
    noVersion:
      "A follow-up looks back at a saved version of the plan, and this plan has none yet. Review the plan and save version 1 first; you can follow up on it at your next meeting.",
    conflict:
      "Someone else saved answers to this follow-up since you opened this page. Nothing you typed is lost: your answers are still in the form, and where the saved answer is different it is shown under the question. Choose what is right, then save again.",
    theirs: (said: string) => `Saved meanwhile by someone else: ${said}`,
    noAnswer: "no answer",
    ownWords: "In the youth's own words, as much or as little as they want.",
    insteadOfWords: "Or, instead of words",
    anythingToAdd: "Anything to add (optional)",
    saveAnswers: "Save answers",
    saveAndUpdate: "Save answers and update the plan",
    parts: "Parts of the follow-up",
    partStep: (title: string, answered: number, total: number) => `${title} (${answered}/${total})`,
    progress: (part: number, parts: number, answered: number, total: number) =>
      `Part ${part} of ${parts}. ${answered} of ${total} answered so far. Skip anything; you can come back to this page later.`,
    saveAndNext: (next: string) => `Save and go on: ${next}`,
    saveAndPrevious: "Save and go back a part",
    back: "Back without saving",
    title: (name: string) => `Follow-up with ${name}`,
    tips: "Conversation tips (for you)",
    draftChanged: (n: number) =>
      `The plan has changes since version ${n} that are not saved in a version yet. They are kept: the follow-up looks back at version ${n}, and version ${n + 1} will include them.`,
    saved: "Answers saved.",
    lookingBack: (from: number, on: string, by: string, next: number) =>
      `Looking back at version ${from} together. Started ${on} by ${by}. When you are done, update what needs changing and save version ${next}: it records this follow-up.`,
    walksThrough: (n: number) => `This walks through version ${n} with the youth: each strategy, person and place, and how things went.`,
    start: (n: number) => `Start the follow-up of version ${n}`,
  },
  concern: {
    pageTitle: "Safety concern consult",
    writeNote: "Please write a short note of the consult.",
    tooLong: (max: number) => `Please use at most ${max} characters.`,
    cleared: "The provider has cleared the flag since you opened this page; nothing was recorded.",
    title: (name: string) => `Safety concern: ${name}`,
    openPlan: "Open the plan",
    privateNotes: "The provider’s private notes",
    lastConsult: (supervisor: string, when: string, current: boolean) =>
      `Last consult by ${supervisor}, ${when}${current ? "" : " (before the flag was raised again)"}.`,
    note: "Consult note",
    noteHint: "What you discussed and agreed with the provider. The provider sees it; the youth's copies never show it.",
    submit: "Record the consult and acknowledge",
    notFlagged: "The plan is not flagged any more.",
    /** Beside the imminent-safety flag: the toolkit's words, then what saving the flag does. */
    imminent: {
      title: "If the youth is in danger now",
      call911: "If there is an imminent threat to the youth’s safety, and in all emergencies, call 9-1-1.",
      report:
        "To report suspected child abuse in Los Angeles County, contact the Child Protection Hotline (CPS) with DCFS at 1-800-540-4000. Commercial sexual exploitation of a child is child abuse: as a mandated reporter, you make this report.",
      source: "Both from the LA County CSECY toolkit.",
      supervisors: "Saving with the flag on tells every supervisor of your agency at once: the plan goes to the top of their flagged plans.",
    },
  },
} as const satisfies Record<string, unknown>;

export type BuilderText = Widen<typeof builderEn>;
