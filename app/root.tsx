import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { PLAN_TEXTS_ATTRIBUTE, planTextLanguages } from "./i18n/plan-text";
import { refusalReason } from "./i18n/refusals";
import { declaredUiGroups, DeclaredUiGroupsProvider, UI_GROUPS_ATTRIBUTE, uiTexts, UiLanguage, useRequestLanguage, useUi } from "./i18n/ui";
import { useNonce } from "./components/nonce";
import { QuickExitScript } from "./components/QuickExit";
import { countFlaggedPlans } from "./models/concern-review.server";
import { getActor } from "./web/auth.server";
import { quickExitUrl } from "./web/quick-exit.server";
import styles from "./styles.css";
import { interfaceLanguage } from "./web/language.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/**
 * The interface language; for a signed-in session also where Quick exit goes (its script acts only
 * then) and, for a supervisor, how many of the agency's plans wait for a consult (every page's top bar).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  return {
    language: await interfaceLanguage(request),
    neutralPage: actor ? quickExitUrl() : null,
    // A youth's joined phone carries nothing of the provider's, not even this count.
    flaggedCount: actor && !actor.youthDevice ? (countFlaggedPlans(actor) ?? null) : null,
  };
}

/** Every navigation reads the session again: the flagged count stays current, and Quick exit follows a login or logout. */
export const shouldRevalidate: ShouldRevalidateFunction = () => true;

const isNotFound = (error: unknown) => isRouteErrorResponse(error) && error.status === 404;

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  // After an action's error the root loader has not run: the request's language stands in.
  const requestLanguage = useRequestLanguage();
  const rootData = useRouteLoaderData<typeof loader>("root");
  const language = rootData?.language ?? requestLanguage;
  const error = useRouteError();
  const matches = useMatches();
  const uiGroups = declaredUiGroups(matches);
  const ui = uiTexts(language, uiGroups);
  const planTexts = planTextLanguages(matches);
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* The error page's title; every page names itself otherwise (a meta function cannot know the language here). */}
        {error ? <title>{ui.pageTitle(isNotFound(error) ? ui.errors.notFoundTitle : ui.errors.otherTitle)}</title> : null}
        {rootData?.neutralPage ? <meta name="quick-exit" content={rootData.neutralPage} /> : null}
        {rootData?.neutralPage ? <QuickExitScript nonce={nonce} /> : null}
        <Meta />
        <Links />
      </head>
      {/* Tell entry.client.tsx which interface-text groups (i18n/ui.ts) and plan-template texts (i18n/plan-text.ts) to load before hydrating. */}
      <body
        {...(uiGroups.length > 0 ? { [UI_GROUPS_ATTRIBUTE]: uiGroups.join(" ") } : {})}
        {...(planTexts.length > 0 ? { [PLAN_TEXTS_ATTRIBUTE]: planTexts.join(" ") } : {})}
      >
        <DeclaredUiGroupsProvider value={uiGroups}>
          <UiLanguage.Provider value={language}>{children}</UiLanguage.Provider>
        </DeclaredUiGroupsProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  // Marks the document once React has hydrated it: a key pressed during React 18's transition
  // hydration of the document can end it in error 345, so browser tests type only after this.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const ui = useUi();
  const notFound = isNotFound(error);
  // A request the app refused says why: its reason is a catalogue key (refuse()), never user text.
  // A 404 says it below, in the same words for a page that is missing and one that is not yours.
  const reason = isRouteErrorResponse(error) && !notFound ? refusalReason(error.data, ui.refusals) : undefined;
  return (
    <main className="page narrow" id="main">
      <h1>{notFound ? ui.errors.notFoundTitle : ui.errors.otherTitle}</h1>
      {reason ? <p role="alert">{ui.refusals[reason]}</p> : null}
      <p>{notFound ? ui.errors.notFound : ui.errors.other}</p>
      <p>
        <a href="/dashboard">{ui.errors.backHome}</a>
      </p>
    </main>
  );
}
