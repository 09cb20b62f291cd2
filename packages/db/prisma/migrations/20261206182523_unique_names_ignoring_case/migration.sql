-- Names that must be unique are unique ignoring case and surrounding spaces ("young ADULTS" beside
-- "Young adults" is refused): customer segments, departments, and position titles within a department.
-- Prisma cannot express an index on an expression, so these are hand-written; rethrowUnique finds the field
-- in the index name. Rows that already collide keep the oldest name and get " (2)", " (3)"... appended.

UPDATE "CustomerSegment" s SET "name" = s."name" || ' (' || d.rn || ')'
  FROM (SELECT "id", row_number() OVER (PARTITION BY lower(btrim("name")) ORDER BY "createdAt", "id") AS rn
          FROM "CustomerSegment") d
 WHERE d."id" = s."id" AND d.rn > 1;
CREATE UNIQUE INDEX "CustomerSegment_name_ci_key" ON "CustomerSegment" (lower(btrim("name")));

UPDATE "Department" s SET "name" = s."name" || ' (' || d.rn || ')'
  FROM (SELECT "id", row_number() OVER (PARTITION BY lower(btrim("name")) ORDER BY "createdAt", "id") AS rn
          FROM "Department") d
 WHERE d."id" = s."id" AND d.rn > 1;
CREATE UNIQUE INDEX "Department_name_ci_key" ON "Department" (lower(btrim("name")));

UPDATE "Position" s SET "title" = s."title" || ' (' || d.rn || ')'
  FROM (SELECT "id", row_number() OVER (PARTITION BY "departmentId", lower(btrim("title")) ORDER BY "createdAt", "id") AS rn
          FROM "Position") d
 WHERE d."id" = s."id" AND d.rn > 1;
CREATE UNIQUE INDEX "Position_departmentId_title_ci_key" ON "Position" ("departmentId", lower(btrim("title")));
