CREATE TABLE `audit_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_id` integer NOT NULL,
	`last_hash` text NOT NULL
);
--> statement-breakpoint
-- The chain's head, kept outside audit_events (db/audit-chain.ts): each chained row moves it on, in
-- the same transaction. Rows cut from the end of audit_events (its triggers dropped) leave the head
-- naming a row that is gone, which audit:verify reports. It only moves forward and is never deleted.
CREATE TRIGGER audit_head_follows_insert AFTER INSERT ON audit_events
WHEN NEW.hash IS NOT NULL
BEGIN
  INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, NEW.id, NEW.hash)
  ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash WHERE excluded.last_id >= audit_head.last_id;
END;
--> statement-breakpoint
-- Rows written before the chain get their hashes at first start, in id order (chainUnhashedAuditRows).
CREATE TRIGGER audit_head_follows_chaining AFTER UPDATE OF hash ON audit_events
WHEN OLD.hash IS NULL AND NEW.hash IS NOT NULL
BEGIN
  INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, NEW.id, NEW.hash)
  ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash WHERE excluded.last_id >= audit_head.last_id;
END;
--> statement-breakpoint
CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
WHEN NEW.id IS NOT OLD.id OR NEW.last_id < OLD.last_id
BEGIN
  SELECT RAISE(ABORT, 'audit_head only moves forward');
END;
--> statement-breakpoint
CREATE TRIGGER audit_head_kept BEFORE DELETE ON audit_head
BEGIN
  SELECT RAISE(ABORT, 'audit_head is kept');
END;
--> statement-breakpoint
INSERT INTO audit_head (id, last_id, last_hash)
SELECT 1, id, hash FROM audit_events WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1;
