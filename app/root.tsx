import type { LinksFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";
import styles from "./styles.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // A request the app refused (400) says why; the reason is ours (badRequest), never user text.
  const refusedBecause = isRouteErrorResponse(error) && error.status === 400 && typeof error.data === "string" ? error.data : null;
  return (
    <main className="page narrow">
      <h1>{notFound ? "We couldn't find that page" : "Something went wrong"}</h1>
      {refusedBecause ? <p role="alert">{refusedBecause}</p> : null}
      <p>
        {notFound
          ? "It may not exist, or it may belong to someone else's caseload."
          : "Nothing you saved before this has been lost. Please go back and try again."}
      </p>
      <p>
        <a href="/dashboard">Back to my youth</a>
      </p>
    </main>
  );
}
