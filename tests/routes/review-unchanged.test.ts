import { describe, expect, it } from "vitest";
import { demoPlanContent, LIMITS } from "../../templates/csecy-safety-plan";
import { uiEn } from "../../app/i18n/ui.en";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { listVersions, saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { get, html, post, signedInApp } from "../setup/handler";

/* "Review and save version n" when nothing changed since the last version (issue 11). */

const { handle, people, cookie } = await signedInApp();

function planWithVersion() {
  const planId = createYouthWithPlan(people.provider, { chosenName: "Fern", preferredLanguage: "en" }).planId;
  saveSection(people.provider, planId, "coping", demoPlanContent.coping, 0);
  expect(saveVersion(people.provider, planId, "", 1)).toEqual({ status: "saved", number: 1 });
  return planId;
}

const review = async (planId: string) => html(await handle(get(`/plans/${planId}/review`, cookie)));
const versionCount = (planId: string) => listVersions(people.provider, planId)?.length;

describe("review with nothing changed since the last version", () => {
  it("says so instead of offering an identical version, and a save through the form is refused", async () => {
    const planId = planWithVersion();
    const page = await review(planId);
    expect(page).toContain("Nothing has changed since version 1, so there is no new version to save.");
    expect(page).not.toContain("Save version 2");
    const { revision, draft } = getPlan(people.provider, planId)!;
    const response = await handle(post(`/plans/${planId}/review`, { revision: String(revision), note: "", nextMeeting: draft["follow-up"].nextMeeting }, cookie));
    expect(response.status).toBe(409);
    expect(await html(response)).toContain("Nothing has changed since version 1");
    expect(versionCount(planId)).toBe(1);
  });

  it("still records a follow-up: version n+1 with the same plan", async () => {
    const planId = planWithVersion();
    await handle(post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie));
    const page = await review(planId);
    expect(page).toContain("Nothing in the plan has changed since version 1. Saving version 2 records the follow-up, with the same plan.");
    expect(page).toContain("Save version 2");
    const { revision } = getPlan(people.provider, planId)!;
    const response = await handle(post(`/plans/${planId}/review`, { revision: String(revision), note: "", nextMeeting: "" }, cookie));
    expect(response.status).toBe(302);
    expect(versionCount(planId)).toBe(2);
  });

  it("saves when the next meeting is set at review, or when a section changed", async () => {
    const planId = planWithVersion();
    const { revision } = getPlan(people.provider, planId)!;
    expect((await handle(post(`/plans/${planId}/review`, { revision: String(revision), note: "", nextMeeting: "2027-02-01" }, cookie))).status).toBe(302);
    expect(versionCount(planId)).toBe(2);
    const next = getPlan(people.provider, planId)!;
    saveSection(people.provider, planId, "coping", { chosen: ["deep-breathing"], own: [] }, next.revision);
    expect(await review(planId)).toContain("Save version 3");
  });
});

describe("a review form refused while nothing changed since the last version", () => {
  it("shows the form again with the message at its field", async () => {
    const planId = planWithVersion();
    const { revision } = getPlan(people.provider, planId)!;
    const response = await handle(post(`/plans/${planId}/review`, { revision: String(revision), note: "x".repeat(LIMITS.versionNote + 1), nextMeeting: "" }, cookie));
    expect(response.status).toBe(400);
    const page = await html(response);
    expect(page).toMatch(/id="[^"]*-note-error" class="field-errors"[^>]*><ul><li>[^<]/);
    expect(page).toContain(uiEn.form.nothingSaved);
    expect(versionCount(planId)).toBe(1);
  });

  it("says why a save sent from a page opened before is refused, though no form is offered", async () => {
    const planId = planWithVersion();
    const { revision } = getPlan(people.provider, planId)!;
    const response = await handle(post(`/plans/${planId}/review`, { revision: String(revision), note: "", nextMeeting: "" }, cookie));
    expect(response.status).toBe(409);
    expect(await html(response)).toMatch(/role="alert" class="notice error"><div[^>]*class="field-errors"[^>]*><ul><li>Nothing has changed since version 1/);
  });
});
