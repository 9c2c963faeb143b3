DROP INDEX `plans_org_next_follow_up_idx`;--> statement-breakpoint
ALTER TABLE `plans` ADD `follow_up_due_on` text;--> statement-breakpoint
CREATE INDEX `plans_org_follow_up_due_idx` ON `plans` (`org_id`,`follow_up_due_on`,"updated_at" desc) WHERE "plans"."follow_up_due_on" is not null;--> statement-breakpoint
DROP INDEX `audit_subject_idx`;--> statement-breakpoint
CREATE INDEX `audit_subject_org_idx` ON `audit_events` (`subject_type`,`subject_id`,`org_id`);--> statement-breakpoint
-- Existing plans: the meeting stays due unless the last follow-up held (its start, as the app
-- counts it) fell on or after the meeting date in Los Angeles. The app computes that date with
-- Intl (refreshFollowUpDue); here it is the US rule since 2007: daylight time (UTC-7) from the
-- second Sunday of March 10:00 UTC to the first Sunday of November 09:00 UTC, else UTC-8.
UPDATE `plans` SET `follow_up_due_on` = CASE
  WHEN `next_follow_up` IS NULL THEN NULL
  WHEN (
    SELECT date(held.t, 'unixepoch', CASE
      WHEN datetime(held.t, 'unixepoch') >= datetime(strftime('%Y', held.t, 'unixepoch') || '-03-01', 'weekday 0', '+7 days', '+10 hours')
       AND datetime(held.t, 'unixepoch') < datetime(strftime('%Y', held.t, 'unixepoch') || '-11-01', 'weekday 0', '+9 hours')
      THEN '-7 hours' ELSE '-8 hours' END)
    FROM (SELECT max(`follow_ups`.`created_at`) / 1000 AS t FROM `follow_ups`
          WHERE `follow_ups`.`plan_id` = `plans`.`id` AND `follow_ups`.`produced_version` IS NOT NULL) AS held
    WHERE held.t IS NOT NULL
  ) >= `next_follow_up` THEN NULL
  ELSE `next_follow_up`
END;
