import type { Widen } from "./widen";

/** The interface texts of the lists group in English (app/i18n/ui.ts names the groups). */
export const listsEn = {
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
    followUps: "Follow-ups",
    followUpsAgency: "Follow-ups in the agency",
    overdue: "Overdue",
    overdueEmpty: "Nothing overdue.",
    thisWeek: "Due this week",
    thisWeekEmpty: "No meeting in the next seven days.",
    later: "Later",
    laterEmpty: "No later meeting set.",
    allYouth: "All youth",
    allMyYouth: "All my youth",
    lastVersion: "Last version",
    version: (n: number) => `Version ${n}`,
    noneSaved: "None saved yet",
  },
  /** A due list in full (the dashboard shows the start of each). */
  dueList: {
    titles: { overdue: "Overdue follow-ups", "this-week": "Follow-ups due this week", later: "Later follow-ups" },
    seeAll: {
      overdue: (count: number) => `See all ${count} overdue follow-ups`,
      "this-week": (count: number) => `See all ${count} follow-ups due this week`,
      later: (count: number) => `See all ${count} later follow-ups`,
    },
    mine: "The youth on your care team, by meeting date, earliest first.",
    agency: "Every youth in your agency, by meeting date, earliest first.",
  },
  newYouth: {
    title: "Add a youth",
    name: "Name or nickname",
    nameHint: "The name the youth chooses. Never a legal name.",
    enterName: "Please enter the name or nickname the youth wants to use.",
    tooLong: (max: number) => `Please use at most ${max} characters.`,
    notPrintable: "A name can hold letters, numbers, spaces and punctuation. Please take out line breaks and hidden marks.",
    language: "Preferred language",
    pickLanguage: "Please pick a language.",
    submit: "Add and open the plan",
  },
  /** "Find by name" on the dashboard and the admin's records. */
  nameSearch: {
    label: "Find by name",
    hint: "Part of the name is enough.",
    submit: "Find",
    enterName: "Type a name, or part of one.",
    found: (count: number, typed: string, more: boolean) =>
      more
        ? `The first ${count} names with “${typed}” in them. Type more of the name to see fewer.`
        : count === 0
          ? `No name has “${typed}” in it.`
          : count === 1
            ? `1 name has “${typed}” in it.`
            : `${count} names have “${typed}” in them.`,
    clear: "Back to the whole list",
  },
  reviewQueue: {
    title: "Plans flagged for a consult",
    intro: "A provider flagged an imminent-safety concern on these plans. Open one to record your consult and acknowledge it.",
    empty: "Nothing is waiting for you.",
    flagged: (when: string) => `Flagged ${when}`,
    waited: (duration: string) => `waiting ${duration}`,
  },
} as const satisfies Record<string, unknown>;

export type ListsText = Widen<typeof listsEn>;
