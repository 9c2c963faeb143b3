-- A saved version is a record of what was agreed with the youth: the database itself refuses to
-- change or remove one, whatever code runs against it.
CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions
BEGIN
  SELECT RAISE(ABORT, 'plan_versions are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions
BEGIN
  SELECT RAISE(ABORT, 'plan_versions are immutable');
END;
--> statement-breakpoint
-- Versions are numbered 1..n per plan without gaps.
CREATE TRIGGER plan_versions_gapless BEFORE INSERT ON plan_versions
WHEN NEW.number <> (SELECT COUNT(*) FROM plan_versions WHERE plan_id = NEW.plan_id) + 1
BEGIN
  SELECT RAISE(ABORT, 'plan_versions must be numbered 1..n without gaps');
END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events are append-only');
END;
