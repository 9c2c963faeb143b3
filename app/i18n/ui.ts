import { createContext, useContext } from "react";
import { LANGUAGES, type Language } from "../../templates/csecy-safety-plan/structure";
import type { UiText } from "./ui.en";
import { SERVER_UI_CATALOGUES } from "./ui-catalogues.server";
import { languageCatalogue } from "./language-catalogue";
import type { SharedText } from "./ui/shared.en";
import type { AccountText } from "./ui/account.en";
import type { AdminText } from "./ui/admin.en";
import type { BuilderText } from "./ui/builder.en";
import type { CopiesText } from "./ui/copies.en";
import type { ListsText } from "./ui/lists.en";
import type { NeutralText } from "./ui/neutral.en";
import type { PlanText } from "./ui/plan.en";
import type { TogetherText } from "./ui/together.en";

export type { UiText } from "./ui.en";

/**
 * The interface texts come in groups (app/i18n/ui/<group>.<language>.ts): the shared one every page
 * shows (the shell, quick exit, errors, refusals, form words, the pager…) and one group per kind of
 * page. On the server every group of every language is at hand. In the browser each group is one
 * chunk per language, and a page loads, before it hydrates, the shared group and the groups its
 * routes declare with `handle = usesUi(…)`, in the languages it shows (entry.client.tsx).
 */
interface UiGroupTexts {
  /** Signing in, unlocking the provider view, the account's own pages. */
  account: AccountText;
  /** The admin's pages, a youth's audit history, export and delete. */
  admin: AdminText;
  /** The dashboard, the due lists, a new youth, the review queue. */
  lists: ListsText;
  /** A plan's overview, versions, a version, compare, what helped, the care team. */
  plan: PlanText;
  /** A plan's sections, review, follow-up and consult. */
  builder: BuilderText;
  /** The together view and joining from a phone. */
  together: TogetherText;
  /** Choosing and previewing the printed copies. */
  copies: CopiesText;
  /** The neutral page Quick exit goes to. */
  neutral: NeutralText;
}
export type UiGroup = keyof UiGroupTexts;

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The shared texts and those of the named groups: the only texts `useUi(…groups)` gives. */
export type UiTexts<G extends UiGroup = never> = SharedText & ([G] extends [never] ? unknown : Intersection<UiGroupTexts[G]>);

// Empty in the browser: Remix's compiler empties a `.server` module there.
const serverTexts: Partial<Record<Language, UiText>> = SERVER_UI_CATALOGUES ?? {};

const shared = languageCatalogue<SharedText>(serverTexts, {
  en: () => import("./ui/shared.en").then((module) => module.sharedEn),
  es: () => import("./ui/shared.es").then((module) => module.sharedEs),
});

// Each loader names its file: esbuild makes a chunk of its own only of an import() it can read.
const groups: { [G in UiGroup]: ReturnType<typeof languageCatalogue<UiGroupTexts[G]>> } = {
  account: languageCatalogue<UiGroupTexts["account"]>(serverTexts, {
    en: () => import("./ui/account.en").then((module) => module.accountEn),
    es: () => import("./ui/account.es").then((module) => module.accountEs),
  }),
  admin: languageCatalogue<UiGroupTexts["admin"]>(serverTexts, {
    en: () => import("./ui/admin.en").then((module) => module.adminEn),
    es: () => import("./ui/admin.es").then((module) => module.adminEs),
  }),
  lists: languageCatalogue<UiGroupTexts["lists"]>(serverTexts, {
    en: () => import("./ui/lists.en").then((module) => module.listsEn),
    es: () => import("./ui/lists.es").then((module) => module.listsEs),
  }),
  plan: languageCatalogue<UiGroupTexts["plan"]>(serverTexts, {
    en: () => import("./ui/plan.en").then((module) => module.planEn),
    es: () => import("./ui/plan.es").then((module) => module.planEs),
  }),
  builder: languageCatalogue<UiGroupTexts["builder"]>(serverTexts, {
    en: () => import("./ui/builder.en").then((module) => module.builderEn),
    es: () => import("./ui/builder.es").then((module) => module.builderEs),
  }),
  together: languageCatalogue<UiGroupTexts["together"]>(serverTexts, {
    en: () => import("./ui/together.en").then((module) => module.togetherEn),
    es: () => import("./ui/together.es").then((module) => module.togetherEs),
  }),
  copies: languageCatalogue<UiGroupTexts["copies"]>(serverTexts, {
    en: () => import("./ui/copies.en").then((module) => module.copiesEn),
    es: () => import("./ui/copies.es").then((module) => module.copiesEs),
  }),
  neutral: languageCatalogue<UiGroupTexts["neutral"]>(serverTexts, {
    en: () => import("./ui/neutral.en").then((module) => module.neutralEn),
    es: () => import("./ui/neutral.es").then((module) => module.neutralEs),
  }),
};

export const UI_GROUPS = Object.keys(groups) as UiGroup[];

/** Makes the shared texts and the named groups of a language available in the browser; resolves at once when they already are. */
export function loadUiTexts(language: Language, named: readonly UiGroup[]): Promise<unknown> {
  return Promise.all([shared.load(language), ...named.map((group) => groups[group].load(language))]);
}

interface UiGroupsHandle {
  uiGroups: readonly UiGroup[];
}

/** A route's handle: its page (the route's component and every component it renders) shows these groups of the interface texts. */
export function usesUi(...named: UiGroup[]): UiGroupsHandle {
  return { uiGroups: named };
}

const declaredLists = new Map<string, readonly UiGroup[]>();

/** The groups the matched routes declare (the same list for the same groups, so a context of it changes only with them). */
export function declaredUiGroups(matches: readonly { handle?: unknown }[]): readonly UiGroup[] {
  const named = matches.flatMap((match) => (match.handle as Partial<UiGroupsHandle> | undefined)?.uiGroups ?? []);
  const declared = UI_GROUPS.filter((group) => named.includes(group));
  const key = declared.join(" ");
  if (!declaredLists.has(key)) declaredLists.set(key, declared);
  return declaredLists.get(key)!;
}

/** The attribute root.tsx puts on <body>, naming those groups (space-separated); read by entry.client.tsx. */
export const UI_GROUPS_ATTRIBUTE = "data-ui-groups";

/** The groups the page's routes declare; root.tsx provides them from the matched routes' handles. */
const DeclaredUiGroups = createContext<readonly UiGroup[]>([]);
export const DeclaredUiGroupsProvider = DeclaredUiGroups.Provider;

/** Each language and set of groups merged once: every component's render asks for them. */
const mergedTexts = new Map<string, object>();

/**
 * A language's shared texts and the named groups, on a page whose routes declare those groups. A
 * group the page's routes do not declare is an error on the server as in the browser (so a route
 * test of the page fails): the browser would not have loaded it before hydrating. In the browser, a
 * group not loaded yet (a client navigation to a page of another group) suspends until it arrives:
 * navigations are transitions, so the page on screen stays until then.
 */
export function uiTexts<G extends UiGroup = never>(language: Language, declared: readonly UiGroup[], ...named: G[]): UiTexts<G> {
  const undeclared = named.filter((group) => !declared.includes(group));
  if (undeclared.length > 0) {
    throw new Error(`interface texts ${undeclared.join(", ")} are shown on a page whose routes do not declare them: add them to the route's handle = usesUi(…)`);
  }
  const key = `${language} ${named.join(" ")}`;
  const merged = mergedTexts.get(key);
  if (merged) return merged as UiTexts<G>;
  const catalogues = [shared, ...named.map((group) => groups[group])];
  // A navigation that needs several groups not loaded yet waits for all of them at once.
  const missing = catalogues.filter((catalogue) => !catalogue.has(language));
  if (missing.length > 0) throw Promise.all(missing.map((catalogue) => catalogue.load(language)));
  const texts = Object.assign({}, ...catalogues.map((catalogue) => catalogue.get(language))) as UiTexts<G>;
  mergedTexts.set(key, texts);
  return texts;
}

/**
 * The interface language of the part of the page below it. The root sets the provider's choice;
 * the together view sets the plan's language (the youth's) for everything it shows.
 */
export const UiLanguage = createContext<Language>("en");

/** The shared interface texts and the named groups, in the language of this part of the page. */
export function useUi<G extends UiGroup = never>(...named: G[]): UiTexts<G> {
  return uiTexts(useContext(UiLanguage), useContext(DeclaredUiGroups), ...named);
}

/** The same, in a given language (a plan's, inside a page in the interface's). */
export function useUiIn<G extends UiGroup = never>(language: Language, ...named: G[]): UiTexts<G> {
  return uiTexts(language, useContext(DeclaredUiGroups), ...named);
}

export function useUiLanguage(): Language {
  return useContext(UiLanguage);
}

/**
 * The interface language of the request being rendered, for the error page when the root loader
 * did not run: an action's error (a refused form posted without JavaScript) skips every loader.
 * entry.server.tsx provides it from the cookie; in the browser it is the language the server
 * rendered the page in, so hydration renders the same text.
 */
const RequestLanguage = createContext<Language>(
  LANGUAGES.find((l) => typeof document !== "undefined" && l === document.documentElement.lang) ?? "en",
);

export const RequestLanguageProvider = RequestLanguage.Provider;

export function useRequestLanguage(): Language {
  return useContext(RequestLanguage);
}
