import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { acknowledgeConcern, countFlaggedPlans, flaggedCountQuery, listFlaggedPlans } from "../../app/models/concern-review.server";
import { saveSection } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db } from "../../app/models/db.server";
import type { Actor } from "../../app/models/actor";
import { makeAgencies } from "../setup/fixtures";

let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  people = await makeAgencies();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A plan of `owner` whose provider notes raise the imminent-safety flag at `at`. */
function flaggedPlan(owner: Actor, chosenName: string, at: string) {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(at) });
  const { planId } = createYouthWithPlan(owner, { chosenName, preferredLanguage: "en" });
  expect(saveSection(owner, planId, "provider", { notes: "", concern: true }, 0)).toMatchObject({ status: "saved" });
  vi.useRealTimers();
  return planId;
}

const firstPage = { page: 1, size: 50, offset: 0 };

describe("plans waiting for a supervisor's consult", () => {
  it("are counted for the agency's supervisors only, listed newest flag first, and leave when acknowledged", async () => {
    expect(countFlaggedPlans(people.supervisor)).toBe(0);
    const older = flaggedPlan(people.provider, "Older", "2026-11-29T08:00:00Z");
    const newer = flaggedPlan(people.colleague, "Newer", "2026-11-29T20:00:00Z");
    flaggedPlan(people.outsider, "Elsewhere", "2026-11-29T21:00:00Z");

    expect(countFlaggedPlans(people.supervisor)).toBe(2);
    expect(listFlaggedPlans(people.supervisor, firstPage)?.rows.map((p) => p.planId)).toEqual([newer, older]);
    expect(listFlaggedPlans(people.supervisor, firstPage)?.rows[0]?.raisedAt).toEqual(new Date("2026-11-29T20:00:00Z"));
    for (const actor of [people.provider, people.admin, people.outsider]) expect(countFlaggedPlans(actor)).toBeUndefined();

    expect(acknowledgeConcern(people.supervisor, newer, "Called the provider; DCFS report made.")).toBe("acknowledged");
    expect(countFlaggedPlans(people.supervisor)).toBe(1);
    expect(listFlaggedPlans(people.supervisor, firstPage)?.rows.map((p) => p.planId)).toEqual([older]);
  });

  it("are listed a page at a time, each page newest flag first, with the whole queue's total", () => {
    const fresh = [1, 2, 3].map((n) => flaggedPlan(people.provider, `Paged ${n}`, `2026-11-2${n}T08:00:00Z`));
    const all = listFlaggedPlans(people.supervisor, firstPage)!;
    const second = listFlaggedPlans(people.supervisor, { page: 2, size: 2, offset: 2 })!;
    expect(second.total).toBe(all.total);
    expect(second.pages).toBe(Math.ceil(all.total / 2));
    expect(second.rows.map((p) => p.planId)).toEqual(all.rows.slice(2, 4).map((p) => p.planId));
    expect(all.rows.map((p) => p.planId)).toEqual(expect.arrayContaining(fresh));
  });

  it("are counted from the flagged-plans index alone, without reading any plan's draft", () => {
    const { sql, params } = flaggedCountQuery("supervisor").getQuery();
    const values = { userId: people.supervisor.id, orgId: people.supervisor.orgId };
    const bound = params.map((p) => values[(p as { name: keyof typeof values }).name]);
    const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...bound) as { detail: string }[];
    const details = plan.map((row) => row.detail);
    expect(details.filter((d) => /\bplans\b/.test(d))).toEqual([expect.stringContaining("USING COVERING INDEX plans_flagged_idx")]);
  });
});
