/** Dates are shown in Los Angeles time, where the app's users are, whatever the server's zone. */
const TIME_ZONE = "America/Los_Angeles";


// Made once per locale: toLocale*String with options builds a new formatter on every call, which
// cost a dashboard of a few hundred youth most of its render time.
const formatters = (locale: string) => ({
  dateTime: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }),
  date: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: TIME_ZONE }),
  calendarDate: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }),
});
const FORMATTERS = new Map<string, ReturnType<typeof formatters>>();
function formatterFor(locale: string) {
  let f = FORMATTERS.get(locale);
  if (!f) FORMATTERS.set(locale, (f = formatters(locale)));
  return f;
}
const ISO_DATE_IN_LOS_ANGELES = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE });

/** `locale` is the interface's (ui.locale); English when left out. */
export function formatDateTime(value: Date | string, locale = "en-US"): string {
  return formatterFor(locale).dateTime.format(new Date(value));
}

export function formatDate(value: Date | string, locale = "en-US"): string {
  return formatterFor(locale).date.format(new Date(value));
}

/** Today's date as YYYY-MM-DD in Los Angeles. */
export function todayInLosAngeles(now = new Date()): string {
  return ISO_DATE_IN_LOS_ANGELES.format(now);
}

/** A plan's calendar date (YYYY-MM-DD, no time or zone) as "Dec 4, 2026"; empty stays empty. */
export function formatPlanDate(isoDate: string, locale = "en-US"): string {
  if (!isoDate) return "";
  return formatterFor(locale).calendarDate.format(new Date(`${isoDate}T12:00:00Z`));
}
