import { beforeAll, describe, expect, it } from "vitest";
import { confirmEnrolment, enrolmentSecret, verifySecondFactor } from "../../app/models/two-factor.server";
import { createUser } from "../../app/models/user.server";
import { enrolmentCode, nextLoginCode, rememberApp } from "../setup/one-time-codes";
import { makeAgencies, TEST_PASSWORD } from "../setup/fixtures";

/*
 * The browser tests log in with the test authenticator (tests/setup/one-time-codes.ts). Its codes
 * must be ones the server accepts even when a new time step begins between making a code and
 * checking it, or a login fails now and then for no reason a user would meet.
 */

const STEP_MS = 30_000;
let orgId: string;
let counter = 0;

beforeAll(async () => {
  orgId = (await makeAgencies()).orgId;
});

/** A supervisor who enrolled the test authenticator at `enrolledAt`. */
async function enrolledAccount(enrolledAt: number) {
  const email = `authenticator-${++counter}@test.local`;
  const user = await createUser({ orgId, email, displayName: `Authenticator ${counter}`, role: "supervisor", password: TEST_PASSWORD });
  const { secret } = enrolmentSecret(user);
  const { code, step } = enrolmentCode(secret, enrolledAt);
  const enrolled = await confirmEnrolment(user, code, enrolledAt);
  if (enrolled.status !== "enrolled") throw new Error("enrolment refused");
  rememberApp(email, secret, enrolled.recoveryCodes, step);
  return { user, email };
}

describe("the test authenticator's codes", () => {
  it("are accepted when the next step begins between making the code and checking it", async () => {
    const first = 60_000_000 * STEP_MS;
    const { user, email } = await enrolledAccount(first - 10 * STEP_MS);
    // Each login comes after a quiet spell, made this long before a step ends and checked 500 ms later.
    for (const [i, before] of [9_000, 3_000, 200].entries()) {
      const boundary = first + 10 * i * STEP_MS;
      const code = nextLoginCode(email, boundary - before);
      expect(await verifySecondFactor(user, code, boundary - before + 500), `made ${before} ms before a step ended`).toBe("code");
    }
  });

  it("give three logins in one step before turning to a recovery code", async () => {
    const start = 61_000_000 * STEP_MS;
    const { user, email } = await enrolledAccount(start - 5 * STEP_MS);
    const results = [];
    for (let login = 0; login < 4; login++) results.push(await verifySecondFactor(user, nextLoginCode(email, start + 1_000 + login), start + 1_500 + login));
    expect(results).toEqual(["code", "code", "code", "recovery-code"]);
  });
});
