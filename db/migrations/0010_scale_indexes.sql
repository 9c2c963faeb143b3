CREATE INDEX `plans_org_updated_idx` ON `plans` (`org_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `plans_org_next_follow_up_idx` ON `plans` (`org_id`,`next_follow_up`);--> statement-breakpoint
CREATE INDEX `youth_org_name_idx` ON `youth` (`org_id`,`chosen_name`);--> statement-breakpoint
CREATE INDEX `users_org_name_idx` ON `users` (`org_id`,`display_name`);