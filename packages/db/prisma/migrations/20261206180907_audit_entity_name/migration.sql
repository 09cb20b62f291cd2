-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "entityName" TEXT NOT NULL DEFAULT '';

-- Hand-written: existing events get the name in their change, else the entity's current name.
UPDATE "AuditEvent" SET "entityName" = left(trim(COALESCE(
  NULLIF("after" ->> 'name', ''), NULLIF("after" ->> 'title', ''),
  NULLIF("before" ->> 'name', ''), NULLIF("before" ->> 'title', ''), '')), 300);
UPDATE "AuditEvent" a SET "entityName" = left(n.name, 300) FROM (
  SELECT 'CustomerSegment' AS type, id, name FROM "CustomerSegment"
  UNION ALL SELECT 'Department', id, name FROM "Department"
  UNION ALL SELECT 'Position', id, title FROM "Position"
  UNION ALL SELECT 'Course', id, title FROM "Course"
  UNION ALL SELECT 'User', id, name FROM "User"
  UNION ALL SELECT 'Candidate', id, name FROM "Candidate"
  UNION ALL SELECT 'StaffMember', s.id, u.name FROM "StaffMember" s JOIN "User" u ON u.id = s."userId"
  UNION ALL SELECT 'Application', ap.id, c.name FROM "Application" ap JOIN "Candidate" c ON c.id = ap."candidateId"
) n WHERE a."entityName" = '' AND a."entityType" = n.type AND a."entityId" = n.id;
-- Events about erased candidates keep no name (privacy.ts redactAuditHistory does the same from now on).
UPDATE "AuditEvent" a SET "entityName" = 'Anonymized candidate' FROM "Candidate" c
  WHERE a."entityType" = 'Candidate' AND a."entityId" = c.id AND c."anonymizedAt" IS NOT NULL;
UPDATE "AuditEvent" a SET "entityName" = 'Anonymized candidate' FROM "Application" ap JOIN "Candidate" c ON c.id = ap."candidateId"
  WHERE a."entityType" = 'Application' AND a."entityId" = ap.id AND c."anonymizedAt" IS NOT NULL;

-- Search by name (ILIKE '%…%') uses a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "AuditEvent_entityName_trgm_idx" ON "AuditEvent" USING gin ("entityName" gin_trgm_ops);
