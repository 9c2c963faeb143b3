/**
 * Seeds the county-scale database of issue 13 into a new SQLite file, from the app's own schema
 * and migrations (openDatabase applies them), with prepared inserts in large transactions: no
 * HTTP, no per-row model call, so 1,000,000 audit rows take seconds rather than hours.
 *
 * One big agency (youth, providers, supervisors, an admin), one of its plans with a long history,
 * every other plan with a few versions, each version after the first produced by a follow-up,
 * one follow-up in progress per ten plans, a next meeting spread around today, 1 % of plans
 * flagged, and audit rows spread over the agency's plans with a share on the long plan; plus
 * small agencies in the same file, so a query that reads other agencies' rows shows up.
 *
 * Every account's password is the same (hashed once); ids are deterministic and 16 characters
 * like the app's own, so the bench can name them without reading the file.
 */
import Database from "better-sqlite3";
import { AUDIT_CHAIN_START, auditRowHash } from "../../db/audit-chain";
import { openDatabase } from "../../db/client";
import { demoPlanContent, safetyPlanTemplate } from "../../templates/csecy-safety-plan";
import { todayInLosAngeles } from "../../app/utils/format";
import { hashPassword } from "../../app/utils/password.server";

export interface ScaleSize {
  youth: number;
  providers: number;
  supervisors: number;
  versions: number;
  longPlanVersions: number;
  auditRows: number;
  longPlanAuditRows: number;
  smallAgencies: number;
}

export const BIG: ScaleSize = {
  youth: 10_000,
  providers: 200,
  supervisors: 8,
  versions: 100_000,
  longPlanVersions: 1_000,
  auditRows: 1_000_000,
  longPlanAuditRows: 9_000,
  smallAgencies: 3,
};

export const CEILING: ScaleSize = {
  youth: 100_000,
  providers: 2_000,
  supervisors: 80,
  versions: 1_000_000,
  longPlanVersions: 1_000,
  auditRows: 10_000_000,
  longPlanAuditRows: 9_000,
  smallAgencies: 3,
};

export const SEED_PASSWORD = "scale-bench-password-1";

/** A 16-character id like newId()'s, readable: kind letter, agency, number. */
export const seedId = (kind: string, agency: number, n: number) => `${kind}${agency}`.padEnd(6, "x") + String(n).padStart(10, "0");

export const bigIds = {
  org: "o0xxxx0000000000",
  supervisor: seedId("s", 0, 0),
  admin: seedId("a", 0, 0),
  /** Provider 0 is on the long plan's care team. */
  provider: seedId("p", 0, 0),
  longYouth: seedId("y", 0, 0),
  longPlan: seedId("l", 0, 0),
  email: (role: "provider" | "supervisor" | "admin", agency = 0, n = 0) => `${role}${n}@agency${agency}.bench`,
};

const DAY = 86_400_000;

function isoDay(ms: number) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A tiny deterministic random source, so two seeds of one size are the same database. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function seedScale(filePath: string, size: ScaleSize, log: (line: string) => void = () => {}) {
  openDatabase(filePath).$client.close();
  const sqlite = new Database(filePath);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -200000");
  const passwordHash = await hashPassword(SEED_PASSWORD);
  const content = JSON.stringify(demoPlanContent);
  const answers = JSON.stringify({ revision: 1, answers: {} });
  const rnd = random(13);
  const now = Date.now();
  const start = now - 400 * DAY;

  const insertOrg = sqlite.prepare("insert into organizations (id, name, created_at) values (?, ?, ?)");
  const insertUser = sqlite.prepare(
    "insert into users (id, org_id, email, display_name, role, password_hash, disabled, created_at) values (?, ?, ?, ?, ?, ?, 0, ?)",
  );
  const insertYouth = sqlite.prepare(
    "insert into youth (id, org_id, chosen_name, preferred_language, created_by, created_at) values (?, ?, ?, ?, ?, ?)",
  );
  const insertCare = sqlite.prepare("insert into care_team (youth_id, user_id, added_at) values (?, ?, ?)");
  const insertPlan = sqlite.prepare(
    `insert into plans (id, org_id, youth_id, template_id, template_version, draft, revision, concern_flag, concern_raised_at,
       next_follow_up, created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVersion = sqlite.prepare(
    `insert into plan_versions (id, plan_id, number, content, template_id, template_version, author_id, note, follow_up_id, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFollowUp = sqlite.prepare(
    `insert into follow_ups (id, plan_id, from_version, answers, produced_version, created_by, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // As refreshFollowUpDue keeps it: the meeting, unless the last follow-up held fell on or after it.
  const setFollowUpDue = sqlite.prepare("update plans set follow_up_due_on = next_follow_up where id = ? and next_follow_up > ?");
  const insertAudit = sqlite.prepare(
    "insert into audit_events (id, org_id, user_id, action, subject_type, subject_id, detail, at, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  // Audit rows are chained (db/audit-chain.ts): each carries the hash over the one before it.
  let auditId = 0;
  let auditHash = AUDIT_CHAIN_START;
  const appendAudit = (orgId: string, userId: string, action: string, planId: string, at: number) => {
    const row = { id: ++auditId, orgId, userId, action, subjectType: "plan", subjectId: planId, detail: null, at };
    auditHash = auditRowHash(auditHash, row);
    insertAudit.run(row.id, orgId, userId, action, "plan", planId, null, at, auditHash);
  };

  type Agency = { index: number; youth: number; providers: number; supervisors: number; versions: number; longPlanVersions: number; auditRows: number; longAudit: number };
  const agencies: Agency[] = [
    { index: 0, youth: size.youth, providers: size.providers, supervisors: size.supervisors, versions: size.versions, longPlanVersions: size.longPlanVersions, auditRows: size.auditRows, longAudit: size.longPlanAuditRows },
    ...Array.from({ length: size.smallAgencies }, (_, i) => ({ index: i + 1, youth: 100, providers: 4, supervisors: 1, versions: 300, longPlanVersions: 3, auditRows: 3_000, longAudit: 30 })),
  ];

  for (const agency of agencies) {
    const a = agency.index;
    const orgId = a === 0 ? bigIds.org : seedId("o", a, 0);
    const planIds: string[] = [];
    const lastHeld = new Map<string, number>();
    const providerIds: string[] = [];
    sqlite.transaction(() => {
      insertOrg.run(orgId, `Agency ${a}`, start);
      insertUser.run(seedId("a", a, 0), orgId, bigIds.email("admin", a), `Admin ${a}`, "admin", passwordHash, start);
      for (let s = 0; s < agency.supervisors; s++)
        insertUser.run(seedId("s", a, s), orgId, bigIds.email("supervisor", a, s), `Supervisor ${a}.${s}`, "supervisor", passwordHash, start);
      for (let p = 0; p < agency.providers; p++) {
        providerIds.push(seedId("p", a, p));
        insertUser.run(providerIds[p], orgId, bigIds.email("provider", a, p), `Provider ${a}.${p}`, "provider", passwordHash, start);
      }
      for (let y = 0; y < agency.youth; y++) {
        const youthId = seedId("y", a, y);
        const planId = seedId("l", a, y);
        const provider = providerIds[y % agency.providers]!;
        const created = start + Math.floor(rnd() * 300 * DAY);
        insertYouth.run(youthId, orgId, `Youth ${y}`, y % 4 === 0 ? "es" : "en", provider, created);
        insertCare.run(youthId, provider, created);
        // One youth in ten is shared with a second provider, as a care team often is.
        if (y % 10 === 5) insertCare.run(youthId, providerIds[(y + 1) % agency.providers]!, created);
        const flagged = y % 100 === 7;
        const nextFollowUp = y % 20 === 19 ? null : isoDay(now + Math.floor((rnd() * 120 - 60) * DAY));
        insertPlan.run(
          planId, orgId, youthId, safetyPlanTemplate.id, safetyPlanTemplate.version, content,
          flagged ? 1 : 0, flagged ? now - DAY : null, nextFollowUp, created, created + DAY, provider,
        );
        planIds.push(planId);
      }
    })();
    log(`agency ${a}: ${agency.youth} youth`);

    // Versions and follow-ups: the long plan first, then the rest spread evenly.
    const rest = agency.versions - agency.longPlanVersions;
    const others = Math.max(agency.youth - 1, 1);
    let versionCount = 0;
    let followUpCount = 0;
    sqlite.transaction(() => {
      planIds.forEach((planId, y) => {
        const count = y === 0 ? agency.longPlanVersions : Math.floor(rest / others) + (y - 1 < rest % others ? 1 : 0);
        const author = providerIds[y % agency.providers]!;
        let at = start + Math.floor(rnd() * 30 * DAY);
        for (let n = 1; n <= count; n++) {
          at += Math.floor(DAY / 4 + rnd() * 2 * DAY * (y === 0 ? 0.1 : 1));
          let followUpId: string | null = null;
          if (n > 1) {
            followUpId = seedId("f", a, followUpCount++);
            insertFollowUp.run(followUpId, planId, n - 1, answers, n, author, at - DAY / 8, at);
            lastHeld.set(planId, at - DAY / 8);
          }
          insertVersion.run(seedId("v", a, versionCount++), planId, n, content, safetyPlanTemplate.id, safetyPlanTemplate.version, author, n === 1 ? "First plan" : `Follow-up ${n - 1}`, followUpId, at);
        }
        if (count > 0 && y % 10 === 3) insertFollowUp.run(seedId("f", a, followUpCount++), planId, count, answers, null, author, now - DAY, now - DAY);
        const held = lastHeld.get(planId);
        setFollowUpDue.run(planId, held === undefined ? "" : todayInLosAngeles(new Date(held)));
      });
    })();
    log(`agency ${a}: ${versionCount} versions, ${followUpCount} follow-ups`);

    const actions = ["plan_view", "section_save", "version_view", "version_save", "print", "follow_up_save"] as const;
    const batch = 200_000;
    for (let done = 0; done < agency.auditRows; done += batch) {
      sqlite.transaction(() => {
        for (let i = done; i < Math.min(done + batch, agency.auditRows); i++) {
          const y = i < agency.longAudit ? 0 : Math.floor(rnd() * agency.youth);
          const user = providerIds[y % agency.providers]!;
          appendAudit(orgId, user, actions[i % actions.length]!, planIds[y]!, start + Math.floor((i / agency.auditRows) * 399 * DAY));
        }
      })();
    }
    log(`agency ${a}: ${agency.auditRows} audit rows`);
  }
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
}
