import "../templates/zod-setup";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
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
import { pageTitle } from "./i18n/meta";
import { UiLanguage, useUi } from "./i18n/ui";
import { useNonce } from "./components/nonce";
import styles from "./styles.css";
import { interfaceLanguage } from "./utils/language.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** The title of the error page (every page names its own otherwise). */
export const meta: MetaFunction = ({ error, matches }) =>
  pageTitle(matches, (ui) => (isRouteErrorResponse(error) && error.status === 404 ? ui.errors.notFoundTitle : ui.errors.otherTitle));

export async function loader({ request }: LoaderFunctionArgs) {
  return { language: await interfaceLanguage(request) };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const language = useRouteLoaderData<typeof loader>("root")?.language ?? "en";
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
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
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // A request the app refused (400) says why; the reason is ours (badRequest), never user text.
  const refusedBecause = isRouteErrorResponse(error) && error.status === 400 && typeof error.data === "string" ? error.data : null;
  return (
    <main className="page narrow" id="main">
      <h1>{notFound ? ui.errors.notFoundTitle : ui.errors.otherTitle}</h1>
      {refusedBecause ? <p role="alert">{refusedBecause}</p> : null}
      <p>{notFound ? ui.errors.notFound : ui.errors.other}</p>
      <p>
        <a href="/dashboard">{ui.errors.backHome}</a>
      </p>
    </main>
  );
}
