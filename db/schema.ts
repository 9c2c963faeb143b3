import { sql } from "drizzle-orm";
import { USER_ROLES } from "./roles";
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

const createdAt = (column = "created_at") =>
  integer(column, { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const organizations = sqliteTable("organizations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export { USER_ROLES, type UserRole } from "./roles";

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: USER_ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    /** An admin chose the password (account made or reset): its owner sets their own before anything else. */
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    /** The confirmed TOTP secret (base32, RFC 6238); null until the account has enrolled. */
    totpSecret: text("totp_secret"),
    /** A secret shown on the enrolment page, kept until a code from it confirms the enrolment. */
    totpPendingSecret: text("totp_pending_secret"),
    /** The last time step whose code was accepted: a code is good once (RFC 6238 section 5.2). */
    totpLastStep: integer("totp_last_step"),
    createdAt: createdAt(),
  },
  // Unique within an agency only: one person may work for two agencies, and an admin must not
  // learn from "already an account" that an email is known to another agency.
  (t) => [
    uniqueIndex("users_org_email_unique").on(t.orgId, t.email),
    index("users_email_idx").on(t.email),
    index("users_org_name_idx").on(t.orgId, t.displayName),
  ],
);

/**
 * The steps of a login after the password: a one-time code, a new password of one's own (when an
 * admin chose it), enrolling a one-time-code app (supervisors and admins), then ready.
 */
export const SIGN_IN_STEPS = ["code", "change-password", "enrol", "ready"] as const;
export type SignInStep = (typeof SIGN_IN_STEPS)[number];

/** The primary key is a SHA-256 of the cookie token, so a copy of the database opens no session. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    /**
     * The plan whose together view the provider handed the screen to the youth for; null while the
     * provider holds it. While set, only that plan's together pages open without the password.
     * No foreign key: a plan deleted for good leaves the session asking for the password.
     */
    handedOverPlanId: text("handed_over_plan_id"),
    /** How far the login has come: only a "ready" session opens any page beyond the login steps. */
    step: text("step", { enum: SIGN_IN_STEPS }).notNull().default("ready"),
    /** Wrong one-time codes typed in this login: the login ends after a few. */
    codeFailures: integer("code_failures").notNull().default(0),
    /**
     * A youth's own device, joined with a code the provider (user_id) made: it opens only the
     * together pages of handed_over_plan_id, never unlocks, and ends after 15 idle minutes.
     */
    youthDevice: integer("youth_device", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * "Join from your phone": a short code a provider made for one plan's together view. Only its
 * hash is kept; it opens one device session, once, within its ten minutes.
 */
export const joinCodes = sqliteTable(
  "join_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    planId: text("plan_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("join_codes_plan_idx").on(t.planId)],
);

export const youth = sqliteTable(
  "youth",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id),
    chosenName: text("chosen_name").notNull(),
    preferredLanguage: text("preferred_language").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("youth_org_idx").on(t.orgId), index("youth_org_name_idx").on(t.orgId, t.chosenName)],
);

export const careTeam = sqliteTable(
  "care_team",
  {
    youthId: text("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    addedAt: createdAt("added_at"),
  },
  (t) => [primaryKey({ columns: [t.youthId, t.userId] }), index("care_team_user_idx").on(t.userId)],
);

export const plans = sqliteTable(
  "plans",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id),
    youthId: text("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    templateId: text("template_id").notNull(),
    templateVersion: integer("template_version").notNull(),
    /** The working copy that section forms save into: JSON of the plan content. */
    draft: text("draft").notNull(),
    /** Incremented by every draft write; a form carries the value it was opened with. */
    revision: integer("revision").notNull().default(0),
    concernFlag: integer("concern_flag", { mode: "boolean" }).notNull().default(false),
    /** When the concern flag last went from off to on: a supervisor acknowledgement after it clears it from the queue. */
    concernRaisedAt: integer("concern_raised_at", { mode: "timestamp_ms" }),
    nextFollowUp: text("next_follow_up"),
    /**
     * The next meeting while it is still to be held: next_follow_up, or null once a follow-up was
     * held on or after that date (Los Angeles calendar). Kept by the same transaction as every
     * draft write and follow-up close (refreshFollowUpDue), so the due lists count it in SQL.
     */
    followUpDueOn: text("follow_up_due_on"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    updatedBy: text("updated_by")
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex("plans_youth_unique").on(t.youthId),
    index("plans_org_idx").on(t.orgId),
    // The supervisors' flagged count on every page: a small covering index of flagged plans only.
    index("plans_flagged_idx").on(t.orgId, t.concernRaisedAt, t.id).where(sql`${t.concernFlag} = 1`),
    // The dashboard's pages of an agency, newest activity first.
    index("plans_org_updated_idx").on(t.orgId, t.updatedAt),
    // The due lists of an agency: counted and paged by meeting date, newest activity first within a day.
    index("plans_org_follow_up_due_idx")
      .on(t.orgId, t.followUpDueOn, sql`${t.updatedAt} desc`)
      .where(sql`${t.followUpDueOn} is not null`),
  ],
);

export const planVersions = sqliteTable(
  "plan_versions",
  {
    id: text("id").primaryKey(),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id),
    number: integer("number").notNull(),
    content: text("content").notNull(),
    templateId: text("template_id").notNull(),
    templateVersion: integer("template_version").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    note: text("note").notNull().default(""),
    restoredFrom: integer("restored_from"),
    followUpId: text("follow_up_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("plan_versions_plan_number_unique").on(t.planId, t.number)],
);

export const followUps = sqliteTable(
  "follow_ups",
  {
    id: text("id").primaryKey(),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    fromVersion: integer("from_version").notNull(),
    answers: text("answers").notNull(),
    producedVersion: integer("produced_version"),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    // A plan's follow-ups newest first, a page at a time (what-helped), read from the end of the index.
    index("follow_ups_plan_created_idx").on(t.planId, t.createdAt),
    // The last follow-up held per plan, read for every plan on the due lists, from the index alone.
    index("follow_ups_held_idx").on(t.planId, t.createdAt).where(sql`${t.producedVersion} is not null`),
  ],
);

/**
 * A trusted-adult copy made from a saved version: for which of the plan's people (the item id in
 * that version's content, never a name) and in which language, by whom and when. Versions are
 * immutable, so this sits beside them; printing the copy is audited separately.
 */
export const adultCopies = sqliteTable(
  "adult_copies",
  {
    id: text("id").primaryKey(),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    versionNumber: integer("version_number").notNull(),
    personId: text("person_id").notNull(),
    language: text("language").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("adult_copies_plan_idx").on(t.planId, t.versionNumber)],
);

/** A supervisor's consult on a plan flagged with an imminent-safety concern. */
export const concernReviews = sqliteTable(
  "concern_reviews",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    supervisorId: text("supervisor_id")
      .notNull()
      .references(() => users.id),
    /** The consult note: provider-facing, never on a youth's copy. */
    note: text("note").notNull(),
    acknowledgedAt: createdAt("acknowledged_at"),
  },
  (t) => [index("concern_reviews_plan_idx").on(t.planId)],
);

/**
 * Plans being deleted for good. A row here, written in the same transaction as the deletion, is
 * the only thing that lets the database delete a plan's versions (see the trigger). Holds an id
 * and a time, no content.
 */
export const deletedPlans = sqliteTable("deleted_plans", {
  planId: text("plan_id").primaryKey(),
  deletedAt: createdAt("deleted_at"),
});

/** Single-use recovery codes, each stored as a SHA-256 of its 120 random bits; used ones are marked. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

export const AUDIT_ACTIONS = [
  "login",
  "login_failed",
  "logout",
  "youth_create",
  "plan_view",
  "section_save",
  "version_save",
  "version_restore",
  "version_view",
  "print",
  "access_denied",
  "follow_up_start",
  "follow_up_save",
  "version_compare",
  "user_create",
  "user_disable",
  "user_enable",
  "password_reset",
  "care_team_add",
  "care_team_remove",
  "concern_acknowledge",
  "audit_view",
  "export",
  "youth_delete",
  "together_handover",
  "together_unlock",
  "quick_exit",
  "code_failed",
  "recovery_code_used",
  "totp_enrol",
  "password_change",
  "youth_device_invite",
  "youth_device_join",
  "youth_device_join_refused",
  "youth_device_leave",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Append-only (triggers refuse UPDATE and DELETE). Never holds plan content. Each row's hash
 * chains it to the row before (db/audit-chain.ts), so a change made with the triggers dropped shows.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orgId: text("org_id"),
    userId: text("user_id"),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    detail: text("detail"),
    at: createdAt("at"),
    hash: text("hash"),
  },
  (t) => [
    // A record's history, newest first: with the agency in the key, each subject's rows sit in id
    // order in the index, so a page is read from its end without sorting the record's history.
    index("audit_subject_org_idx").on(t.subjectType, t.subjectId, t.orgId),
    // The history a record's page lists: the same key without the views of that page (every visit
    // adds one), so neither its page nor its count walks past them (migration 0016).
    index("audit_history_idx")
      .on(t.subjectType, t.subjectId, t.orgId)
      .where(sql`${t.action} <> 'audit_view'`),
  ],
);

/**
 * One row the health check rewrites, proving a commit reaches the disk (db/storage-probe.ts).
 * Holds a time, nothing else.
 */
export const storageProbe = sqliteTable("storage_probe", {
  id: integer("id").primaryKey(),
  checkedAt: integer("checked_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * The audit trail's head: the id and hash of its last row, kept by triggers on audit_events
 * (migration 0012) in a table of its own, so rows cut from the end of the chain leave the head
 * pointing past them (db/audit-chain.ts). One row, id 1; it only moves forward.
 */
export const auditHead = sqliteTable("audit_head", {
  id: integer("id").primaryKey(),
  lastId: integer("last_id").notNull(),
  lastHash: text("last_hash").notNull(),
});

/**
 * How many youth records and plans each agency holds, kept by triggers on youth and plans
 * (migration 0015) in the same transaction as every insert and delete: a supervisor's dashboard
 * and an admin's records read their totals in one row, not by counting an agency's thousands
 * (issue 13). db:check compares them with a count.
 */
export const agencyCounts = sqliteTable("agency_counts", {
  orgId: text("org_id").primaryKey(),
  youth: integer("youth").notNull(),
  plans: integer("plans").notNull(),
});

/**
 * How many of an agency's plans have their next meeting still due on each day
 * (plans.follow_up_due_on), kept by triggers on plans (migration 0015): a supervisor's due lists
 * sum the days of their range (a few hundred rows at most) instead of counting plans. Days that
 * fall to zero are removed.
 */
export const agencyDueDays = sqliteTable(
  "agency_due_days",
  {
    orgId: text("org_id").notNull(),
    dueOn: text("due_on").notNull(),
    plans: integer("plans").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.dueOn] })],
);
