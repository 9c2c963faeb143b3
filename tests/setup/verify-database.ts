import Database from "better-sqlite3";
import { planContentSchema } from "../../templates/csecy-safety-plan/schema";
import { DRIVEN_FIELDS, type Attempt } from "./save-driver";

/**
 * Checks a database file against the saves clients attempted, on a fresh connection, and returns
 * every problem found (empty when all is well):
 * - PRAGMA integrity_check says ok;
 * - each plan's versions are numbered 1..n without gaps or duplicates, every acknowledged
 *   version number exists and every version's content passes the plan schema (none half-written);
 * - every acknowledged version holds the next meeting its save set;
 * - no two acknowledged saves of a plan (sections, and versions, which move the next meeting)
 *   were made at the same revision (a stale write was never applied) and the plan's revision is
 *   at least every acknowledged one;
 * - each driven section holds its last acknowledged value, or a later save that was sent but not
 *   answered (the server died after committing it);
 * - every acknowledged section save has its audit row.
 */
export function problemsAfterSaves(databasePath: string, attempts: Attempt[]): string[] {
  const problems: string[] = [];
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== "ok") problems.push(`integrity_check: ${integrity.slice(0, 3).join("; ")}`);
    for (const planId of new Set(attempts.map((a) => a.planId))) {
      const ofPlan = attempts.filter((a) => a.planId === planId);
      const acked = ofPlan.filter((a) => a.outcome === "acked");
      const versions = db.prepare("select number, content from plan_versions where plan_id = ? order by number").all(planId) as { number: number; content: string }[];
      versions.forEach((v, i) => {
        if (v.number !== i + 1) problems.push(`plan ${planId}: version ${v.number} where ${i + 1} was expected`);
        if (!planContentSchema.safeParse(JSON.parse(v.content)).success) problems.push(`plan ${planId}: version ${v.number} content does not pass the schema`);
      });
      for (const a of acked.filter((a) => a.kind === "version")) {
        const version = versions.find((v) => v.number === a.versionNumber);
        if (!version) problems.push(`plan ${planId}: acknowledged version ${a.versionNumber} is missing`);
        else if (a.nextMeeting !== undefined && planContentSchema.parse(JSON.parse(version.content))["follow-up"].nextMeeting !== a.nextMeeting) {
          problems.push(`plan ${planId}: version ${a.versionNumber} does not hold the next meeting ${a.nextMeeting} its save set`);
        }
      }
      const sectionSaves = acked.filter((a) => a.kind === "section");
      const draftWrites = acked.filter((a) => a.kind === "section" || a.nextMeeting !== undefined);
      const revisionsUsed = new Set<number>();
      for (const a of draftWrites) {
        if (revisionsUsed.has(a.sentRevision)) problems.push(`plan ${planId}: two saves acknowledged at revision ${a.sentRevision}`);
        revisionsUsed.add(a.sentRevision);
      }
      const plan = db.prepare("select revision, draft from plans where id = ?").get(planId) as { revision: number; draft: string };
      const highest = Math.max(0, ...draftWrites.map((a) => a.sentRevision + 1));
      if (plan.revision < highest) problems.push(`plan ${planId}: revision ${plan.revision} is behind acknowledged revision ${highest}`);
      const draft = JSON.parse(plan.draft) as Record<string, Record<string, unknown>>;
      for (const section of Object.keys(DRIVEN_FIELDS) as (keyof typeof DRIVEN_FIELDS)[]) {
        const last = sectionSaves.filter((a) => a.section === section).sort((x, y) => y.sentRevision - x.sentRevision)[0];
        if (!last) continue;
        const stored = section === "questions" ? (draft.questions!.q1 as { text: string }).text : draft[section]![DRIVEN_FIELDS[section]];
        const laterUnanswered = ofPlan.filter((a) => a.outcome === "unanswered" && a.section === section && a.sentRevision > last.sentRevision);
        if (stored !== last.value && !laterUnanswered.some((a) => a.value === stored)) {
          problems.push(`plan ${planId}: ${section} holds ${JSON.stringify(stored)}, not the acknowledged ${JSON.stringify(last.value)}`);
        }
      }
      const audited = (db.prepare("select count(*) as n from audit_events where subject_id = ? and action = 'section_save'").get(planId) as { n: number }).n;
      if (audited < sectionSaves.length) problems.push(`plan ${planId}: ${audited} audit rows for ${sectionSaves.length} acknowledged section saves`);
    }
  } finally {
    db.close();
  }
  return problems;
}
