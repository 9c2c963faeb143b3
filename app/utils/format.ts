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

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const units = (locale: string) => {
  const unit = (name: "day" | "hour" | "minute") => new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" });
  return { day: unit("day"), hour: unit("hour"), minute: unit("minute"), list: new Intl.ListFormat(locale, { style: "narrow", type: "unit" }) };
};
const UNITS = new Map<string, ReturnType<typeof units>>();

/** How long something has waited, in its two largest units: "2 days, 3 hours", "1 hour, 5 minutes", "4 minutes". */
export function formatWaited(ms: number, locale = "en-US"): string {
  let u = UNITS.get(locale);
  if (!u) UNITS.set(locale, (u = units(locale)));
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  const minutes = Math.max(0, Math.floor((ms % HOUR_MS) / MINUTE_MS));
  if (days > 0) return u.list.format([u.day.format(days), ...(hours ? [u.hour.format(hours)] : [])]);
  if (hours > 0) return u.list.format([u.hour.format(hours), ...(minutes ? [u.minute.format(minutes)] : [])]);
  return u.minute.format(minutes);
}
