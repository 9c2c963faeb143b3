/** Dates are shown in Los Angeles time, where the app's users are, whatever the server's zone. */
const TIME_ZONE = "America/Los_Angeles";

// Made once: toLocale*String with options builds a new formatter on every call, which cost a
// dashboard of a few hundred youth most of its render time.
const DATE_TIME = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE });
const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: TIME_ZONE });
const ISO_DATE_IN_LOS_ANGELES = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE });
const CALENDAR_DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function formatDateTime(value: Date | string): string {
  return DATE_TIME.format(new Date(value));
}

export function formatDate(value: Date | string): string {
  return DATE.format(new Date(value));
}

/** Today's date as YYYY-MM-DD in Los Angeles. */
export function todayInLosAngeles(now = new Date()): string {
  return ISO_DATE_IN_LOS_ANGELES.format(now);
}

/** A plan's calendar date (YYYY-MM-DD, no time or zone) as "Dec 4, 2026"; empty stays empty. */
export function formatPlanDate(isoDate: string): string {
  if (!isoDate) return "";
  return CALENDAR_DATE.format(new Date(`${isoDate}T12:00:00Z`));
}
