import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull, lt, or } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import type { SignInStep } from "../../db/schema";
import { db, schema } from "./db.server";
import type { Actor } from "./actor";
import { recordAudit } from "./audit.server";

/*
 * The second factor (ASVS 5.0 level 2, chapter 6): time-based one-time codes (RFC 6238: SHA-1,
 * 6 digits, 30 s, one step either side for clock drift), each accepted once, and ten single-use
 * recovery codes of 120 random bits stored as SHA-256 hashes. Required for supervisors and
 * admins (who reach every youth of an agency, or its accounts), offered to providers.
 */

const ISSUER = "Safety Plan Builder";
/**
 * Wrong codes one account may have in a quarter of an hour, across all its logins, before every
 * code is refused: a login ends after five (login_.code.tsx), and this stops someone who knows
 * the password from simply starting new logins (10^6 codes; ten tries guess one in 33,000).
 */
const MAX_CODE_FAILURES_PER_ACCOUNT = 10;
const CODE_FAILURE_WINDOW_MS = 15 * 60_000;
const PERIOD_MS = 30_000;
export const RECOVERY_CODE_COUNT = 10;

const totp = (secret: string, label = "") => new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
const hashCode = (code: string) => createHash("sha256").update(code).digest("base64url");
/** A recovery code as typed: case, spaces and dashes do not matter. */
const normaliseRecoveryCode = (typed: string) => typed.toLowerCase().replace(/[\s-]/g, "");

/** Whether the role must use a one-time-code app. */
export const roleNeedsTwoFactor = (role: Actor["role"]) => role === "supervisor" || role === "admin";

function twoFactorRow(userId: string) {
  return db
    .select({
      role: schema.users.role,
      totpSecret: schema.users.totpSecret,
      totpPendingSecret: schema.users.totpPendingSecret,
      totpLastStep: schema.users.totpLastStep,
      mustChangePassword: schema.users.mustChangePassword,
    })
    .from(schema.users)
    .where(eq(schema.users.id, userId))
    .get();
}

export function hasTwoFactor(actor: Actor): boolean {
  return Boolean(twoFactorRow(actor.id)?.totpSecret);
}

/**
 * What a login asks next: a one-time code (an enrolled account, before `codeDone`), then a
 * password of one's own (when an admin chose it), then enrolling (supervisors and admins
 * without an app), then nothing.
 */
export function nextSignInStep(actor: Actor, codeDone: boolean): SignInStep {
  const row = twoFactorRow(actor.id);
  if (!row) return "code"; // an account gone mid-login opens nothing
  if (row.totpSecret && !codeDone) return "code";
  if (row.mustChangePassword) return "change-password";
  if (!row.totpSecret && roleNeedsTwoFactor(row.role)) return "enrol";
  return "ready";
}

/** The secret being enrolled (made once, kept until confirmed) and its otpauth:// URI for the QR code. */
export function enrolmentSecret(actor: Actor): { secret: string; uri: string } {
  let secret = twoFactorRow(actor.id)?.totpPendingSecret;
  if (!secret) {
    secret = new Secret({ size: 20 }).base32;
    db.update(schema.users).set({ totpPendingSecret: secret }).where(eq(schema.users.id, actor.id)).run();
  }
  return { secret, uri: totp(secret, actor.email).toString() };
}

/** The time step of `code` for `secret` near `now`, or undefined when it is not a current code. */
function stepOf(secret: string, code: string, now: number): number | undefined {
  if (!/^[0-9]{6}$/.test(code)) return undefined;
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? undefined : Math.floor(now / PERIOD_MS) + delta;
}

function newRecoveryCodes(userId: string): string[] {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = new Secret({ buffer: randomBytes(15).buffer }).base32.toLowerCase();
    return raw.match(/.{4}/g)!.join("-");
  });
  db.delete(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, userId)).run();
  db.insert(schema.recoveryCodes)
    .values(codes.map((c) => ({ codeHash: hashCode(normaliseRecoveryCode(c)), userId })))
    .run();
  return codes;
}

/**
 * Confirms the enrolment with a code from the app: the secret becomes the account's, and ten new
 * recovery codes are made (returned once, to show; only their hashes are kept).
 */
export async function confirmEnrolment(
  actor: Actor,
  code: string,
  now = Date.now(),
): Promise<{ status: "enrolled"; recoveryCodes: string[] } | { status: "wrong-code" }> {
  const pending = twoFactorRow(actor.id)?.totpPendingSecret;
  const step = pending ? stepOf(pending, code.trim(), now) : undefined;
  if (!pending || step === undefined) return { status: "wrong-code" };
  const recoveryCodes = db.transaction(() => {
    db.update(schema.users).set({ totpSecret: pending, totpPendingSecret: null, totpLastStep: step }).where(eq(schema.users.id, actor.id)).run();
    const codes = newRecoveryCodes(actor.id);
    recordAudit({ orgId: actor.orgId, userId: actor.id, action: "totp_enrol", subjectType: "user", subjectId: actor.id });
    return codes;
  });
  return { status: "enrolled", recoveryCodes };
}

/**
 * Checks the second factor of a login: a current one-time code not used before, or an unused
 * recovery code (which is then used up). Every failure is audited.
 */
export async function verifySecondFactor(actor: Actor, typed: string, now = Date.now()): Promise<"code" | "recovery-code" | "wrong" | "locked"> {
  if (recentCodeFailures(actor.id, now) >= MAX_CODE_FAILURES_PER_ACCOUNT) return "locked";
  const row = twoFactorRow(actor.id);
  const code = typed.trim();
  if (row?.totpSecret) {
    const step = stepOf(row.totpSecret, code, now);
    // A code is good once: a step at or before the last one accepted is a replay.
    const taken =
      step !== undefined &&
      db
        .update(schema.users)
        .set({ totpLastStep: step })
        .where(and(eq(schema.users.id, actor.id), or(isNull(schema.users.totpLastStep), lt(schema.users.totpLastStep, step))))
        .run().changes > 0;
    if (taken) return "code";
    const used = db.transaction(() => {
      const changes = db
        .update(schema.recoveryCodes)
        .set({ usedAt: new Date(now) })
        .where(and(eq(schema.recoveryCodes.codeHash, hashCode(normaliseRecoveryCode(code))), eq(schema.recoveryCodes.userId, actor.id), isNull(schema.recoveryCodes.usedAt)))
        .run().changes;
      if (changes) recordAudit({ orgId: actor.orgId, userId: actor.id, action: "recovery_code_used", subjectType: "user", subjectId: actor.id });
      return changes > 0;
    });
    if (used) return "recovery-code";
  }
  await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "code_failed", subjectType: "user", subjectId: actor.id });
  return "wrong";
}

/** Wrong codes of the account in the last quarter of an hour, counted from the audit trail. */
function recentCodeFailures(userId: string, now: number): number {
  return db
    .select({ n: count() })
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.subjectType, "user"),
        eq(schema.auditEvents.subjectId, userId),
        eq(schema.auditEvents.action, "code_failed"),
        gt(schema.auditEvents.at, new Date(now - CODE_FAILURE_WINDOW_MS)),
      ),
    )
    .get()!.n;
}

/** How many unused recovery codes the account has left. */
export function recoveryCodesLeft(actor: Actor): number {
  return db
    .select({ codeHash: schema.recoveryCodes.codeHash })
    .from(schema.recoveryCodes)
    .where(and(eq(schema.recoveryCodes.userId, actor.id), isNull(schema.recoveryCodes.usedAt)))
    .all().length;
}
