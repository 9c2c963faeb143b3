import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { addDays } from "../../app/utils/calendar";
import { todayInLosAngeles } from "../../app/utils/format";
import { databaseBefore } from "../setup/database-before";
import { scratchDirectory } from "../setup/scratch";

/*
 * Migration 0011 fills plans.follow_up_due_on for plans saved before it, in SQL, with the Los
 * Angeles calendar written out (US daylight-saving rule). The app decides the same thing with
 * Intl (refreshFollowUpDue). Follow-ups held hour by hour across both daylight-saving changes and
 * around midnight must give the same answer both ways.
 */

const scratch = scratchDirectory("due-migration");
const HOUR = 3_600_000;

describe("migration 0011 (follow_up_due_on) on plans saved before it", () => {
  it("is due unless the last follow-up held fell on or after the meeting date in Los Angeles, as the app decides it", () => {
    const { file, sqlite: old } = databaseBefore(scratch, "0011", "before-0011.db");
    old.prepare("insert into organizations (id, name, created_at) values ('o', 'Agency', 0)").run();
    old.prepare("insert into users (id, org_id, email, display_name, role, password_hash, disabled, created_at) values ('u', 'o', 'u@a', 'U', 'provider', 'x', 0, 0)").run();
    const youth = old.prepare("insert into youth (id, org_id, chosen_name, preferred_language, created_by, created_at) values (?, 'o', 'Y', 'en', 'u', 0)");
    const plan = old.prepare(
      `insert into plans (id, org_id, youth_id, template_id, template_version, draft, revision, next_follow_up, created_at, updated_at, updated_by)
       values (?, 'o', ?, 't', 1, '{}', 1, ?, 0, 0, 'u')`,
    );
    const followUp = old.prepare(
      "insert into follow_ups (id, plan_id, from_version, answers, produced_version, created_by, created_at, updated_at) values (?, ?, 1, '{}', ?, 'u', ?, ?)",
    );
    const expected = new Map<string, string | null>();
    let n = 0;
    const add = (meeting: string | null, held: { at: number; produced: number | null }[], due: string | null) => {
      const id = `p${n++}`;
      youth.run(`y${id}`);
      plan.run(id, `y${id}`, meeting);
      held.forEach((f, i) => followUp.run(`${id}f${i}`, id, f.produced, f.at, f.at));
      expected.set(id, due);
    };
    // Every hour of two days around each daylight-saving change of 2025 and 2026, and around a
    // winter and a summer midnight.
    const around = ["2025-03-09", "2025-11-02", "2026-03-08", "2026-11-01", "2026-01-15", "2026-07-15"];
    old.exec("begin");
    for (const day of around) {
      const start = Date.parse(`${day}T00:00:00Z`) - 24 * HOUR;
      for (let at = start; at < start + 48 * HOUR; at += HOUR) {
        const heldOn = todayInLosAngeles(new Date(at));
        add(heldOn, [{ at, produced: 2 }], null); // held on the meeting's own day: done
        add(addDays(heldOn, 1), [{ at, produced: 2 }], addDays(heldOn, 1)); // the day before: still due
      }
    }
    const meeting = "2026-06-10";
    add(null, [], null);
    add(meeting, [], meeting);
    // A follow-up in progress is not held; the latest held one counts.
    add(meeting, [{ at: Date.parse("2026-06-11T20:00:00Z"), produced: null }], meeting);
    add(meeting, [{ at: Date.parse("2026-06-01T20:00:00Z"), produced: 2 }, { at: Date.parse("2026-06-12T20:00:00Z"), produced: 3 }], null);
    old.exec("commit");
    old.close();

    const upgraded = openDatabase(file).$client;
    const rows = upgraded.prepare("select id, follow_up_due_on as due from plans").all() as { id: string; due: string | null }[];
    upgraded.close();
    expect(rows.length).toBe(expected.size);
    expect(rows.filter((r) => r.due !== expected.get(r.id))).toEqual([]);
  });
});
