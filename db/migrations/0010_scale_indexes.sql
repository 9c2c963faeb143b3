CREATE INDEX `plans_org_updated_idx` ON `plans` (`org_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `plans_org_next_follow_up_idx` ON `plans` (`org_id`,`next_follow_up`);--> statement-breakpoint
CREATE INDEX `youth_org_name_idx` ON `youth` (`org_id`,`chosen_name`);--> statement-breakpoint
CREATE INDEX `users_org_name_idx` ON `users` (`org_id`,`display_name`);--> statement-breakpoint
CREATE INDEX `follow_ups_held_idx` ON `follow_ups` (`plan_id`,`created_at`) WHERE "follow_ups"."produced_version" is not null;