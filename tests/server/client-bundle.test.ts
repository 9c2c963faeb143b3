import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// What the browser is sent, read from the build's own record of it (npm test builds first).
// Sizes per page are measured by `npm run bench:bundle`; these are the causes it found, held here.
const metafile = JSON.parse(readFileSync(join(import.meta.dirname, "../../build/metafile.js.json"), "utf8")) as {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
};
const browserInputs = [...new Set(Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs)))];

describe("client bundle", () => {
  it("carries none of zod's translated messages (refusals are ours, in app/i18n)", () => {
    const locales = browserInputs.filter((input) => /node_modules\/zod\/.*locales\//.test(input));
    // zod's classic entry configures its English messages itself; no other locale is reachable.
    expect(locales.filter((input) => !input.endsWith("/locales/en.js"))).toEqual([]);
  });
});
