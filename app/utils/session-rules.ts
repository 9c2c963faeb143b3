/** Session lifetimes, shared by the server (session.server.ts) and the idle warning in the browser. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** A user's live sessions (browsers) at once; a new login ends the oldest beyond this. */
export const MAX_SESSIONS_PER_USER = 10;
/**
 * The server writes last-seen at most this often, so a session may end this much earlier than
 * 30 minutes after the last page: the browser's warning counts from the earlier time.
 */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;
/** How long before the idle timeout the warning shows. */
export const IDLE_WARNING_LEAD_MS = 3 * 60 * 1000;
/** How long before the idle timeout unsaved typing is saved into the draft without asking. */
export const IDLE_AUTOSAVE_LEAD_MS = 30 * 1000;
/** A youth's own device (joined with a code) ends sooner when left alone. */
export const YOUTH_DEVICE_IDLE_MS = 15 * 60 * 1000;
