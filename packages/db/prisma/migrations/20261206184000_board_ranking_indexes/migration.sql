-- Hand-written (Prisma cannot express NULLS LAST in an index): the ranking order of the hiring pipeline
-- (eligible first, then score, both DESC NULLS LAST) per position, and per position and stage for the board's
-- columns. The board's totals and freshness check read the included columns without visiting the table.
CREATE INDEX "Application_positionId_rank_idx" ON "Application" ("positionId", "fitEligible" DESC NULLS LAST, "fitScore" DESC NULLS LAST);
CREATE INDEX "Application_positionId_stage_rank_idx" ON "Application" ("positionId", "stage", "fitEligible" DESC NULLS LAST, "fitScore" DESC NULLS LAST) INCLUDE ("fitComputedAt", "fitValidUntil");
