import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { IdleWarning } from "./IdleWarning";

export function AppShell({ user, children }: { user: { displayName: string; role: string }; children: ReactNode }) {
  return (
    <>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/dashboard">Safety Plan Builder</Link>
          {user.role === "supervisor" ? <Link to="/review">Flagged plans</Link> : null}
          {user.role === "admin" ? <Link to="/admin">Accounts and records</Link> : null}
          <span className="spacer" />
          <span>
            {user.displayName} <span className="visually-hidden">({user.role})</span>
          </span>
          <Form method="post" action="/logout">
            <button type="submit">Log out</button>
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
