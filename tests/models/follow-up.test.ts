import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import {
  getOpenFollowUp,
  listFollowUps,
  pageFollowUpsDue,
  saveFollowUpAnswers,
  startFollowUp,
} from "../../app/models/follow-up.server";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { getVersion, listVersions, saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db, schema } from "../../app/models/db.server";
import type { Actor } from "../../app/models/actor";
import { makeAgencies } from "../setup/fixtures";

let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  people = await makeAgencies();
});

/** A plan with the demo content saved as version 1 (revision 1 after the save). */
function planWithVersion(owner: Actor = people.provider, name = "Robin") {
  const planId = createYouthWithPlan(owner, { chosenName: name, preferredLanguage: "en" }).planId;
  const writes = ["people", "places", "coping", "safer-working", "go-bag"] as const;
  writes.forEach((section, i) => saveSection(owner, planId, section, demoPlanContent[section], i));
  expect(saveVersion(owner, planId, "", writes.length)).toEqual({ status: "saved", number: 1 });
  return { planId, revision: writes.length };
}

describe("starting a follow-up", () => {
  it("is refused on a plan with no saved version", () => {
    const planId = createYouthWithPlan(people.provider, { chosenName: "Ash", preferredLanguage: "en" }).planId;
    expect(startFollowUp(people.provider, planId)).toEqual({ status: "no-version" });
    expect(getOpenFollowUp(people.provider, planId)).toBeUndefined();
  });

  it("revisits the latest version, and starting again resumes it instead of making a second one", () => {
    const { planId } = planWithVersion();
    const started = startFollowUp(people.provider, planId);
    expect(started.status).toBe("started");
    expect(startFollowUp(people.provider, planId)).toEqual({ status: "resumed", id: (started as { id: string }).id });
    expect(db.select().from(schema.followUps).where(eq(schema.followUps.planId, planId)).all()).toHaveLength(1);
    expect(getOpenFollowUp(people.provider, planId)).toMatchObject({ fromVersion: 1, document: { revision: 0, answers: {} } });
  });

  it("makes its prompts from the saved version, not from later changes in the draft", () => {
    const { planId, revision } = planWithVersion();
    saveSection(people.provider, planId, "coping", { chosen: ["journaling"], own: [] }, revision);
    startFollowUp(people.provider, planId);
    const prompts = getOpenFollowUp(people.provider, planId)!.prompts;
    expect(prompts.filter((p) => p.kind === "coping").map((p) => p.subject)).toEqual([
      "Deep breathing",
      "Counting backwards",
      "Moving my body",
      "Music with headphones",
    ]);
    expect(prompts.map((p) => p.kind)).toContain("person");
    expect(prompts.at(-1)?.key).toBe("go-bag");
  });

  it("is for the care team only: colleagues, other agencies, admins and (read-only) supervisors cannot start one", () => {
    const { planId } = planWithVersion();
    for (const actor of [people.colleague, people.outsider, people.admin, people.supervisor]) {
      expect(startFollowUp(actor, planId)).toEqual({ status: "not-found" });
    }
    startFollowUp(people.provider, planId);
    for (const actor of [people.colleague, people.outsider, people.admin]) expect(getOpenFollowUp(actor, planId)).toBeUndefined();
    expect(getOpenFollowUp(people.supervisor, planId)?.fromVersion).toBe(1);
  });
});

describe("saving answers", () => {
  it("keeps a half-done follow-up's answers, and refuses a stale save with what is stored now", () => {
    const { planId } = planWithVersion();
    startFollowUp(people.provider, planId);
    const { id } = getOpenFollowUp(people.provider, planId)!;
    const first = { "coping:deep-breathing": { choice: "used-helped" as const, note: "Before bed" } };
    expect(saveFollowUpAnswers(people.provider, planId, id, first, 0)).toEqual({ status: "saved", revision: 1 });

    const stale = saveFollowUpAnswers(people.provider, planId, id, { "coping:deep-breathing": { choice: "not-used", note: "" } }, 0);
    expect(stale).toEqual({ status: "conflict", current: { revision: 1, answers: first } });

    expect(saveFollowUpAnswers(people.provider, planId, id, { open: { choice: "", note: "Better than last month." } }, 1)).toEqual({
      status: "saved",
      revision: 2,
    });
    expect(getOpenFollowUp(people.provider, planId)!.document.answers).toEqual({ ...first, open: { choice: "", note: "Better than last month." } });
  });

  it("refuses answers from someone off the care team, and to a follow-up that is not this plan's open one", async () => {
    const { planId } = planWithVersion();
    startFollowUp(people.provider, planId);
    const { id } = getOpenFollowUp(people.provider, planId)!;
    expect(saveFollowUpAnswers(people.colleague, planId, id, {}, 0)).toEqual({ status: "not-found" });
    expect(saveFollowUpAnswers(people.supervisor, planId, id, {}, 0)).toEqual({ status: "not-found" });
    const other = planWithVersion();
    expect(saveFollowUpAnswers(people.provider, other.planId, id, {}, 0)).toEqual({ status: "not-found" });
  });
});

describe("version n+1 records the follow-up", () => {
  it("links the new version to the follow-up, sets the next meeting, and closes the follow-up", async () => {
    const { planId, revision } = planWithVersion();
    startFollowUp(people.provider, planId);
    const { id } = getOpenFollowUp(people.provider, planId)!;
    saveFollowUpAnswers(people.provider, planId, id, { "coping:movement": { choice: "not-used", note: "" } }, 0);
    saveSection(people.provider, planId, "coping", { chosen: ["deep-breathing", "journaling"], own: [] }, revision);

    expect(saveVersion(people.provider, planId, "after follow-up", revision + 1, { nextMeeting: "2027-01-08" })).toEqual({
      status: "saved",
      number: 2,
    });
    const v2 = (await getVersion(people.provider, planId, 2))!;
    expect(v2.reviewedOn).toBeInstanceOf(Date);
    expect(v2.content["follow-up"].nextMeeting).toBe("2027-01-08");
    expect(v2.content.coping.chosen).toEqual(["deep-breathing", "journaling"]);
    expect((await getVersion(people.provider, planId, 1))!.reviewedOn).toBeNull();
    expect(listVersions(people.provider, planId).map((v) => v.reviewedOn !== null)).toEqual([false, true]);
    expect(getPlan(people.provider, planId)!.draft["follow-up"].nextMeeting).toBe("2027-01-08");
    expect(db.select().from(schema.plans).where(eq(schema.plans.id, planId)).get()!.nextFollowUp).toBe("2027-01-08");
    expect(db.select().from(schema.planVersions).where(eq(schema.planVersions.planId, planId)).all().map((v) => v.followUpId)).toEqual([
      null,
      id,
    ]);

    expect(getOpenFollowUp(people.provider, planId)).toBeUndefined();
    expect(saveFollowUpAnswers(people.provider, planId, id, {}, 1)).toEqual({ status: "not-found" });
    expect(listFollowUps(people.provider, planId)).toMatchObject([
      { id, fromVersion: 1, producedVersion: 2, answers: { "coping:movement": { choice: "not-used", note: "" } } },
    ]);
    // The next follow-up revisits version 2.
    startFollowUp(people.provider, planId);
    expect(getOpenFollowUp(people.provider, planId)!.fromVersion).toBe(2);
  });

  it("leaves a version without a follow-up unlinked", async () => {
    const { planId, revision } = planWithVersion();
    // A change, so that version 2 is not identical to version 1 (an identical one is not saved without a follow-up).
    const changed = saveSection(people.provider, planId, "coping", { chosen: ["journaling"], own: [] }, revision);
    expect(changed.status).toBe("saved");
    expect(saveVersion(people.provider, planId, "", revision + 1)).toEqual({ status: "saved", number: 2 });
    expect((await getVersion(people.provider, planId, 2))!.reviewedOn).toBeNull();
  });
});

describe("follow-ups due, on fixed dates", () => {
  // 2026-12-01 06:30 UTC is still November 30 in Los Angeles.
  const now = new Date("2026-12-01T06:30:00Z");
  const firstPage = { page: 1, size: 50, offset: 0 };
  /** Page 1 of each due list, as the dashboard asks for them. */
  const listFollowUpsDue = (actor: Actor, at: Date, page = firstPage) => {
    const due = pageFollowUpsDue(actor, { overdue: page, "this-week": page, later: page }, at);
    return { today: due.today, overdue: due.overdue.rows, "this-week": due["this-week"].rows, later: due.later.rows, totals: due };
  };

  it("sorts next meetings into overdue, this week and later on the Los Angeles calendar, with name and last version", async () => {
    const fresh = await makeAgencies();
    const meet = (actor: Actor, name: string, date: string, withVersion: boolean) => {
      const planId = createYouthWithPlan(actor, { chosenName: name, preferredLanguage: "en" }).planId;
      saveSection(actor, planId, "follow-up", { nextMeeting: date, checkOn: "" }, 0);
      if (withVersion) saveVersion(actor, planId, "", 1);
      return planId;
    };
    meet(fresh.provider, "Overdue one", "2026-11-29", true);
    meet(fresh.provider, "Today", "2026-11-30", true);
    meet(fresh.provider, "Six days on", "2026-12-06", false);
    meet(fresh.provider, "A week on", "2026-12-07", true);
    createYouthWithPlan(fresh.provider, { chosenName: "No date", preferredLanguage: "en" });
    meet(fresh.colleague, "Colleague's youth", "2026-11-20", true);
    meet(fresh.outsider, "Other agency", "2026-11-20", true);

    const mine = listFollowUpsDue(fresh.provider, now);
    expect(mine.today).toBe("2026-11-30");
    const names = (rows: { chosenName: string }[]) => rows.map((r) => r.chosenName);
    expect(names(mine.overdue)).toEqual(["Overdue one"]);
    expect(names(mine["this-week"])).toEqual(["Today", "Six days on"]);
    expect(names(mine.later)).toEqual(["A week on"]);
    expect(mine["this-week"].map((r) => r.latestVersion)).toEqual([1, null]);
    expect(mine.overdue[0]).toMatchObject({ nextFollowUp: "2026-11-29", latestVersion: 1 });

    const agency = listFollowUpsDue(fresh.supervisor, now);
    expect(names(agency.overdue)).toEqual(["Colleague's youth", "Overdue one"]);
    expect(names(listFollowUpsDue(fresh.admin, now).overdue)).toEqual([]);
    expect(names(listFollowUpsDue(fresh.outsider, now).overdue)).toEqual(["Other agency"]);

    // Each list pages on its own, with its own total.
    const paging = listFollowUpsDue(fresh.provider, now, { page: 2, size: 1, offset: 1 });
    expect(names(paging["this-week"])).toEqual(["Six days on"]);
    expect(paging.overdue).toEqual([]);
    expect([paging.totals.overdue.total, paging.totals["this-week"].total, paging.totals.later.total]).toEqual([1, 2, 1]);
    expect(paging.totals["this-week"].pages).toBe(2);
  });

  it("lists a meeting again when it is moved after the follow-up held, and counts the held day in Los Angeles", async () => {
    const fresh = await makeAgencies();
    const planId = createYouthWithPlan(fresh.provider, { chosenName: "Moved", preferredLanguage: "en" }).planId;
    saveSection(fresh.provider, planId, "follow-up", { nextMeeting: "2026-11-20", checkOn: "" }, 0);
    saveVersion(fresh.provider, planId, "", 1);
    startFollowUp(fresh.provider, planId);
    // Started 2026-11-21 03:00 UTC: still November 20 in Los Angeles, the meeting's own day.
    db.update(schema.followUps).set({ createdAt: new Date("2026-11-21T03:00:00Z") }).where(eq(schema.followUps.planId, planId)).run();
    saveVersion(fresh.provider, planId, "", 1);
    const overdue = () => listFollowUpsDue(fresh.provider, now).overdue.map((r) => r.chosenName);
    expect(overdue()).toEqual([]);
    // The next meeting, set after that follow-up, is due until a later follow-up is held.
    saveSection(fresh.provider, planId, "follow-up", { nextMeeting: "2026-11-25", checkOn: "" }, 1);
    expect(overdue()).toEqual(["Moved"]);
    // Moved back to the day it was held: done again.
    saveSection(fresh.provider, planId, "follow-up", { nextMeeting: "2026-11-20", checkOn: "" }, 2);
    expect(overdue()).toEqual([]);
  });

  it("no longer lists a meeting once its follow-up was held on or after that date", () => {
    const { planId, revision } = planWithVersion(people.provider, "Held");
    saveSection(people.provider, planId, "follow-up", { nextMeeting: "2020-01-06", checkOn: "" }, revision);
    const due = () => listFollowUpsDue(people.provider, now).overdue.filter((r) => r.planId === planId);
    expect(due()).toHaveLength(1);
    startFollowUp(people.provider, planId);
    expect(due()).toHaveLength(1); // in progress, not held yet
    saveVersion(people.provider, planId, "", revision + 1);
    expect(due()).toHaveLength(0);
  });
});
