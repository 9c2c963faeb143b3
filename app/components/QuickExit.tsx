import { useUi } from "../i18n/ui";

/** Three Shift presses within this time, with no other key between them, leave the page (as GOV.UK's "Exit this page"). */
const SHIFT_WINDOW_MS = 5000;
/** With JavaScript, the page waits at most this long for the session to end before it leaves anyway. */
const LOCK_WAIT_MS = 1500;

/**
 * Quick exit in the browser, as plain JavaScript in an inline script of the document's head (with
 * the response's CSP nonce), sent only to a signed-in session (login loads a new document): it
 * listens from the first paint, before the page's body has arrived and long before React
 * hydrates, and it stays through client-side navigations. It acts only while
 * `<meta name="quick-exit">` names the neutral page (gone after a logout). It hides the page at once, ends the session with the same POST the button sends
 * without JavaScript, and swaps this history entry for the neutral page (location.replace), so
 * Back does not come back here.
 */
const QUICK_EXIT_SCRIPT = `(function () {
  var presses = [], leaving = false;
  function neutralUrl() {
    var meta = document.querySelector('meta[name="quick-exit"]');
    return meta && meta.getAttribute("content");
  }
  function leave(url) {
    if (leaving) return;
    leaving = true;
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    var gone = false;
    function go() { if (!gone) { gone = true; window.location.replace(url); } }
    try {
      fetch("/quick-exit", { method: "POST", keepalive: true, redirect: "manual", credentials: "same-origin" }).then(go, go);
    } catch (e) { go(); }
    setTimeout(go, ${LOCK_WAIT_MS});
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    if (event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < ${SHIFT_WINDOW_MS}; });
    presses.push(now);
    var url = neutralUrl();
    if (presses.length >= 3 && url) leave(url);
  }, true);
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-quick-exit")) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    leave(neutralUrl() || "/quick-exit");
  }, true);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) window.location.reload();
  });
})();`;

/** The inline script above, for the root's head. In the browser React leaves it as the server sent it. */
export function QuickExitScript({ nonce }: { nonce: string }) {
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: QUICK_EXIT_SCRIPT }} />;
}

/**
 * The Quick exit button. Without JavaScript it posts to /quick-exit (the server ends the session
 * and redirects to the neutral page); with it, the head's script takes the submit over.
 */
export function QuickExit() {
  const ui = useUi();
  return (
    <form method="post" action="/quick-exit" className="quick-exit" data-quick-exit="">
      <button type="submit" className="quick-exit-button">
        {ui.quickExit.button}
      </button>
      <span className="quick-exit-hint">{ui.quickExit.hint}</span>
    </form>
  );
}
