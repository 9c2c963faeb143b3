import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { serverCommand } from "../setup/server-command";

/*
 * Browser tests against the built app (`remix build` first; `npm run test:e2e` does both).
 *
 * Order of start-up, as Playwright runs it: the webServer starts first (it migrates a fresh,
 * empty database at start), then globalSetup creates the test accounts in that same file with
 * the user:create CLI, then the tests run. Both sides use the same DATABASE_PATH.
 *
 * This file is loaded again in every worker process: the temporary database path is put in
 * process.env on the first load, and workers inherit it, so all of them agree on one file.
 */

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const OUTPUT = join(REPO_ROOT, "tests/.output");
const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

process.env.E2E_DATABASE_PATH ??= join(mkdtempSync(join(tmpdir(), "spb-e2e-")), "e2e.db");
export const DATABASE_PATH = process.env.E2E_DATABASE_PATH;
// The test accounts' authenticator apps (tests/setup/one-time-codes.ts), shared by every worker.
process.env.E2E_TOTP_STATE ??= join(dirname(DATABASE_PATH), "totp.json");

/** Debian's Chromium (apt-get install chromium), never a downloaded Playwright browser. */
const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: join(OUTPUT, "test-results"),
  globalSetup: "./global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: join(OUTPUT, "e2e-results.json") }]],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    launchOptions,
    viewport: { width: 1024, height: 800 },
    locale: "en-US",
    timezoneId: "America/Los_Angeles",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "js", use: { javaScriptEnabled: true } },
    { name: "no-js", use: { javaScriptEnabled: false } },
  ],
  webServer: {
    // Started directly (not through npm/npx) so that stopping it stops the server itself.
    command: ["node", ...serverCommand(REPO_ROOT)].join(" "),
    cwd: REPO_ROOT,
    url: `${BASE_URL}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_PATH,
      SEED_DEMO: "0",
      NODE_ENV: "production",
    },
  },
});
