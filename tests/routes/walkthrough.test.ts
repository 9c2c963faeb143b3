import { describe, expect, it } from "vitest";
import { getPlan } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db, schema } from "../../app/models/db.server";
import { TEST_PASSWORD } from "../setup/fixtures";
import { cookieFor, get, html as pageHtml, post, signedInApp } from "../setup/handler";

const { handle, people, cookie } = await signedInApp();

const newPlan = () => createYouthWithPlan(people.provider, { chosenName: "Wren", preferredLanguage: "en" }).planId;

describe("logging in and out", () => {
  it("sends a visitor without a session to the login page, remembering where they were going", async () => {
    const response = await handle(get("/dashboard"));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fdashboard");
  });

  it("refuses a wrong password with one generic message and no cookie", async () => {
    const response = await handle(post("/login", { email: people.provider.email, password: "not the password" }));
    expect(response.status).toBe(401);
    expect(response.headers.get("Set-Cookie")).toBeNull();
    expect(await pageHtml(response)).toContain("That email and password don&#x27;t match an active account.");
  });

  it("sends back what was typed in the form's own fields only, never a field added to the request", async () => {
    const response = await handle(post("/login", { email: "river@test.local", password: "not the password", legalName: "MARKER-unknown-field" }));
    expect(response.status).toBe(401);
    const page = await pageHtml(response);
    expect(page).toContain("river@test.local");
    expect(page).not.toContain("MARKER-unknown-field");
    expect(page).not.toContain("not the password");
  });

  it("logs in with a session cookie and goes back where the user was going", async () => {
    const response = await handle(post("/login", { email: people.provider.email, password: TEST_PASSWORD, redirectTo: "/youth/new" }));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/youth/new");
    expect(response.headers.get("Set-Cookie")).toMatch(/^spb_session=.+; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it("never redirects off the site after login", async () => {
    const response = await handle(post("/login", { email: people.provider.email, password: TEST_PASSWORD, redirectTo: "//evil.example/x" }));
    expect(response.headers.get("Location")).toBe("/dashboard");
  });

  it("ends the session at logout, so the old cookie opens nothing", async () => {
    const own = await cookieFor(people.provider);
    expect((await handle(get("/dashboard", own))).status).toBe(200);
    expect((await handle(post("/logout", {}, own))).status).toBe(302);
    expect((await handle(get("/dashboard", own))).status).toBe(302);
  });
});

describe("adding a youth", () => {
  it("creates the youth and plan and opens the plan overview", async () => {
    const response = await handle(post("/youth/new", { chosenName: "Juniper", preferredLanguage: "en" }, cookie));
    expect(response.status).toBe(302);
    const location = response.headers.get("Location")!;
    expect(location).toMatch(/^\/plans\/[A-Za-z0-9_-]{16}$/);
    const overview = await handle(get(location, cookie));
    const html = await pageHtml(overview);
    expect(html).toContain("Juniper’s plan");
    expect(html).toContain("We have a few things to do today, what would you like to do first?");
  });

  it("asks for a name at the field when it is empty", async () => {
    const response = await handle(post("/youth/new", { chosenName: "  ", preferredLanguage: "en" }, cookie));
    expect(response.status).toBe(400);
    const html = await pageHtml(response);
    expect(html).toMatch(/aria-invalid="true"[^>]*name="chosenName"|name="chosenName"[^>]*aria-invalid="true"/);
    expect(html).toContain("Please enter the name or nickname the youth wants to use.");
  });
});

describe("section forms", () => {
  it("saves a section into the draft and returns to the overview", async () => {
    const planId = newPlan();
    const response = await handle(
      post(`/plans/${planId}/sections/people`, [
        ["revision", "0"],
        ["items[0].nickname", "Dee"],
        ["items[0].contact", "Text any time"],
        ["items[0].knowsSituation", "on"],
        ["items[1].nickname", "Marco"],
        ["items[1].mightBeLinked", "on"],
      ], cookie),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/plans/${planId}?saved=people`);
    const draft = getPlan(people.provider, planId)!.draft;
    expect(draft.people.items.map((p) => [p.nickname, p.knowsSituation, p.mightBeLinked])).toEqual([
      ["Dee", true, false],
      ["Marco", false, true],
    ]);
  });

  it("shows a bad value at its field, keeps everything typed and saves nothing", async () => {
    const planId = newPlan();
    const response = await handle(
      post(`/plans/${planId}/sections/people`, [
        ["revision", "0"],
        ["items[0].nickname", "N".repeat(81)],
        ["items[0].contact", "Call after school"],
      ], cookie),
    );
    expect(response.status).toBe(400);
    const html = await pageHtml(response);
    expect(html).toContain("Please use at most 80 characters.");
    expect(html).toContain('value="Call after school"');
    expect(html).toContain("One answer needs a change before this can be saved.");
    expect(html).toContain('href="#section-people-items[0].nickname"');
    expect(html).toContain('id="section-people-items[0].nickname"');
    expect(html).toContain(`value="${"N".repeat(81)}"`);
    expect(getPlan(people.provider, planId)!.revision).toBe(0);
  });

  it("adds, moves and removes list items without JavaScript, keeping what was typed", async () => {
    const planId = newPlan();
    const base: [string, string][] = [
      ["revision", "0"],
      ["items[0].situation", "At a party"],
      ["items[0].whatIllSay", "No thanks"],
    ];
    const added = await handle(
      post(`/plans/${planId}/sections/refusal`, [...base, ["__intent__", JSON.stringify({ type: "insert", payload: { name: "items" } })]], cookie),
    );
    expect(added.status).toBe(200);
    const html = await pageHtml(added);
    expect(html).toContain('value="No thanks"');
    expect(html).toContain('name="items[1].situation"');

    const two: [string, string][] = [...base, ["items[1].situation", "Online"], ["items[1].whatIllSay", "Blocked"]];
    const intent = (value: object): [string, string] => ["__intent__", JSON.stringify(value)];
    const moved = await pageHtml(
      await handle(post(`/plans/${planId}/sections/refusal`, [...two, intent({ type: "reorder", payload: { name: "items", from: 1, to: 0 } })], cookie)),
    );
    expect(moved.indexOf('value="Blocked"')).toBeLessThan(moved.indexOf('value="No thanks"'));
    expect(moved).toMatch(/name="items\[0\]\.whatIllSay"[^>]*value="Blocked"|value="Blocked"[^>]*name="items\[0\]\.whatIllSay"/);

    const removed = await pageHtml(
      await handle(post(`/plans/${planId}/sections/refusal`, [...two, intent({ type: "remove", payload: { name: "items", index: 0 } })], cookie)),
    );
    expect(removed).not.toContain('value="No thanks"');
    expect(removed).toContain('value="Blocked"');
    expect(getPlan(people.provider, planId)!.revision).toBe(0);
  });

  it("reports a stale form as a conflict, keeps the typed text and does not overwrite", async () => {
    const planId = newPlan();
    await handle(post(`/plans/${planId}/sections/follow-up`, [["revision", "0"], ["checkOn", "First tab"]], cookie));
    const stale = await handle(post(`/plans/${planId}/sections/follow-up`, [["revision", "0"], ["checkOn", "Second tab"]], cookie));
    expect(stale.status).toBe(409);
    const html = await pageHtml(stale);
    expect(html).toContain("This part was saved in another tab or on another device");
    expect(html).toContain("Second tab");
    expect(html).toContain('name="revision" value="1"');
    expect(getPlan(people.provider, planId)!.draft["follow-up"].checkOn).toBe("First tab");
  });

  it("keeps the opened revision when a stale form fails validation, so it cannot overwrite silently", async () => {
    const planId = newPlan();
    await handle(post(`/plans/${planId}/sections/follow-up`, [["revision", "0"], ["checkOn", "First tab"]], cookie));
    const invalid = await handle(post(`/plans/${planId}/sections/follow-up`, [["revision", "0"], ["nextMeeting", "soon"]], cookie));
    expect(invalid.status).toBe(400);
    expect(await pageHtml(invalid)).toContain('name="revision" value="0"');
  });

  it("refuses a form without its revision", async () => {
    const planId = newPlan();
    const response = await handle(post(`/plans/${planId}/sections/coping`, [["chosen", "journaling"]], cookie));
    expect(response.status).toBe(400);
  });
});

describe("versions", () => {
  it("saves versions 1 and 2 from the review page and shows each as it was", async () => {
    const planId = newPlan();
    await handle(post(`/plans/${planId}/sections/questions`, [["revision", "0"], ["q1.text", "I stay with my cousin"]], cookie));
    const v1 = await handle(post(`/plans/${planId}/review`, [["revision", "1"], ["note", "first"]], cookie));
    expect(v1.headers.get("Location")).toBe(`/plans/${planId}/versions/1?saved=1`);
    await handle(post(`/plans/${planId}/sections/questions`, [["revision", "1"], ["q1.text", "I go to the library"]], cookie));
    const v2 = await handle(post(`/plans/${planId}/review`, [["revision", "2"], ["note", "second"]], cookie));
    expect(v2.headers.get("Location")).toBe(`/plans/${planId}/versions/2?saved=1`);

    const page1 = await pageHtml(await handle(get(`/plans/${planId}/versions/1`, cookie)));
    expect(page1).toContain("I stay with my cousin");
    expect(page1).not.toContain("I go to the library");
    const list = await pageHtml(await handle(get(`/plans/${planId}/versions`, cookie)));
    expect(list).toContain("Version 2");
    expect(list).toContain("second");
  });

  it("keeps provider notes folded away on the review page the youth reads", async () => {
    const planId = newPlan();
    await handle(post(`/plans/${planId}/sections/provider`, [["revision", "0"], ["notes", "PRIVATE-NOTE-4411"]], cookie));
    const page = await pageHtml(await handle(get(`/plans/${planId}/review`, cookie)));
    const details = page.indexOf('<details class="private-details">');
    expect(details).toBeGreaterThan(-1);
    expect(page.indexOf("PRIVATE-NOTE-4411")).toBeGreaterThan(details);
    expect(page.slice(details)).toMatch(/^<details class="private-details"><summary>Provider notes \(for you only\)<\/summary>/);
  });

  it("refuses a version save from a review of an older draft", async () => {
    const planId = newPlan();
    await handle(post(`/plans/${planId}/sections/coping`, [["revision", "0"], ["chosen", "journaling"]], cookie));
    const response = await handle(post(`/plans/${planId}/review`, [["revision", "0"], ["note", ""]], cookie));
    expect(response.status).toBe(409);
    expect(await pageHtml(response)).toContain("The plan changed");
  });

  it("starts again from version 1 as version 3", async () => {
    const planId = newPlan();
    await handle(post(`/plans/${planId}/sections/refusal`, [["revision", "0"], ["items[0].whatIllSay", "Not tonight"]], cookie));
    await handle(post(`/plans/${planId}/review`, [["revision", "1"]], cookie));
    await handle(post(`/plans/${planId}/sections/refusal`, [["revision", "1"]], cookie));
    await handle(post(`/plans/${planId}/review`, [["revision", "2"]], cookie));
    const response = await handle(post(`/plans/${planId}/versions/1`, [["revision", "2"]], cookie));
    expect(response.headers.get("Location")).toBe(`/plans/${planId}/versions/3?restored=1`);
    expect(getPlan(people.provider, planId)!.draft.refusal.items.map((r) => r.whatIllSay)).toEqual(["Not tonight"]);
  });
});

describe("ids in URLs", () => {
  it("answers 404 for another agency's plan, a plan outside the care team, and made-up ids", async () => {
    const planId = newPlan();
    const outsider = await cookieFor(people.outsider);
    const colleague = await cookieFor(people.colleague);
    for (const [path, who] of [
      [`/plans/${planId}`, outsider],
      [`/plans/${planId}`, colleague],
      [`/plans/${planId}/sections/people`, colleague],
      [`/plans/${planId}/versions`, outsider],
      [`/plans/${planId}/review`, outsider],
      ["/plans/AAAAAAAAAAAAAAAA", cookie],
      ["/plans/not-an-id", cookie],
      [`/plans/${planId}/sections/nonsense`, cookie],
    ] as const) {
      const response = await handle(get(path, who));
      expect(response.status, path).toBe(404);
      expect(await pageHtml(response)).not.toContain("Wren");
    }
  });

  it("refuses a foreign POST without changing the plan, and audits the denial", async () => {
    const planId = newPlan();
    const outsider = await cookieFor(people.outsider);
    const response = await handle(post(`/plans/${planId}/sections/coping`, [["revision", "0"], ["chosen", "journaling"]], outsider));
    expect(response.status).toBe(404);
    expect(getPlan(people.provider, planId)!.revision).toBe(0);
    const denied = db.select().from(schema.auditEvents).all().filter((e) => e.action === "access_denied" && e.subjectId === planId);
    expect(denied.map((e) => e.userId)).toEqual([people.outsider.id]);
  });

  it("answers 400 for a malformed version number and 404 for one that does not exist", async () => {
    const planId = newPlan();
    expect((await handle(get(`/plans/${planId}/versions/abc`, cookie))).status).toBe(400);
    expect((await handle(get(`/plans/${planId}/versions/0`, cookie))).status).toBe(400);
    expect((await handle(get(`/plans/${planId}/versions/5`, cookie))).status).toBe(404);
  });

  it("lets the supervisor read the plan but not open its forms", async () => {
    const planId = newPlan();
    const supervisor = await cookieFor(people.supervisor);
    expect((await handle(get(`/plans/${planId}`, supervisor))).status).toBe(200);
    expect((await handle(get(`/plans/${planId}/sections/people`, supervisor))).status).toBe(404);
  });
});

describe("what is stored and logged", () => {
  it("keeps plan text out of the audit trail", async () => {
    const planId = newPlan();
    const marker = "MARKER-7f3a-secret-answer";
    await handle(post(`/plans/${planId}/sections/questions`, [["revision", "0"], ["q1.text", marker]], cookie));
    await handle(post(`/plans/${planId}/review`, [["revision", "1"], ["note", marker]], cookie));
    await handle(get(`/plans/${planId}/versions/1`, cookie));
    const rows = JSON.stringify(db.select().from(schema.auditEvents).all());
    expect(rows).not.toContain(marker);
    expect(rows).toContain("section_save");
    expect(rows).toContain("version_save");
  });

  it("answers /healthz without data", async () => {
    const response = await handle(get("/healthz"));
    expect(response.status).toBe(200);
    expect(await pageHtml(response)).toBe("ok");
  });
});
