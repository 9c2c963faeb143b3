import { createHash, randomInt } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db, schema } from "./db.server";
import type { Actor } from "./actor";
import { recordAudit } from "./audit.server";
import { getPlan } from "./plan.server";
import { countYouthDeviceSessions, endYouthDeviceSessions } from "./session.server";

/** How long a join code works after the provider made it. */
export const JOIN_CODE_TTL_MS = 10 * 60 * 1000;
/**
 * Letters and digits that cannot be mistaken for one another when read aloud or typed on a phone
 * (no 0/O, 1/I/L, 5/S, 8/B); 8 of them: 28^8, about 3.8e11 codes.
 */
const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXYZ2345679";
const CODE_LENGTH = 8;

const hashCode = (code: string) => createHash("sha256").update(code).digest("base64url");

/** A code as typed (any case, spaces or dashes between groups) in its stored form, or null if it cannot be one. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH || [...code].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return code;
}

/** The code as shown and read aloud: two groups of four. */
export const formatJoinCode = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

/**
 * A new join code for one plan's together view, made by a provider who may edit the plan (the
 * caller checked). A code of theirs for this plan not used yet stops working: one code at a time.
 */
export async function createJoinCode(actor: Actor, planId: string, now = Date.now()): Promise<{ code: string; expiresAt: Date }> {
  const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  const expiresAt = new Date(now + JOIN_CODE_TTL_MS);
  db.transaction((tx) => {
    tx.delete(schema.joinCodes)
      .where(and(eq(schema.joinCodes.planId, planId), eq(schema.joinCodes.userId, actor.id), isNull(schema.joinCodes.usedAt)))
      .run();
    tx.insert(schema.joinCodes).values({ codeHash: hashCode(code), planId, userId: actor.id, createdAt: new Date(now), expiresAt }).run();
    recordAudit({ orgId: actor.orgId, userId: actor.id, action: "youth_device_invite", subjectType: "plan", subjectId: planId });
  });
  return { code, expiresAt };
}

export type JoinResult =
  | { status: "joined"; inviterId: string; planId: string }
  | { status: "refused"; reason: "unknown" | "expired" | "used" | "no-access" };

/**
 * Uses a join code: at most once, within its ten minutes, and only while the provider who made it
 * may still edit the plan. Every refusal is audited (against the plan, when the code was real).
 */
export async function redeemJoinCode(typed: string, now = Date.now()): Promise<JoinResult> {
  const code = normaliseJoinCode(typed);
  const codeHash = code ? hashCode(code) : null;
  const used = codeHash
    ? db
        .update(schema.joinCodes)
        .set({ usedAt: new Date(now) })
        .where(and(eq(schema.joinCodes.codeHash, codeHash), isNull(schema.joinCodes.usedAt), gt(schema.joinCodes.expiresAt, new Date(now))))
        .returning({ planId: schema.joinCodes.planId, userId: schema.joinCodes.userId })
        .get()
    : undefined;
  if (!used) {
    const known = codeHash ? db.select().from(schema.joinCodes).where(eq(schema.joinCodes.codeHash, codeHash)).get() : undefined;
    const reason = !known ? "unknown" : known.usedAt ? "used" : "expired";
    const inviter = known ? inviterOf(known.userId) : undefined;
    await recordAudit({
      orgId: inviter?.orgId ?? null,
      userId: inviter?.id ?? null,
      action: "youth_device_join_refused",
      ...(known ? { subjectType: "plan" as const, subjectId: known.planId } : {}),
      detail: reason,
    });
    return { status: "refused", reason };
  }
  const inviter = inviterOf(used.userId);
  if (!inviter || !getPlan(inviter, used.planId)?.canEdit) {
    await recordAudit({ orgId: inviter?.orgId ?? null, userId: used.userId, action: "youth_device_join_refused", subjectType: "plan", subjectId: used.planId, detail: "no-access" });
    return { status: "refused", reason: "no-access" };
  }
  await recordAudit({ orgId: inviter.orgId, userId: inviter.id, action: "youth_device_join", subjectType: "plan", subjectId: used.planId, detail: "youth's device" });
  return { status: "joined", inviterId: inviter.id, planId: used.planId };
}

/** The provider who made a code, unless their account is disabled. */
function inviterOf(userId: string): Actor | undefined {
  return db
    .select({ id: schema.users.id, orgId: schema.users.orgId, role: schema.users.role, displayName: schema.users.displayName, email: schema.users.email })
    .from(schema.users)
    .where(and(eq(schema.users.id, userId), eq(schema.users.disabled, false)))
    .get();
}

/** Whether a youth's device is joined to the plan's together view now. */
export const youthDeviceJoined = (planId: string) => countYouthDeviceSessions(planId) > 0;

/** The provider ends every youth's device joined to the plan (the caller checked they may edit it). */
export async function endYouthDevices(actor: Actor, planId: string): Promise<void> {
  const ended = endYouthDeviceSessions(planId);
  if (ended > 0) {
    await recordAudit({ orgId: actor.orgId, userId: actor.id, action: "youth_device_leave", subjectType: "plan", subjectId: planId, detail: "youth's device: ended by the provider" });
  }
}
