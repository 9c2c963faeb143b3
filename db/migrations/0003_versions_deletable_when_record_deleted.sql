-- A saved version still can never be changed, and can only be removed when its whole youth record
-- is being deleted for good: the deletion writes the plan's id into deleted_plans in the same
-- transaction first. Any other DELETE is refused as before.
DROP TRIGGER plan_versions_no_delete;
--> statement-breakpoint
CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions
WHEN NOT EXISTS (SELECT 1 FROM deleted_plans WHERE plan_id = OLD.plan_id)
BEGIN
  SELECT RAISE(ABORT, 'plan_versions are immutable');
END;
