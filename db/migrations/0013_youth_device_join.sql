CREATE TABLE `join_codes` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `join_codes_plan_idx` ON `join_codes` (`plan_id`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `youth_device` integer DEFAULT false NOT NULL;