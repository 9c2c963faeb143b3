import { eq } from "drizzle-orm";
import { appendAuditEvent } from "../../db/audit-chain";
import { isStorageFailure } from "../../db/storage";
import { makeAdultCopy } from "../../app/models/print.server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { latestConcernReview } from "../../app/models/concern-review.server";
import { getOpenFollowUp, startFollowUp } from "../../app/models/follow-up.server";
import { getPlan, saveSection } from "../../app/models/plan.server";
import { getRecordSummary } from "../../app/models/records.server";
import { hasTwoFactor } from "../../app/models/two-factor.server";
import { createUser } from "../../app/models/user.server";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { db, schema } from "../../app/models/db.server";
import { verifyPassword } from "../../app/utils/password.server";
import { demoPlanContent } from "../../templates/csecy-safety-plan";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";
import { appHandler, cookieFor, get, html as pageHtml, post } from "../setup/handler";
import { enrolmentCode } from "../setup/one-time-codes";

/*
 * A full disk, simulated with SQLite's max_page_count: the database may not grow by one page, so
 * any write that needs a new page fails with SQLITE_FULL ("database or disk is full"), exactly the
 * error a full disk gives. It is a setting of the connection the app itself uses (the test and
 * the handler share it), so nothing in the app knows it is a simulation.
 */

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;
let cookie: string;
let cookies: Record<"supervisor" | "admin", string>;
const sqlite = db.$client;
const pragma = (name: string) => Number(sqlite.pragma(name, { simple: true }));

/**
 * Writes with `write` until the storage refuses one: the pages it writes to are full too, not just
 * the file. Used for the audit trail, which every change writes to in its own transaction.
 */
function fillWith(write: () => unknown): void {
  for (let i = 0; i < 100_000; i++) {
    try {
      write();
    } catch (error) {
      expect(isStorageFailure(error), String(error)).toBe(true);
      return;
    }
  }
  throw new Error("the storage never filled");
}

/**
 * No free page left inside the file (VACUUM drops them), the file may not grow, and the audit
 * trail's last page is full: the disk is full, and any change (each writes its audit row in its
 * own transaction) or audited read fails as it would on a full disk.
 */
function fillTheDisk(): void {
  sqlite.exec("vacuum");
  expect(pragma("freelist_count")).toBe(0);
  sqlite.pragma(`max_page_count = ${pragma("page_count")}`);
  fillWith(() => appendAuditEvent(sqlite, { orgId: null, userId: null, action: "login_failed", subjectType: null, subjectId: null, detail: "filling the disk" }));
}

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
  cookie = await cookieFor(people.provider);
  cookies = { supervisor: await cookieFor(people.supervisor), admin: await cookieFor(people.admin) };
});

afterEach(() => {
  sqlite.pragma("max_page_count = 4294967294");
});

describe("a full disk", () => {
  it("says so at the form, keeps what was typed and saves nothing; /healthz reports it; both recover", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Rain", preferredLanguage: "en" });
    const path = `/plans/${planId}/sections/follow-up`;
    expect((await handle(get(path, cookie))).status).toBe(200);
    expect(await (await handle(get("/healthz"))).text()).toBe("ok");

    const typed = "Check how the new school is going. ".repeat(100).trim();
    fillTheDisk();

    const refused = await handle(post(path, [["revision", "0"], ["checkOn", typed]], cookie));
    expect(refused.status).toBe(503);
    const page = await pageHtml(refused);
    expect(page).toContain("The app could not save this because its storage is full or not working. Nothing was saved.");
    expect(page).toContain(typed);
    expect(getPlan(people.provider, planId)!.revision).toBe(0);

    const health = await handle(get("/healthz"));
    expect(health.status).toBe(503);
    expect(await health.text()).toBe("database cannot write (storage full or failing)");

    sqlite.pragma("max_page_count = 4294967294");
    expect((await handle(get("/healthz"))).status).toBe(200);
    expect((await handle(post(path, [["revision", "0"], ["checkOn", typed]], cookie))).status).toBe(302);
    expect(getPlan(people.provider, planId)!.draft["follow-up"].checkOn).toBe(typed);
  });

  it("says so in the plan's language, in the together view too", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Luna", preferredLanguage: "es" });
    const typed = "Ir a la biblioteca los martes. ".repeat(120).trim();
    fillTheDisk();
    const refused = await handle(post(`/plans/${planId}/together/follow-up`, [["revision", "0"], ["checkOn", typed]], cookie));
    expect(refused.status).toBe(503);
    const page = await pageHtml(refused);
    expect(page).toContain("La aplicación no pudo guardar esto porque su almacenamiento está lleno o no funciona.");
    expect(page).toContain(typed);
  });
});

const FULL_EN = "The app could not save this because its storage is full or not working. Nothing was saved.";
const FULL_PAGE_EN = "The app could not save this because its storage is full or not working. Nothing was saved. Please go back";
const STRONG_PASSWORD = "a river of quiet lanterns 42";
const userRow = (id: string) => db.select().from(schema.users).where(eq(schema.users.id, id)).get()!;
const accountsNamed = (email: string) => db.select().from(schema.users).where(eq(schema.users.email, email)).all();

/** A plan of the provider with people, places, coping and a go-bag, saved as version 1. */
function versionedPlan(name: string) {
  const { youthId, planId } = createYouthWithPlan(people.provider, { chosenName: name, preferredLanguage: "en" });
  const writes = ["people", "places", "coping", "go-bag"] as const;
  writes.forEach((section, i) => saveSection(people.provider, planId, section, demoPlanContent[section], i));
  saveVersion(people.provider, planId, "", writes.length);
  return { youthId, planId };
}

/**
 * Every form that writes, on a full disk: 503, the message at the form (or, for a form with nothing
 * typed in it, the app's page saying so), what was typed still there, and nothing changed. Each
 * case sets up what the form needs, then fills the disk, posts, and checks.
 */
interface FullDiskCase {
  name: string;
  /** Runs before the disk fills: returns the request to send and the checks after it. */
  prepare: () => Promise<{ request: Request; typed?: string[]; notTyped?: string[]; fill?: () => void; unchanged: () => void | Promise<void> }>;
  /** The form has nothing typed: the answer is the app's own page with the message. */
  pageOnly?: boolean;
}

const cases: FullDiskCase[] = [
  {
    name: "saving a version (review)",
    prepare: async () => {
      const { planId } = createYouthWithPlan(people.provider, { chosenName: "Ash", preferredLanguage: "en" });
      const note = "After the meeting at the youth centre";
      return {
        request: post(`/plans/${planId}/review`, { revision: "0", note, nextMeeting: "2026-12-07" }, cookie),
        typed: [note, "2026-12-07"],
        unchanged: () => expect(getPlan(people.provider, planId)!.versionCount).toBe(0),
      };
    },
  },
  {
    name: "answering a follow-up",
    prepare: async () => {
      const { planId } = versionedPlan("Birch");
      startFollowUp(people.provider, planId);
      const followUp = getOpenFollowUp(people.provider, planId)!;
      const note = "Things went better at school this week";
      return {
        request: post(`/plans/${planId}/follow-up`, { followUpId: followUp.id, intent: "save", revision: "0", part: "1", "open.note": note }, cookie),
        typed: [note],
        unchanged: () => expect(getOpenFollowUp(people.provider, planId)!.document).toEqual(followUp.document),
      };
    },
  },
  {
    name: "starting a follow-up",
    pageOnly: true,
    prepare: async () => {
      const { planId } = versionedPlan("Cedar");
      return {
        request: post(`/plans/${planId}/follow-up`, { intent: "start" }, cookie),
        unchanged: () => expect(getOpenFollowUp(people.provider, planId)).toBeUndefined(),
      };
    },
  },
  {
    name: "a supervisor's consult note",
    prepare: async () => {
      const { planId } = makeRecord(people.provider, "Dune");
      const note = "Called the provider; safety check tomorrow";
      return {
        request: post(`/plans/${planId}/concern`, { note }, cookies.supervisor),
        typed: [note],
        unchanged: () => expect(latestConcernReview(people.supervisor, planId)).toBeNull(),
      };
    },
  },
  {
    name: "adding to the care team",
    pageOnly: true,
    prepare: async () => {
      const { planId } = createYouthWithPlan(people.provider, { chosenName: "Elm", preferredLanguage: "en" });
      return {
        request: post(`/plans/${planId}/team`, { intent: "add", userId: people.colleague.id }, cookie),
        unchanged: () => expect(getPlan(people.colleague, planId)).toBeUndefined(),
      };
    },
  },
  {
    name: "adding a youth",
    prepare: async () => ({
      request: post("/youth/new", { chosenName: "Fennel Typed", preferredLanguage: "en" }, cookie),
      typed: ["Fennel Typed"],
      unchanged: () => expect(db.select().from(schema.youth).where(eq(schema.youth.chosenName, "Fennel Typed")).all()).toEqual([]),
    }),
  },
  {
    name: "what goes on each copy (the ticks come back as sent)",
    prepare: async () => {
      const { planId } = versionedPlan("Gale");
      const before = getPlan(people.provider, planId)!;
      return {
        // Saved: Dee's card ticked. Sent: only the coping strategies on the discreet copy.
        request: post(`/plans/${planId}/copies`, [["revision", String(before.revision)], ["coping:discreet", "on"]], cookie),
        typed: ['name="coping:discreet" aria-label="Coping strategies — Discreet copy (“My notes”)" checked=""'],
        notTyped: ['name="people.demo-person-dee:card" aria-label="Dee — Pocket card" checked=""'],
        unchanged: async () => expect(getPlan(people.provider, planId)!.revision).toBe(before.revision),
      };
    },
  },
  {
    name: "what goes on each copy, chosen by the youth in the together view (the ticks come back as sent)",
    prepare: async () => {
      const { planId } = versionedPlan("Ivy");
      const before = getPlan(people.provider, planId)!;
      return {
        request: post(`/plans/${planId}/together/copies`, [["revision", String(before.revision)], ["coping:discreet", "on"]], cookie),
        typed: ['name="coping:discreet" aria-label="Coping strategies — Discreet copy (“My notes”)" checked=""'],
        notTyped: ['name="people.demo-person-dee:card" aria-label="Dee — Pocket card" checked=""'],
        unchanged: async () => expect(getPlan(people.provider, planId)!.revision).toBe(before.revision),
      };
    },
  },
  {
    name: "making a trusted-adult copy",
    pageOnly: true,
    prepare: async () => {
      const { planId } = versionedPlan("Hazel");
      const adultCopies = () => db.select().from(schema.adultCopies).where(eq(schema.adultCopies.planId, planId)).all();
      return {
        request: post(`/plans/${planId}/versions/1/copies`, { person: "demo-person-dee", language: "es" }, cookie),
        // Copies made until the storage took no more: the form's one is refused.
        fill: () => fillWith(() => makeAdultCopy(people.provider, planId, 1, "demo-person-dee", "en")),
        unchanged: () => expect(adultCopies().filter((copy) => copy.language === "es")).toEqual([]),
      };
    },
  },
  {
    name: "starting again from a version",
    pageOnly: true,
    prepare: async () => {
      const { planId } = versionedPlan("Iris");
      const revision = getPlan(people.provider, planId)!.revision;
      return {
        request: post(`/plans/${planId}/versions/1`, { revision: String(revision) }, cookie),
        unchanged: () => expect(getPlan(people.provider, planId)!.versionCount).toBe(1),
      };
    },
  },
  {
    name: "changing one's own password (never echoed)",
    prepare: async () => {
      const user = await createUser({ orgId: people.orgId, email: "full-own@test.local", displayName: "Own", role: "provider", password: TEST_PASSWORD });
      return {
        request: post("/account/password", { currentPassword: TEST_PASSWORD, newPassword: STRONG_PASSWORD }, await cookieFor(user)),
        notTyped: [TEST_PASSWORD, STRONG_PASSWORD],
        unchanged: async () => expect(await verifyPassword(TEST_PASSWORD, userRow(user.id).passwordHash)).toBe(true),
      };
    },
  },
  {
    name: "enrolling a one-time-code app",
    prepare: async () => {
      const user = await createUser({ orgId: people.orgId, email: "full-enrol@test.local", displayName: "Enrol", role: "provider", password: TEST_PASSWORD });
      const userCookie = await cookieFor(user);
      expect((await handle(get("/account/two-factor", userCookie))).status).toBe(200); // makes the secret to enrol
      const secret = userRow(user.id).totpPendingSecret!;
      return {
        request: post("/account/two-factor", { code: enrolmentCode(secret).code }, userCookie),
        unchanged: () => expect(hasTwoFactor(user)).toBe(false),
      };
    },
  },
  {
    name: "logging in (the password never echoed)",
    prepare: async () => {
      const user = await createUser({ orgId: people.orgId, email: "full-login@test.local", displayName: "Login", role: "provider", password: TEST_PASSWORD });
      const sessions = () => db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id)).all();
      return {
        request: post("/login", { email: "full-login@test.local", password: TEST_PASSWORD }),
        typed: ["full-login@test.local"],
        notTyped: [TEST_PASSWORD],
        unchanged: () => expect(sessions()).toEqual([]),
      };
    },
  },
  {
    name: "handing the screen to the youth",
    pageOnly: true,
    prepare: async () => {
      const { planId } = createYouthWithPlan(people.provider, { chosenName: "Moor", preferredLanguage: "en" });
      const handovers = () => db.$client.prepare("select count(*) as n from audit_events where action = 'together_handover' and subject_id = ?").get(planId);
      // A session of its own: the screen may stay locked (the safe side) when only the row fails.
      return {
        request: post(`/plans/${planId}/together`, { intent: "hand-over" }, await cookieFor(people.provider)),
        unchanged: () => expect(handovers()).toEqual({ n: 0 }),
      };
    },
  },
  {
    name: "an admin creating an account (the password never echoed)",
    prepare: async () => ({
      request: post("/admin", { email: "full-new@test.local", displayName: "Juniper Typed", role: "provider", password: STRONG_PASSWORD }, cookies.admin),
      typed: ["full-new@test.local", "Juniper Typed"],
      notTyped: [STRONG_PASSWORD],
      unchanged: () => expect(accountsNamed("full-new@test.local")).toEqual([]),
    }),
  },
  {
    name: "an admin setting a new password",
    prepare: async () => {
      const user = await createUser({ orgId: people.orgId, email: "full-reset@test.local", displayName: "Reset", role: "provider", password: TEST_PASSWORD });
      return {
        request: post(`/admin/users/${user.id}`, { intent: "reset", password: STRONG_PASSWORD }, cookies.admin),
        notTyped: [STRONG_PASSWORD],
        unchanged: async () => expect(await verifyPassword(TEST_PASSWORD, userRow(user.id).passwordHash)).toBe(true),
      };
    },
  },
  {
    name: "an admin disabling an account",
    pageOnly: true,
    prepare: async () => {
      const user = await createUser({ orgId: people.orgId, email: "full-disable@test.local", displayName: "Disable", role: "provider", password: TEST_PASSWORD });
      return {
        request: post(`/admin/users/${user.id}`, { intent: "disable" }, cookies.admin),
        unchanged: () => expect(userRow(user.id).disabled).toBe(false),
      };
    },
  },
  {
    name: "an admin deleting a record for good",
    prepare: async () => {
      // A small record: deleting a large one frees pages, and its own audit row may then fit (a
      // deletion can succeed on a full disk); this one frees none, so its row cannot be written.
      const { youthId } = createYouthWithPlan(people.provider, { chosenName: "Kestrel", preferredLanguage: "en" });
      return {
        request: post(`/youth/${youthId}/delete`, { confirm: "DELETE" }, cookies.admin),
        typed: ['value="DELETE"'],
        unchanged: () => expect(getRecordSummary(people.admin, youthId)).toBeDefined(),
      };
    },
  },
  {
    name: "an admin's export with a wrong password (its audit row cannot be written)",
    prepare: async () => {
      const { youthId } = makeRecord(people.provider, "Linden");
      const reason = "Records request from the county";
      return {
        request: post(`/youth/${youthId}/export`, { password: "not the password at all", reason }, cookies.admin),
        typed: [reason],
        notTyped: ["not the password at all"],
        unchanged: () => undefined,
      };
    },
  },
];

describe("every form that writes, on a full disk", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { request, typed = [], notTyped = [], fill, unchanged } = await c.prepare();
      fillTheDisk();
      fill?.();
      const refused = await handle(request);
      const page = await pageHtml(refused);
      expect(refused.status, page.slice(0, 400)).toBe(503);
      expect(page).toContain(c.pageOnly ? FULL_PAGE_EN : FULL_EN);
      for (const text of typed) expect(page).toContain(text);
      for (const text of notTyped) expect(page).not.toContain(text);
      await unchanged();
    });
  }

  it("says so in the interface language (Spanish)", async () => {
    fillTheDisk();
    const refused = await handle(post("/youth/new", { chosenName: "Mar Escrito", preferredLanguage: "es" }, `${cookie}; spb_lang=ImVzIg%3D%3D`));
    expect(refused.status).toBe(503);
    const page = await pageHtml(refused);
    expect(page).toContain("La aplicación no pudo guardar esto porque su almacenamiento está lleno o no funciona.");
    expect(page).toContain("Mar Escrito");
  });
});

describe("reading a plan on a full disk", () => {
  it("is refused with 503 and says why, rather than shown without its audit row", async () => {
    const { planId } = createYouthWithPlan(people.provider, { chosenName: "Nettle", preferredLanguage: "en" });
    const rows = () => db.$client.prepare("select count(*) as n from audit_events where subject_id = ? and action = 'plan_view'").get(planId);
    const before = rows();
    fillTheDisk();
    const refused = await handle(get(`/plans/${planId}`, cookie));
    expect(refused.status).toBe(503);
    const page = await pageHtml(refused);
    expect(page).toContain(FULL_PAGE_EN);
    expect(page).not.toContain("Nettle");
    expect(rows()).toEqual(before);
  });
});
