import { sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { nameContainsPattern } from "../../db/name-search";

/*
 * Finding youth by a part of their chosen name (the dashboard, an admin's records): the names the
 * actor may already list, folded (db/name-search.ts), in name order, the first NAME_SEARCH_LIMIT.
 */

export const NAME_SEARCH_LIMIT = 25;

/**
 * The condition "this name column holds the typed text", its folded pattern in the placeholder
 * `pattern`. SQLite's own LIKE folds ASCII case, which is the whole folding of an ASCII name, so
 * only a name with other letters (more bytes than characters) is folded by fold_name: calling it
 * for each of 10,000 names cost a search 3–6 ms.
 */
export const nameHolds = (column: AnySQLiteColumn): SQL =>
  sql`(${column} like ${sql.placeholder("pattern")} escape '\\'
    or (length(${column}) <> length(cast(${column} as blob)) and fold_name(${column}) like ${sql.placeholder("pattern")} escape '\\'))`;

/** The placeholders of a name search: the pattern, and one row past the limit to tell whether there are more. */
export const nameSearchParams = (typed: string) => ({ pattern: nameContainsPattern(typed), limit: NAME_SEARCH_LIMIT + 1 });

export interface NamesFound<Row> {
  rows: Row[];
  /** More names hold the text than are shown: the user types more of it. */
  more: boolean;
}

export const namesFound = <Row>(rows: Row[]): NamesFound<Row> => ({ rows: rows.slice(0, NAME_SEARCH_LIMIT), more: rows.length > NAME_SEARCH_LIMIT });
