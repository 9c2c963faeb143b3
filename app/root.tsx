import "../templates/zod-setup";
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { refusalReason } from "./i18n/refusals";
import { uiText, UiLanguage, useRequestLanguage, useUi } from "./i18n/ui";
import { useNonce } from "./components/nonce";
import styles from "./styles.css";
import { interfaceLanguage } from "./utils/language.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { language: await interfaceLanguage(request) };
}

const isNotFound = (error: unknown) => isRouteErrorResponse(error) && error.status === 404;

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  // After an action's error the root loader has not run: the request's language stands in.
  const requestLanguage = useRequestLanguage();
  const language = useRouteLoaderData<typeof loader>("root")?.language ?? requestLanguage;
  const error = useRouteError();
  const ui = uiText(language);
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* The error page's title; every page names itself otherwise (a meta function cannot know the language here). */}
        {error ? <title>{ui.pageTitle(isNotFound(error) ? ui.errors.notFoundTitle : ui.errors.otherTitle)}</title> : null}
        <Meta />
        <Links />
      </head>
      <body>
        <UiLanguage.Provider value={language}>{children}</UiLanguage.Provider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const ui = useUi();
  const notFound = isNotFound(error);
  // A request the app refused says why: its reason is a catalogue key (refuse()), never user text.
  // A 404 says it below, in the same words for a page that is missing and one that is not yours.
  const reason = isRouteErrorResponse(error) && !notFound ? refusalReason(error.data) : undefined;
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
