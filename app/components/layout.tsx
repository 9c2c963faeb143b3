import { Form, Link, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useUi, type UiText } from "../i18n/ui";
import { IdleWarning } from "./IdleWarning";
import { LanguageSwitch } from "./LanguageSwitch";
import { QuickExit } from "./QuickExit";

/** A role the interface has a name for (every role: app/i18n/ui/shared.en.ts lists them). */
type RoleName = keyof UiText["shell"]["roles"];
/** What the root loader (app/root.tsx) gives the shell; components do not import routes. */
type RootData = { flaggedCount: number | null };

export function AppShell({ user, children }: { user: { displayName: string; role: RoleName }; children: ReactNode }) {
  const ui = useUi();
  const flaggedCount = useRouteLoaderData<RootData>("root")?.flaggedCount;
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.shell.skipToContent}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/dashboard">{ui.appName}</Link>
          {user.role === "supervisor" ? (
            <Link to="/review" className={flaggedCount ? "flagged-count waiting" : "flagged-count"}>
              {ui.shell.flaggedPlans}{" "}
              <span className="count" aria-hidden="true">
                {flaggedCount ?? 0}
              </span>
              <span className="visually-hidden">{ui.shell.flaggedWaiting(flaggedCount ?? 0)}</span>
            </Link>
          ) : null}
          {user.role === "admin" ? <Link to="/admin">{ui.shell.accountsAndRecords}</Link> : null}
          <span className="spacer" />
          <Link to="/account/two-factor">{ui.shell.security}</Link>
          <span>
            {user.displayName} <span className="visually-hidden">({ui.shell.roles[user.role]})</span>
          </span>
          <LanguageSwitch />
          <Form method="post" action="/logout">
            <button type="submit">{ui.shell.logOut}</button>
          </Form>
          <QuickExit />
        </div>
      </header>
      <IdleWarning />
      <main className="page" id="main">
        {children}
      </main>
    </>
  );
}

/**
 * An account page that is also a step of the login (own password, one-time-code app): mid-login
 * it has no menu, so nothing opens before the step is done; afterwards it sits in the app's shell.
 */
export function AccountShell({ user, duringSignIn, children }: { user: { displayName: string; role: RoleName }; duringSignIn: boolean; children: ReactNode }) {
  return duringSignIn ? (
    <main className="page narrow" id="main">
      <LanguageSwitch />
      {children}
    </main>
  ) : (
    <AppShell user={user}>{children}</AppShell>
  );
}
