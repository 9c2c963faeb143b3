ALTER TABLE `sessions` ADD `handed_over_plan_id` text;--> statement-breakpoint
DELETE FROM `sessions` WHERE `handed_to_youth` = 1;--> statement-breakpoint
ALTER TABLE `sessions` DROP COLUMN `handed_to_youth`;
