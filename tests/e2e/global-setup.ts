import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DATABASE_PATH, REPO_ROOT } from "./playwright.config";

/** The accounts the browser tests log in with; created fresh for every run. */
export const PROVIDER = {
  agency: "E2E agency",
  email: "provider@e2e.local",
  name: "E2E Provider",
  password: "e2e-provider-passphrase",
} as const;

/** A supervisor and an admin of the same agency, for the access tests. */
export const SUPERVISOR = { email: "supervisor@e2e.local", name: "E2E Supervisor", password: "e2e-supervisor-passphrase" } as const;
export const ADMIN = { email: "admin@e2e.local", name: "E2E Admin", password: "e2e-admin-passphrase" } as const;

function createAccount(account: { email: string; name: string; password: string }, role: string, newAgency: boolean) {
  execFileSync(
    join(REPO_ROOT, "node_modules/.bin/tsx"),
    ["app/cli/create-user.ts", "--agency", PROVIDER.agency, ...(newAgency ? ["--new-agency"] : []), "--email", account.email, "--name", account.name, "--role", role],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_PATH, NEW_USER_PASSWORD: account.password },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
}

/**
 * Runs after the webServer is up (Playwright starts webServer plugins before globalSetup) and
 * creates the accounts with the same CLI an agency would use, in the server's database file.
 */
export default function globalSetup(): () => void {
  createAccount(PROVIDER, "provider", true);
  createAccount(SUPERVISOR, "supervisor", false);
  createAccount(ADMIN, "admin", false);
  // The returned function is the teardown, called after the last test (the server may still be up:
  // on Linux it keeps its open files). Only the temporary folder the config made is removed.
  return () => {
    const dir = dirname(DATABASE_PATH);
    if (basename(dir).startsWith("spb-e2e-")) rmSync(dir, { recursive: true, force: true });
  };
}
