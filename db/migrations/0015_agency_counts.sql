CREATE TABLE `agency_counts` (
	`org_id` text PRIMARY KEY NOT NULL,
	`youth` integer NOT NULL,
	`plans` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `agency_due_days` (
	`org_id` text NOT NULL,
	`due_on` text NOT NULL,
	`plans` integer NOT NULL,
	PRIMARY KEY(`org_id`, `due_on`)
);
--> statement-breakpoint
-- The counts move with every insert and delete of youth and plans, in the same transaction (a
-- youth's deletion removes its plan by cascade, which fires the plans trigger too), so a reader
-- never sees them disagree with the rows. db:check compares them with a count of the rows.
CREATE TRIGGER agency_counts_youth_added AFTER INSERT ON youth
BEGIN
  INSERT INTO agency_counts (org_id, youth, plans) VALUES (NEW.org_id, 1, 0)
  ON CONFLICT (org_id) DO UPDATE SET youth = youth + 1;
END;
--> statement-breakpoint
CREATE TRIGGER agency_counts_youth_removed AFTER DELETE ON youth
BEGIN
  UPDATE agency_counts SET youth = youth - 1 WHERE org_id = OLD.org_id;
END;
--> statement-breakpoint
CREATE TRIGGER agency_counts_plan_added AFTER INSERT ON plans
BEGIN
  INSERT INTO agency_counts (org_id, youth, plans) VALUES (NEW.org_id, 0, 1)
  ON CONFLICT (org_id) DO UPDATE SET plans = plans + 1;
  INSERT INTO agency_due_days (org_id, due_on, plans) SELECT NEW.org_id, NEW.follow_up_due_on, 1 WHERE NEW.follow_up_due_on IS NOT NULL
  ON CONFLICT (org_id, due_on) DO UPDATE SET plans = plans + 1;
END;
--> statement-breakpoint
CREATE TRIGGER agency_counts_plan_removed AFTER DELETE ON plans
BEGIN
  UPDATE agency_counts SET plans = plans - 1 WHERE org_id = OLD.org_id;
  UPDATE agency_due_days SET plans = plans - 1 WHERE org_id = OLD.org_id AND due_on = OLD.follow_up_due_on;
  DELETE FROM agency_due_days WHERE org_id = OLD.org_id AND due_on = OLD.follow_up_due_on AND plans = 0;
END;
--> statement-breakpoint
-- A plan's meeting date moves on every follow-up held and every date chosen (refreshFollowUpDue).
CREATE TRIGGER agency_due_days_moved AFTER UPDATE OF org_id, follow_up_due_on ON plans
WHEN OLD.org_id IS NOT NEW.org_id OR OLD.follow_up_due_on IS NOT NEW.follow_up_due_on
BEGIN
  UPDATE agency_counts SET plans = plans - 1 WHERE org_id = OLD.org_id;
  INSERT INTO agency_counts (org_id, youth, plans) VALUES (NEW.org_id, 0, 1)
  ON CONFLICT (org_id) DO UPDATE SET plans = plans + 1;
  UPDATE agency_due_days SET plans = plans - 1 WHERE org_id = OLD.org_id AND due_on = OLD.follow_up_due_on;
  DELETE FROM agency_due_days WHERE org_id = OLD.org_id AND due_on = OLD.follow_up_due_on AND plans = 0;
  INSERT INTO agency_due_days (org_id, due_on, plans) SELECT NEW.org_id, NEW.follow_up_due_on, 1 WHERE NEW.follow_up_due_on IS NOT NULL
  ON CONFLICT (org_id, due_on) DO UPDATE SET plans = plans + 1;
END;
--> statement-breakpoint
INSERT INTO agency_counts (org_id, youth, plans)
SELECT org_id, sum(youth), sum(plans) FROM (
  SELECT org_id, count(*) AS youth, 0 AS plans FROM youth GROUP BY org_id
  UNION ALL
  SELECT org_id, 0, count(*) FROM plans GROUP BY org_id
) GROUP BY org_id;
--> statement-breakpoint
INSERT INTO agency_due_days (org_id, due_on, plans)
SELECT org_id, follow_up_due_on, count(*) FROM plans WHERE follow_up_due_on IS NOT NULL GROUP BY org_id, follow_up_due_on;
