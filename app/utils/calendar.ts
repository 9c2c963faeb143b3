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

export const DUE_BUCKETS: readonly DueBucket[] = ["overdue", "this-week", "later"];

/** Above every meeting date (YYYY-MM-DD, month at most 12): the open end of "later". */
const AFTER_EVERY_DATE = "9999-13";

/**
 * Each list's meeting dates as a half-open range [from, to): overdue before today; due this week
 * from today through six days on; later after that. The due lists query these ranges in SQL.
 */
export function dueRanges(today: string): Record<DueBucket, { from: string; to: string }> {
  const weekEnd = addDays(today, 7);
  return { overdue: { from: "", to: today }, "this-week": { from: today, to: weekEnd }, later: { from: weekEnd, to: AFTER_EVERY_DATE } };
}
