-- Notifications become a message key (kind) with parameters, rendered in the reader's language.
-- AlterTable (the generated part, with the conversion of the stored rows between adding and dropping columns)
ALTER TABLE "Notification" ADD COLUMN     "params" JSONB NOT NULL DEFAULT '{}';

-- Rows written before this migration: their English text is read back into parameters where this code wrote it,
-- so they render in the reader's language too; anything else keeps its text as a "legacy" notification.
UPDATE "Notification"
SET params = jsonb_build_object(
  'course', regexp_replace(title, '^(Due soon|Overdue): ', ''),
  'dueAt', substring(body FROM '\d{4}-\d{2}-\d{2}') || 'T00:00:00.000Z')
WHERE kind IN ('course.dueSoon', 'course.overdue')
  AND title ~ '^(Due soon|Overdue): ' AND body ~ '\d{4}-\d{2}-\d{2}';

UPDATE "Notification"
SET params = jsonb_build_object(
  'course', regexp_replace(title, '^Certificate expiring: ', ''),
  'expiresAt', substring(body FROM '\d{4}-\d{2}-\d{2}') || 'T00:00:00.000Z')
WHERE kind = 'certificate.expiring' AND title ~ '^Certificate expiring: ' AND body ~ '\d{4}-\d{2}-\d{2}';

UPDATE "Notification"
SET kind = 'readiness.signedOff',
  params = jsonb_build_object('position', NULLIF(substring(body FROM '^You are signed off as ready for (.*)\.$'), 'your position'))
WHERE kind = 'readiness' AND title = 'You are signed off' AND body ~ '^You are signed off as ready for .*\.$';

UPDATE "Notification"
SET kind = 'readiness.revoked', params = jsonb_build_object('reason', body)
WHERE kind = 'readiness' AND title = 'Your sign-off was revoked';

UPDATE "Notification"
SET kind = 'legacy', params = jsonb_build_object('title', title, 'body', body)
WHERE params = '{}'::jsonb;

ALTER TABLE "Notification" DROP COLUMN "body",
DROP COLUMN "title";
