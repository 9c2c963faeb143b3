import { beforeAll, describe, expect, it, vi } from "vitest";
import { saveSection } from "../../app/models/plan.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { makeAgencies } from "../setup/fixtures";
import { appHandler, cookieFor, get, html as pageHtml, post } from "../setup/handler";

/*
 * Issue 11, points 8 and 9 through the real request handler: what to do in imminent danger beside
 * the flag, every supervisor told at once (a count on every page, the queue newest first with how
 * long each plan has waited), and Quick exit on every signed-in page.
 */

let handle: (request: Request) => Promise<Response>;
let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  handle = await appHandler();
  people = await makeAgencies();
});

const page = async (path: string, cookie: string) => {
  const response = await handle(get(path, cookie));
  expect(response.status, path).toBe(200);
  return pageHtml(response);
};

function flag(chosenName: string, at: string) {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(at) });
  try {
    const { planId } = createYouthWithPlan(people.provider, { chosenName, preferredLanguage: "en" });
    expect(saveSection(people.provider, planId, "provider", { notes: "", concern: true }, 0)).toMatchObject({ status: "saved" });
    return planId;
  } finally {
    vi.useRealTimers();
  }
}

describe("imminent danger", () => {
  it("the provider notes show the toolkit's 911 instruction and the DCFS hotline beside the flag, in en and es", async () => {
    const planId = createYouthWithPlan(people.provider, { chosenName: "Quill", preferredLanguage: "en" }).planId;
    const cookie = await cookieFor(people.provider);
    const en = await page(`/plans/${planId}/sections/provider`, cookie);
    expect(en).toContain("If there is an imminent threat to the youth’s safety, and in all emergencies, call 9-1-1.");
    expect(en).toContain("Child Protection Hotline (CPS) with DCFS at 1-800-540-4000");
    expect(en).toContain("From the LA County CSECY toolkit.".replace("From", "Both from"));
    expect(en).toContain("tells every supervisor of your agency at once");

    const es = await handle(post("/language", { language: "es", redirectTo: `/plans/${planId}/sections/provider` }, cookie));
    const esCookie = [cookie, es.headers.get("Set-Cookie")!.split(";")[0]].join("; ");
    const spanish = await page(`/plans/${planId}/sections/provider`, esCookie);
    expect(spanish).toContain("llama al 9-1-1");
    expect(spanish).toContain("1-800-540-4000");
  });

  it("every supervisor page shows how many plans wait; the queue lists them newest first with how long each has waited", async () => {
    const supervisor = await cookieFor(people.supervisor);
    expect(await page("/dashboard", supervisor)).toContain('<span class="visually-hidden">0 plans wait for a consult</span>');
    // Two days and five hours ago: a fixed date made "waiting 2 days" (no hours) in the hour it was whole days ago.
    const older = flag("Older", new Date(Date.now() - (2 * 24 + 5) * 3_600_000).toISOString());
    const newer = flag("Newer", new Date(Date.now() - 90 * 60_000).toISOString());
    for (const path of ["/dashboard", "/review", `/plans/${older}`, `/plans/${older}/concern`]) {
      expect(await page(path, supervisor), path).toContain('<span class="visually-hidden">2 plans wait for a consult</span>');
    }
    const queue = await page("/review", supervisor);
    expect(queue.indexOf(`/plans/${newer}/concern`)).toBeLessThan(queue.indexOf(`/plans/${older}/concern`));
    expect(queue).toContain("waiting 1 hour 30 minutes");
    expect(queue).toMatch(/waiting \d+ days? \d+ hours?/);
    expect(await page(`/plans/${newer}/concern`, supervisor)).toContain("call 9-1-1");

    expect(await page("/dashboard", await cookieFor(people.provider))).not.toContain("wait for a consult");
  });
});

describe("Quick exit", () => {
  it("is on every signed-in page, with the head's script (CSP nonce) and the neutral page named for it", async () => {
    const planId = createYouthWithPlan(people.provider, { chosenName: "Sol", preferredLanguage: "en" }).planId;
    const cookie = await cookieFor(people.provider);
    for (const path of ["/dashboard", `/plans/${planId}`, `/plans/${planId}/sections/coping`, `/plans/${planId}/versions`, `/plans/${planId}/together`]) {
      const html = await page(path, cookie);
      expect(html, path).toContain('<form method="post" action="/quick-exit" class="quick-exit" data-quick-exit="">');
      expect(html, path).toContain('<meta name="quick-exit" content="/weather"/>');
      const head = html.slice(0, html.indexOf("</head>"));
      expect(head, path).toContain('document.addEventListener("keydown"');
    }
    for (const path of ["/dashboard", "/review"]) {
      expect(await page(path, await cookieFor(people.supervisor)), path).toContain("data-quick-exit");
    }
    const login = await pageHtml(await handle(get("/login")));
    expect(login).not.toContain('<meta name="quick-exit"');
  });

  it("after it, a record's page sends to a login page whose address names nothing of the record", async () => {
    const planId = createYouthWithPlan(people.provider, { chosenName: "Lark", preferredLanguage: "en" }).planId;
    const cookie = await cookieFor(people.provider);
    const exit = await handle(post("/quick-exit", {}, cookie));
    expect(exit.headers.get("Location")).toBe("/weather");
    for (const path of [`/plans/${planId}/together/coping`, `/plans/${planId}/sections/people`, `/plans/${planId}`, `/youth/${planId}/audit`]) {
      const response = await handle(get(path, cookie));
      expect(response.headers.get("Location"), path).toBe("/login");
    }
  });
});
