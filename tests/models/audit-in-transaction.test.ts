import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAccount, resetPassword, setAccountDisabled } from "../../app/models/accounts.server";
import { acknowledgeConcern, latestConcernReview } from "../../app/models/concern-review.server";
import { startSession, actorForSession } from "../../app/models/session.server";
import { confirmEnrolment, enrolmentSecret, hasTwoFactor, recoveryCodesLeft, verifySecondFactor } from "../../app/models/two-factor.server";
import { changeOwnPassword, createUser } from "../../app/models/user.server";
import { db, schema } from "../../app/models/db.server";
import { verifyPassword } from "../../app/utils/password.server";
import { enrolmentCode } from "../setup/one-time-codes";
import { makeAgencies, makeRecord, TEST_PASSWORD } from "../setup/fixtures";

/*
 * Every change that writes an audit row writes it in the change's own transaction: when the row
 * cannot be written, the change is not kept either. A temporary trigger makes every audit insert
 * fail, as a full disk or a broken table would.
 */

let people: Awaited<ReturnType<typeof makeAgencies>>;

beforeAll(async () => {
  people = await makeAgencies();
});

const breakAuditTable = () =>
  db.$client.exec("CREATE TEMP TRIGGER audit_down BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'audit down'); END");
afterEach(() => db.$client.exec("DROP TRIGGER IF EXISTS temp.audit_down"));

const userRow = (id: string) => db.select().from(schema.users).where(eq(schema.users.id, id)).get()!;
const newPassword = "a river of quiet lanterns 42";
let counter = 0;
const freshUser = (role: "provider" | "supervisor" = "provider") =>
  createUser({ orgId: people.orgId, email: `tx-${++counter}@test.local`, displayName: `Tx ${counter}`, role, password: TEST_PASSWORD });

describe("a change whose audit row cannot be written is not kept", () => {
  it("acknowledging a concern", () => {
    const { planId } = makeRecord(people.provider, "Sage");
    breakAuditTable();
    expect(() => acknowledgeConcern(people.supervisor, planId, "Called the provider.")).toThrow(/audit down/);
    expect(latestConcernReview(people.supervisor, planId)).toBeNull();
  });

  it("an admin creating an account", async () => {
    breakAuditTable();
    await expect(
      createAccount(people.admin, { email: "never@test.local", displayName: "Never", role: "provider", password: newPassword }),
    ).rejects.toThrow(/audit down/);
    expect(db.select().from(schema.users).where(eq(schema.users.email, "never@test.local")).all()).toEqual([]);
  });

  it("an admin disabling an account (its sessions stay too)", async () => {
    const user = await freshUser();
    const token = startSession(user.id);
    breakAuditTable();
    expect(() => setAccountDisabled(people.admin, user.id, true)).toThrow(/audit down/);
    expect(userRow(user.id).disabled).toBe(false);
    expect(actorForSession(token)?.id).toBe(user.id);
  });

  it("an admin setting a new password", async () => {
    const user = await freshUser();
    const token = startSession(user.id);
    breakAuditTable();
    await expect(resetPassword(people.admin, user.id, newPassword)).rejects.toThrow(/audit down/);
    const row = userRow(user.id);
    expect(await verifyPassword(TEST_PASSWORD, row.passwordHash)).toBe(true);
    expect(row.mustChangePassword).toBe(false);
    expect(actorForSession(token)?.id).toBe(user.id);
  });

  it("a user changing their own password", async () => {
    const user = await freshUser();
    breakAuditTable();
    // The failed check of the current password is not at stake here: only the change's own row fails.
    await expect(changeOwnPassword(user, TEST_PASSWORD, newPassword)).rejects.toThrow(/audit down/);
    expect(await verifyPassword(TEST_PASSWORD, userRow(user.id).passwordHash)).toBe(true);
  });

  it("enrolling a one-time-code app, and using a recovery code", async () => {
    const user = await freshUser("supervisor");
    const { secret } = enrolmentSecret(user);
    const { code } = enrolmentCode(secret);
    breakAuditTable();
    await expect(confirmEnrolment(user, code)).rejects.toThrow(/audit down/);
    expect(hasTwoFactor(user)).toBe(false);
    expect(recoveryCodesLeft(user)).toBe(0);

    db.$client.exec("DROP TRIGGER temp.audit_down");
    const enrolled = await confirmEnrolment(user, code);
    if (enrolled.status !== "enrolled") throw new Error("enrolment refused");
    breakAuditTable();
    await expect(verifySecondFactor(user, enrolled.recoveryCodes[0]!)).rejects.toThrow(/audit down/);
    expect(recoveryCodesLeft(user)).toBe(10);
  });
});
