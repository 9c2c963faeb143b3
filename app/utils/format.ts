/** Dates are shown in Los Angeles time, where the app's users are, whatever the server's zone. */
const TIME_ZONE = "America/Los_Angeles";

/** `locale` is the interface's (ui.locale); English when left out. */
export function formatDateTime(value: Date | string, locale = "en-US"): string {
  return new Date(value).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE });
}

export function formatDate(value: Date | string, locale = "en-US"): string {
  return new Date(value).toLocaleDateString(locale, { dateStyle: "medium", timeZone: TIME_ZONE });
}

/** Today's date as YYYY-MM-DD in Los Angeles. */
export function todayInLosAngeles(now = new Date()): string {
  return now.toLocaleDateString("en-CA", { timeZone: TIME_ZONE });
}

/** A plan's calendar date (YYYY-MM-DD, no time or zone) as "Dec 4, 2026"; empty stays empty. */
export function formatPlanDate(isoDate: string, locale = "en-US"): string {
  if (!isoDate) return "";
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locale, { dateStyle: "medium", timeZone: "UTC" });
}
