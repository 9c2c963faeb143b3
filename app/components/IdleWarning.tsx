import { useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import {
  IDLE_AUTOSAVE_LEAD_MS,
  IDLE_WARNING_LEAD_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_INTERVAL_MS,
} from "../utils/session-rules";
import { useUi } from "../i18n/ui";

/** The form on this page that saves typing (not the log-out form in the header). */
const savingForm = () => document.querySelector<HTMLFormElement>("main form[method='post' i]");
const formState = (form: HTMLFormElement | null) => (form ? new URLSearchParams(new FormData(form) as unknown as string[][]).toString() : "");

/**
 * Warns a few minutes before the session ends for inactivity, and offers to save what was typed
 * or to stay logged in. If nobody answers, typing that differs from what the page opened with is
 * saved into the plan's draft half a minute before the end, so it is not lost at logout. Counts
 * from the last page or form response, minus the server's last-seen write interval.
 * Without JavaScript there is no warning: the session still ends, and unsaved typing is lost.
 */
export function IdleWarning() {
  const location = useLocation();
  const keepAlive = useFetcher();
  const [warning, setWarning] = useState(false);
  const initialState = useRef("");
  const t = useUi().idle;

  useEffect(() => {
    setWarning(false);
    initialState.current = formState(savingForm());
    const sessionEnds = Date.now() + SESSION_IDLE_MS - SESSION_TOUCH_INTERVAL_MS;
    const warn = window.setTimeout(() => setWarning(true), sessionEnds - IDLE_WARNING_LEAD_MS - Date.now());
    const autosave = window.setTimeout(() => {
      const form = savingForm();
      if (form && formState(form) !== initialState.current) form.requestSubmit();
    }, sessionEnds - IDLE_AUTOSAVE_LEAD_MS - Date.now());
    return () => {
      window.clearTimeout(warn);
      window.clearTimeout(autosave);
    };
  }, [location.key, keepAlive.data, keepAlive.state]);

  if (!warning) return null;
  const form = typeof document === "undefined" ? null : savingForm();
  return (
    <div className="notice idle-warning" role="alert">
      <p>
        {t.warning(Math.round(IDLE_WARNING_LEAD_MS / 60_000))}
        {form ? t.willSave : ""}
      </p>
      <div className="actions">
        {form ? (
          <button type="button" onClick={() => form.requestSubmit()}>
            {t.saveNow}
          </button>
        ) : null}
        <keepAlive.Form method="post" action="/session/keepalive">
          <button type="submit" className={form ? "secondary" : undefined}>
            {t.stay}
          </button>
        </keepAlive.Form>
      </div>
    </div>
  );
}
