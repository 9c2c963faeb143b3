import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { saveVersion } from "../../app/models/version.server";
import { createYouthWithPlan } from "../../app/models/youth.server";
import { closePdfWorkers, PdfBusyError } from "../../app/web/pdf.server";
import { makeAgencies } from "../setup/fixtures";
import { cookieFor, get } from "../setup/handler";

/* Every worker busy and the queue full: the route answers 503 in words, never a 500. */
vi.mock("../../app/web/pdf.server", async (original) => ({
  ...(await original<typeof import("../../app/web/pdf.server")>()),
  getPdf: () => Promise.reject(new PdfBusyError("queue full")),
}));
const { loader } = await import("../../app/routes/plans.$planId.versions.$number.pdf");

let people: Awaited<ReturnType<typeof makeAgencies>>;
let planId: string;

beforeAll(async () => {
  people = await makeAgencies();
  planId = createYouthWithPlan(people.provider, { chosenName: "Sky", preferredLanguage: "en" }).planId;
  saveVersion(people.provider, planId, "", 0);
});

afterAll(async () => {
  await closePdfWorkers();
});

async function refusal(languageCookie: string): Promise<Response> {
  const request = get(`/plans/${planId}/versions/1/pdf?copy=youth`, `${await cookieFor(people.provider)}${languageCookie}`);
  try {
    await loader({ request, params: { planId, number: "1" }, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  throw new Error("the PDF was made");
}

it("asks to try again in a moment, in the interface language, when too many copies are being made", async () => {
  const english = await refusal("");
  expect(english.status).toBe(503);
  expect(english.headers.get("Retry-After")).toBe("5");
  expect(english.headers.get("Cache-Control")).toBe("no-store");
  expect(english.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
  expect(await english.text()).toBe("Many copies are being made right now. Please try again in a moment.");

  const spanish = await refusal("; spb_lang=ImVzIg%3D%3D");
  expect(spanish.status).toBe(503);
  expect(spanish.headers.get("Retry-After")).toBe("5");
  expect(spanish.headers.get("Content-Language")).toBe("es");
  expect(await spanish.text()).toBe("Ahora mismo se están haciendo muchas copias. Inténtalo otra vez en un momento, por favor.");
});
