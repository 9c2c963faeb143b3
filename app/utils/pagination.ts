/**
 * Page numbers in the query string (`?page=2`), so every list can be walked with plain links
 * that work without JavaScript. Offset paging: the lists are ordered by an indexed column and a
 * page reads the columns it shows for its own rows only, so the rows skipped cost an index step
 * each, not a table read (decision 025).
 *
 * One size for every list (youth, due lists, records, accounts, audit history, versions, the
 * flagged queue): 25 rows, about two screens, what needs doing or was changed last first. Each
 * row costs the page about 70 µs to render and send, so a list's page costs its rows (decision 025).
 */
export const PAGE_SIZE = 25;

/**
 * How much of each due list the dashboard shows: the soonest 5, under the list's total, with a link
 * to the whole list (decision 025: three lists of 10 were 30 of the page's 55 rows).
 */
export const DUE_PREVIEW_SIZE = 5;

export interface Page {
  page: number;
  size: number;
  offset: number;
}

/** The page asked for in `param` (1 when absent or not a positive whole number). */
export function pageFrom(url: URL, param = "page", size = PAGE_SIZE): Page {
  const raw = Number(url.searchParams.get(param));
  const page = Number.isSafeInteger(raw) && raw >= 1 && raw <= 1_000_000 ? raw : 1;
  return { page, size, offset: (page - 1) * size };
}

/** The first `size` rows of a list, whatever the query string says (a list's start shown on another page). */
export const firstPage = (size: number): Page => ({ page: 1, size, offset: 0 });

export interface Paged<Row> {
  rows: Row[];
  total: number;
  page: number;
  pages: number;
  size: number;
}

export function paged<Row>(rows: Row[], total: number, page: Page): Paged<Row> {
  return { rows, total, page: page.page, size: page.size, pages: Math.max(1, Math.ceil(total / page.size)) };
}

/** The current URL's search with `param` set to `value` (removed at page 1), for a pager link. */
export function withParam(search: string, param: string, value: number): string {
  const params = new URLSearchParams(search);
  if (value <= 1) params.delete(param);
  else params.set(param, String(value));
  const query = params.toString();
  return query ? `?${query}` : "?";
}
