import { Link } from "@remix-run/react";
import { useUi } from "../i18n/ui";
import { formatPlanDate } from "../utils/format";

/** A plan whose next meeting is still to be held, as a due list shows it. */
export interface DueRow {
  planId: string;
  chosenName: string;
  nextFollowUp: string;
  latestVersion: number | null;
}

/** The rows of a due list: the youth (a link to the plan), the meeting date and the last saved version. */
export function DueFollowUpsTable({ rows, labelledBy }: { rows: readonly DueRow[]; labelledBy: string }) {
  const ui = useUi("lists");
  const t = ui.dashboard;
  return (
    <table aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t.name}</th>
          <th scope="col">{t.nextMeeting}</th>
          <th scope="col">{t.lastVersion}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.planId}>
            <td>
              <Link to={`/plans/${row.planId}`}>{row.chosenName}</Link>
            </td>
            <td>{formatPlanDate(row.nextFollowUp, ui.locale)}</td>
            <td>{row.latestVersion ? t.version(row.latestVersion) : t.noneSaved}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
