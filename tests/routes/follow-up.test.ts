import { describe, expect, it } from "vitest";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { getOpenFollowUp } from "../../app/models/follow-up.server";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db, schema } from "../../app/models/db.server";
import { makeAgencies } from "../setup/fixtures";
import { cookieFor, get, html, post, signedInApp } from "../setup/handler";

const { handle, people, cookie } = await signedInApp();

function planWithVersion(name = "Wren") {
  const planId = createYouthWithPlan(people.provider, { chosenName: name, preferredLanguage: "en" }).planId;
  const writes = ["people", "places", "coping", "go-bag"] as const;
  writes.forEach((section, i) => saveSection(people.provider, planId, section, demoPlanContent[section], i));
  saveVersion(people.provider, planId, "", writes.length);
  return planId;
}

const page = async (path: string, who = cookie) => {
  const response = await handle(get(path, who));
  return { status: response.status, body: await html(response) };
};

/** The answers form as a browser sends it. */
function answers(planId: string, fields: Record<string, string>, intent = "save") {
  const followUp = getOpenFollowUp(people.provider, planId)!;
  return { followUpId: followUp.id, intent, ...fields };
}

describe("starting a follow-up from the plan", () => {
  it("explains on the overview and refuses with a clear message when no version is saved", async () => {
    const planId = createYouthWithPlan(people.provider, { chosenName: "Ash", preferredLanguage: "en" }).planId;
    expect((await page(`/plans/${planId}`)).body).toContain("A follow-up looks back at a saved version: save version 1 first");
    const response = await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    expect(response.status).toBe(400);
    expect(await html(response)).toContain("this plan has none yet. Review the plan and save version 1 first");
    expect(db.select().from(schema.followUps).all().some((f) => f.planId === planId)).toBe(false);
  });

  it("starts from the overview's button and asks the prompts of the latest version", async () => {
    const planId = planWithVersion();
    expect((await page(`/plans/${planId}`)).body).toContain("Start a follow-up of version 1");
    const response = await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/plans/${planId}/follow-up`);
    const { body } = await page(`/plans/${planId}/follow-up`);
    expect(body).toContain("Looking back at version 1 together.");
    expect(body).toContain("How did things go since we made this plan?");
    expect(body).toContain("Did you use \u201cDeep breathing\u201d? Did it help?");
    expect(body).toContain("Is Dee still someone you can count on?");
    expect(body).toContain("Are the things you would take if you leave still ready?");
    for (const label of ["Used it, and it helped", "Rather not say", "Skip this one", "Yes, still true"]) expect(body).toContain(label);
    expect((await page(`/plans/${planId}`)).body).toContain("Continue the follow-up");
  });

  it("is not offered to a read-only supervisor, and is a 404 for anyone off the care team", async () => {
    const planId = planWithVersion();
    const supervisor = await cookieFor(people.supervisor);
    expect((await page(`/plans/${planId}`, supervisor)).body).not.toContain("Start a follow-up");
    expect((await page(`/plans/${planId}/follow-up`, supervisor)).status).toBe(404);
    expect((await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, await cookieFor(people.colleague)))).status).toBe(404);
  });
});

describe("a draft that moved on from the latest version", () => {
  it("is said to be kept, and goes into the next version", async () => {
    const planId = planWithVersion();
    await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    const notice = "The plan has changes since version 1 that are not saved in a version yet. They are kept";
    expect((await page(`/plans/${planId}/follow-up`)).body).not.toContain(notice);
    saveSection(people.provider, planId, "refusal", { items: [{ id: "", situation: "At a party", whatIllSay: "No thanks", keepOffPrint: false }] }, getPlan(people.provider, planId)!.revision);
    expect((await page(`/plans/${planId}/follow-up`)).body).toContain(notice);
  });
});

describe("answering", () => {
  it("saves answers, keeps them when the page is opened again, and counts them", async () => {
    const planId = planWithVersion();
    await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    const response = await handle(
      post(
        `/plans/${planId}/follow-up`,
        answers(planId, {
          revision: "0",
          "open.note": "Mostly okay, one bad week.",
          "coping:deep-breathing.choice": "used-helped",
          "coping:deep-breathing.note": "At night",
          "person:demo-person-dee.choice": "rather-not-say",
          "go-bag.choice": "skipped",
        }),
        cookie,
      ),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/plans/${planId}/follow-up?saved=1`);
    expect(getOpenFollowUp(people.provider, planId)!.document.answers).toMatchObject({
      open: { choice: "", note: "Mostly okay, one bad week." },
      "coping:deep-breathing": { choice: "used-helped", note: "At night" },
      "person:demo-person-dee": { choice: "rather-not-say", note: "" },
      "go-bag": { choice: "skipped", note: "" },
    });
    // One part at a time: how things went first, the coping strategies in part 2.
    const { body } = await page(`/plans/${planId}/follow-up?saved=1`);
    expect(body).toContain("Answers saved.");
    expect(body).toContain("Part 1 of 5. 4 of ");
    expect(body).toContain("Mostly okay, one bad week.</textarea>");
    expect(body).not.toContain('name="coping:deep-breathing.choice"');
    const coping = (await page(`/plans/${planId}/follow-up?part=2`)).body;
    expect(coping).toContain("Part 2 of 5.");
    expect(coping).toMatch(/name="coping:deep-breathing.choice"[^>]*checked="" value="used-helped"/);
  });

  it("goes one part at a time: a part's buttons save it and move, and answers of the other parts stay as saved", async () => {
    const planId = planWithVersion();
    await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    const first = await handle(post(`/plans/${planId}/follow-up`, answers(planId, { revision: "0", part: "1", "open.note": "Okay" }, "part-2"), cookie));
    expect(first.headers.get("Location")).toBe(`/plans/${planId}/follow-up?part=2&saved=1`);
    const coping = (await page(`/plans/${planId}/follow-up?part=2`)).body;
    expect(coping).toContain("Save and go on: People");
    expect(coping).toContain("Save and go back a part");
    expect(coping).toContain("How things went (1/1)");
    const second = await handle(
      post(`/plans/${planId}/follow-up`, answers(planId, { revision: "1", part: "2", "coping:deep-breathing.choice": "not-used", "coping:deep-breathing.note": "" }, "part-1"), cookie),
    );
    expect(second.headers.get("Location")).toBe(`/plans/${planId}/follow-up?saved=1`);
    expect(getOpenFollowUp(people.provider, planId)!.document.answers).toEqual({
      open: { choice: "", note: "Okay" },
      "coping:deep-breathing": { choice: "not-used", note: "" },
    });
    expect((await page(`/plans/${planId}/follow-up?part=99`)).body).toContain("Part 1 of 5.");
    expect((await handle(post(`/plans/${planId}/follow-up`, answers(planId, { revision: "2" }, "part-x"), cookie))).status).toBe(400);
  });

  it("refuses an answer that does not fit its question, keeping what was typed and saving nothing", async () => {
    const planId = planWithVersion();
    await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    const response = await handle(
      post(`/plans/${planId}/follow-up`, answers(planId, { revision: "0", "open.note": "Typed and kept", "person:demo-person-dee.choice": "used-helped" }), cookie),
    );
    expect(response.status).toBe(400);
    const body = await html(response);
    expect(body).toContain("Please pick one of the answers.");
    expect(body).toContain("Typed and kept</textarea>");
    expect(getOpenFollowUp(people.provider, planId)!.document).toEqual({ revision: 0, answers: {} });
  });

  it("when two providers answer at once, refuses the later save and shows both answers: none is lost", async () => {
    const planId = planWithVersion();
    await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    // Both opened the form at revision 0; the first saves.
    await handle(post(`/plans/${planId}/follow-up`, answers(planId, { revision: "0", "coping:movement.choice": "used-helped", "coping:movement.note": "Basketball" }), cookie));
    const second = await handle(
      post(`/plans/${planId}/follow-up`, answers(planId, { revision: "0", part: "2", "coping:movement.choice": "not-used", "coping:movement.note": "From the second tab" }), cookie),
    );
    expect(second.status).toBe(409);
    const body = await html(second);
    expect(body).toContain("Someone else saved answers to this follow-up since you opened this page.");
    expect(body).toContain("Saved meanwhile by someone else: Used it, and it helped: Basketball");
    expect(body).toContain("Part 2 of 5.");
    expect(body).toContain("From the second tab</textarea>");
    expect(body).toMatch(/name="coping:movement.choice"[^>]*checked="" value="not-used"/);
    expect(body).toContain('name="revision" value="1"');
    expect(getOpenFollowUp(people.provider, planId)!.document.answers["coping:movement"]).toEqual({ choice: "used-helped", note: "Basketball" });
    // Saving again, now at the current revision, keeps what the second provider chose.
    const again = await handle(
      post(`/plans/${planId}/follow-up`, answers(planId, { revision: "1", part: "2", "coping:movement.choice": "not-used", "coping:movement.note": "From the second tab" }), cookie),
    );
    expect(again.status).toBe(302);
    expect(again.headers.get("Location")).toBe(`/plans/${planId}/follow-up?part=2&saved=1`);
    expect(getOpenFollowUp(people.provider, planId)!.document.answers["coping:movement"]?.choice).toBe("not-used");
  });

  it("audits starting and saving a follow-up by plan id, with no answer in the audit trail", async () => {
    const planId = planWithVersion();
    await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    await handle(post(`/plans/${planId}/follow-up`, answers(planId, { revision: "0", "open.note": "A secret only for the plan" }), cookie));
    const rows = db.select().from(schema.auditEvents).all().filter((e) => e.subjectId === planId);
    expect(rows.map((e) => e.action)).toEqual(expect.arrayContaining(["follow_up_start", "follow_up_save"]));
    expect(JSON.stringify(rows)).not.toContain("secret");
  });

  it("answers bad requests with 400 and unknown follow-ups with 404, never 500", async () => {
    const planId = planWithVersion();
    await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    const { followUpId } = answers(planId, {});
    expect((await handle(post(`/plans/${planId}/follow-up`, { intent: "save", followUpId }, cookie))).status).toBe(400);
    expect((await handle(post(`/plans/${planId}/follow-up`, { intent: "nonsense" }, cookie))).status).toBe(400);
    expect((await handle(post(`/plans/${planId}/follow-up`, { intent: "save", followUpId: "AAAAAAAAAAAAAAAA", revision: "0" }, cookie))).status).toBe(404);
    expect((await handle(post(`/plans/${planId}/follow-up`, { intent: "save", followUpId: "x", revision: "0" }, cookie))).status).toBe(404);
  });
});

describe("from the follow-up to version n+1", () => {
  it("goes on to the plan, saves version 2 with the next meeting, and shows it was reviewed with the youth", async () => {
    const planId = planWithVersion();
    await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    const done = await handle(post(`/plans/${planId}/follow-up`, answers(planId, { revision: "0", "coping:counting-backwards.choice": "used-not-helped" }, "save-and-update"), cookie));
    expect(done.headers.get("Location")).toBe(`/plans/${planId}?followUp=answered`);
    expect((await page(`/plans/${planId}?followUp=answered`)).body).toContain("Follow-up answers saved. Now change what needs changing together");

    const revision = getPlan(people.provider, planId)!.revision;
    saveSection(people.provider, planId, "coping", { chosen: ["deep-breathing", "movement"], own: ["Music with headphones"] }, revision);
    const review = await page(`/plans/${planId}/review`);
    expect(review.body).toMatch(/This version records the follow-up reviewed with the youth on [A-Z][a-z]{2} \d{1,2}, \d{4}\./);

    const badDate = await handle(post(`/plans/${planId}/review`, { revision: String(revision + 1), note: "", nextMeeting: "next Tuesday" }, cookie));
    expect(badDate.status).toBe(400);
    expect(await html(badDate)).toContain("Please enter a date like 2026-12-05.");

    const saved = await handle(post(`/plans/${planId}/review`, { revision: String(revision + 1), note: "After follow-up", nextMeeting: "2027-01-08" }, cookie));
    expect(saved.headers.get("Location")).toBe(`/plans/${planId}/versions/2?saved=1`);
    const version = (await page(`/plans/${planId}/versions/2?saved=1`)).body;
    expect(version).toMatch(/Reviewed with the youth on [A-Z][a-z]{2} \d{1,2}, \d{4}\./);
    expect(version).toContain("What changed since version 1");
    expect((await page(`/plans/${planId}/versions`)).body).toContain("Reviewed with the youth on");
    expect(getPlan(people.provider, planId)!.draft["follow-up"].nextMeeting).toBe("2027-01-08");
    expect((await page(`/plans/${planId}`)).body).toContain("Next meeting: Jan 8, 2027.");

    const helped = (await page(`/plans/${planId}/what-helped`)).body;
    expect(helped).toMatch(/<th scope="row">Counting backwards<\/th><td class="outcome not-helped">Used, didn’t help<\/td>/);
    expect(helped).toMatch(/<th scope="row">Deep breathing<\/th><td class="outcome">No answer<\/td>/);
    expect(helped).toContain("and led to ");
  });
});

describe("comparing versions", () => {
  it("compares the latest with the one before by default, section by section", async () => {
    const planId = planWithVersion();
    const revision = getPlan(people.provider, planId)!.revision;
    saveSection(people.provider, planId, "coping", { chosen: ["deep-breathing", "journaling"], own: ["Music with headphones"] }, revision);
    saveVersion(people.provider, planId, "", revision + 1);
    expect((await page(`/plans/${planId}/versions`)).body).toContain("Compare version 2 with version 1");
    const { status, body } = await page(`/plans/${planId}/versions/compare`);
    expect(status).toBe(200);
    expect(body).toContain("Version 1</a> (saved");
    expect(body).toMatch(/<span class="change-label">Removed<\/span><span class="was">Counting backwards<\/span>/);
    expect(body).toMatch(/<span class="change-label">Added<\/span>Writing in a journal/);
    expect(body).toMatch(/<span class="change-label">Removed<\/span><span class="was">Moving my body<\/span>/);
    expect(body).toContain("No changes in: About this plan, Safety questions, People who support me, Safe places and places to avoid, Safer strategies,");
    expect(body).not.toMatch(/<h2 id="compare-people">/);
    expect((await page(`/plans/${planId}/versions/compare?from=2&to=1`)).body).toMatch(/<span class="change-label">Added<\/span>Counting backwards/);
  });

  it("says so with one version, answers 400 to a malformed number and 404 out of reach", async () => {
    const planId = planWithVersion();
    expect((await page(`/plans/${planId}/versions/compare`)).body).toContain("There is only one saved version so far");
    expect((await page(`/plans/${planId}/versions/compare?from=abc&to=1`)).status).toBe(400);
    expect((await page(`/plans/${planId}/versions/compare?from=1&to=9`)).status).toBe(404);
    expect((await page(`/plans/${planId}/versions/compare?from=1&to=1`, await cookieFor(people.colleague))).status).toBe(404);
    expect((await page(`/plans/${planId}/versions/compare?from=1&to=1`, await cookieFor(people.supervisor))).status).toBe(200);
  });
});

describe("the dashboard's follow-up lists", () => {
  it("lists overdue and later meetings with name and last version; a supervisor sees the agency's", async () => {
    const fresh = await makeAgencies();
    const setMeeting = (actor: typeof fresh.provider, name: string, date: string) => {
      const planId = createYouthWithPlan(actor, { chosenName: name, preferredLanguage: "en" }).planId;
      saveSection(actor, planId, "follow-up", { nextMeeting: date, checkOn: "" }, 0);
      saveVersion(actor, planId, "", 1);
    };
    setMeeting(fresh.provider, "Long ago", "2020-01-06");
    setMeeting(fresh.provider, "Far ahead", "2099-06-01");
    setMeeting(fresh.colleague, "Colleague's", "2020-02-03");
    const mine = (await page("/dashboard", await cookieFor(fresh.provider))).body;
    expect(mine).toMatch(/Overdue \(1\)<\/h3>.*Long ago<\/a><\/td><td>Jan 6, 2020<\/td><td>Version 1<\/td>/s);
    expect(mine).toMatch(/Due this week \(0\)/);
    expect(mine).toMatch(/Later \(1\)<\/h3>.*Far ahead/s);
    expect(mine).not.toContain("Colleague&#x27;s");
    const agency = (await page("/dashboard", await cookieFor(fresh.supervisor))).body;
    expect(agency).toContain("Follow-ups in the agency");
    expect(agency).toMatch(/Overdue \(2\)/);
    expect(agency).toContain("Colleague&#x27;s");
  });
});
