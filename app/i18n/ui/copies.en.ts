import type { Widen } from "./widen";

/** The interface texts of the copies group in English (app/i18n/ui.ts names the groups). */
export const copiesEn = {
  /** What goes on each printed copy: the youth's choices and the preview before printing (decision 060). */
  copies: {
    title: "What goes on each copy",
    versionTitle: (n: number) => `What each copy of version ${n} holds`,
    intro:
      "You choose what goes on each paper. Think about it this way: if someone you want to stay away from found this paper, what would they learn?",
    names: {
      youth: "My plan (full copy)",
      discreet: "Discreet copy (\u201cMy notes\u201d)",
      card: "Pocket card",
      adult: "Trusted-adult copy",
    },
    about: {
      youth: "For you to keep. Your status and anything you turned off are left out.",
      discreet: "Looks like notes. Only what you tick (the help line too), and 911.",
      card: "Fits in a wallet: up to 3 people with their numbers, 911, and the help line if you leave it ticked. Code words only if you tick them.",
      adult: "For an adult you trust, in their language. Only what you tick.",
    },
    chooseTitle: "Choose what goes on each copy",
    thing: "Part of the plan",
    tick: (thing: string, copy: string) => `${thing} \u2014 ${copy}`,
    notOffered: "Not on this copy",
    always: "Always",
    cautions: {
      lookedUp: "Anyone can look this number up and see what line it is.",
      numbersLookedUp: "Anyone can look these numbers up and see what places they are.",
    },
    onlyProvider: "Only on the provider's copy",
    nothingToChoose: "The plan has nothing to print yet.",
    save: "Save these choices",
    saved: "Saved. A version you save now keeps these choices.",
    conflict: "The plan changed in another tab. Nothing was saved: look again and choose.",
    versionNote:
      "This version keeps the choices it was saved with. To change them, change what goes on each copy in the plan and save a new version.",
    editLink: "Change what goes on each copy",
    previewTitle: "What each copy will hold",
    previewIntro: "This is exactly what each paper will say, before anything prints.",
    onlyNumbers: "Nothing from the plan: only the numbers below.",
    print: "Print",
    download: (copy: string, language: string) => `${copy}: download in ${language}`,
    toPreview: "See what each copy holds, then print",
    adultTitle: "Make a trusted-adult copy",
    adultIntro: "Pick the adult from the plan's people. The copy is in the adult's language, and it is recorded who it was made for and when.",
    adultPerson: "Who is it for?",
    adultPick: "Choose a person",
    adultLanguage: "In which language does this adult read?",
    adultMake: "Make the copy and download it",
    adultLinked: (name: string) =>
      `A trusted-adult copy can't be made for ${name}. Talk with your provider about who to share it with.`,
    adultUnknown: "Please choose a person from the plan.",
    adultPickLanguage: "Please choose the language this adult reads.",
    adultMade: "Trusted-adult copies made of this version",
    adultRow: (name: string, language: string, when: string) => `For ${name}, in ${language}, ${when}`,
    adultAgain: "Download again",
  },
} as const satisfies Record<string, unknown>;

export type CopiesText = Widen<typeof copiesEn>;
