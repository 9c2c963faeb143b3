CREATE TABLE `storage_probe` (
	`id` integer PRIMARY KEY NOT NULL,
	`checked_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `audit_events` ADD `hash` text;
--> statement-breakpoint
-- Each audit row carries a SHA-256 chaining it to the row before (db/audit-chain.ts). Rows written
-- before this migration get theirs when the app first opens the database: SQLite has no SHA-256,
-- and the one function that hashes new rows is the one that fills these in. The only UPDATE ever
-- allowed is that one: giving a row without a hash its hash, every other column unchanged.
DROP TRIGGER audit_events_no_update;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
WHEN NOT (
  OLD.hash IS NULL AND NEW.hash IS NOT NULL
  AND NEW.id IS OLD.id AND NEW.org_id IS OLD.org_id AND NEW.user_id IS OLD.user_id AND NEW.action IS OLD.action
  AND NEW.subject_type IS OLD.subject_type AND NEW.subject_id IS OLD.subject_id AND NEW.detail IS OLD.detail AND NEW.at IS OLD.at
)
BEGIN
  SELECT RAISE(ABORT, 'audit_events are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_events_chained BEFORE INSERT ON audit_events
WHEN NEW.hash IS NULL
BEGIN
  SELECT RAISE(ABORT, 'audit_events rows are chained: write them with appendAuditEvent (db/audit-chain.ts)');
END;
