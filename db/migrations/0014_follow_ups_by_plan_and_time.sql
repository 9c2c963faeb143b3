CREATE INDEX `follow_ups_plan_created_idx` ON `follow_ups` (`plan_id`,`created_at`);--> statement-breakpoint
DROP INDEX `follow_ups_plan_idx`;