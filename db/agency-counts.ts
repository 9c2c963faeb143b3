import type Database from "better-sqlite3";

/*
 * agency_counts and agency_due_days are kept by triggers (migration 0015) and read by the
 * supervisors' dashboards and the admins' records instead of counting an agency's rows. Only a
 * write made with those triggers dropped can make them disagree with the rows; `npm run db:check`
 * says so, and `npm run db:check -- --recount` counts them again.
 */

const COUNTED_AGENCIES = `
  SELECT org_id, sum(youth) AS youth, sum(plans) AS plans FROM (
    SELECT org_id, count(*) AS youth, 0 AS plans FROM youth GROUP BY org_id
    UNION ALL
    SELECT org_id, 0, count(*) FROM plans GROUP BY org_id
  ) GROUP BY org_id`;
const STORED_AGENCIES = "SELECT org_id, youth, plans FROM agency_counts WHERE youth != 0 OR plans != 0";

const COUNTED_DUE_DAYS =
  "SELECT org_id, follow_up_due_on AS due_on, count(*) AS plans FROM plans WHERE follow_up_due_on IS NOT NULL GROUP BY org_id, follow_up_due_on";
const STORED_DUE_DAYS = "SELECT org_id, due_on, plans FROM agency_due_days";

/** The agencies whose kept counts differ from a count of their rows, in words; empty when all agree. */
export function agencyCountProblems(sqlite: Database.Database): string[] {
  const differing = (stored: string, counted: string) =>
    sqlite
      .prepare(`SELECT DISTINCT org_id FROM (SELECT * FROM (${stored} EXCEPT ${counted}) UNION ALL SELECT * FROM (${counted} EXCEPT ${stored}))`)
      .pluck()
      .all() as string[];
  return [
    ...differing(STORED_AGENCIES, COUNTED_AGENCIES).map((org) => `agency ${org}: agency_counts differs from its youth and plans`),
    ...differing(STORED_DUE_DAYS, COUNTED_DUE_DAYS).map((org) => `agency ${org}: agency_due_days differs from its plans' meeting dates`),
  ];
}

/** Counts every agency's youth, plans and due days again, in one transaction. */
export function recountAgencies(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    sqlite.exec(`DELETE FROM agency_counts; INSERT INTO agency_counts (org_id, youth, plans) ${COUNTED_AGENCIES};`);
    sqlite.exec(`DELETE FROM agency_due_days; INSERT INTO agency_due_days (org_id, due_on, plans) ${COUNTED_DUE_DAYS};`);
  })();
}
