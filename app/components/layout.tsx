import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { UserRole } from "../../db/schema";
import { useUi } from "../i18n/ui";
import { IdleWarning } from "./IdleWarning";
import { LanguageSwitch } from "./LanguageSwitch";

export function AppShell({ user, children }: { user: { displayName: string; role: UserRole }; children: ReactNode }) {
  const ui = useUi();
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.shell.skipToContent}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/dashboard">{ui.appName}</Link>
          {user.role === "supervisor" ? <Link to="/review">{ui.shell.flaggedPlans}</Link> : null}
          {user.role === "admin" ? <Link to="/admin">{ui.shell.accountsAndRecords}</Link> : null}
          <span className="spacer" />
          <Link to="/account/two-factor">{ui.account.security}</Link>
          <span>
            {user.displayName} <span className="visually-hidden">({ui.shell.roles[user.role]})</span>
          </span>
          <LanguageSwitch />
          <Form method="post" action="/logout">
            <button type="submit">{ui.shell.logOut}</button>
          </Form>
        </div>
      </header>
      <IdleWarning />
      <main className="page" id="main">
        {children}
      </main>
    </>
  );
}
