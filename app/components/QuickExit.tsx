import { useEffect, useRef } from "react";
import { useUi } from "../i18n/ui";

/** Three Shift presses within this time leave the page (as GOV.UK's "Exit this page"). */
const SHIFT_WINDOW_MS = 5000;
/** With JavaScript, the page waits at most this long for the session to end before it leaves anyway. */
const LOCK_WAIT_MS = 1500;

/**
 * Leaves at once for a neutral page and ends the session. Without JavaScript the button posts
 * the form (the server ends the session and redirects). With JavaScript the page is blanked at
 * once, the same POST is sent, and location.replace() swaps this history entry for the neutral
 * page, so Back does not come back here; earlier entries of the plan ask the server again
 * (pages are no-store) and find no session.
 */
export function QuickExit({ neutralUrl }: { neutralUrl: string }) {
  const ui = useUi();
  const leaving = useRef(false);

  async function leave() {
    if (leaving.current) return;
    leaving.current = true;
    document.body.style.visibility = "hidden";
    document.title = "";
    const lock = fetch("/quick-exit", { method: "POST", keepalive: true, redirect: "manual", credentials: "same-origin" }).catch(() => undefined);
    await Promise.race([lock, new Promise((resolve) => setTimeout(resolve, LOCK_WAIT_MS))]);
    window.location.replace(neutralUrl);
  }
  const leaveRef = useRef(leave);
  leaveRef.current = leave;

  useEffect(() => {
    let presses: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Shift" || event.repeat) return;
      const now = Date.now();
      presses = [...presses.filter((t) => now - t < SHIFT_WINDOW_MS), now];
      if (presses.length >= 3) void leaveRef.current();
    };
    // Coming back to a page kept in the back/forward cache: ask the server again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    document.addEventListener("keydown", onKeyDown);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, []);

  return (
    <form
      method="post"
      action="/quick-exit"
      className="quick-exit"
      onSubmit={(event) => {
        event.preventDefault();
        void leave();
      }}
    >
      <button type="submit" className="quick-exit-button">
        {ui.quickExit.button}
      </button>
      <span className="quick-exit-hint">{ui.quickExit.hint}</span>
    </form>
  );
}
