/*
 * Calendar dates (YYYY-MM-DD, no time, no zone), as a plan holds them: arithmetic on the date
 * itself, so no server time zone or daylight-saving change can move a meeting by a day.
 */

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type DueBucket = "overdue" | "this-week" | "later";

/** Overdue before today; due this week from today through six days on; later after that. */
export function dueBucket(meeting: string, today: string): DueBucket {
  if (meeting < today) return "overdue";
  if (meeting <= addDays(today, 6)) return "this-week";
  return "later";
}
