-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "fitComputedAt" TIMESTAMP(3),
ADD COLUMN     "fitEligible" BOOLEAN,
ADD COLUMN     "fitMet" INTEGER,
ADD COLUMN     "fitMissing" INTEGER,
ADD COLUMN     "fitPartial" INTEGER,
ADD COLUMN     "fitScore" DOUBLE PRECISION,
ADD COLUMN     "fitValidUntil" TIMESTAMP(3);

-- Hand-written: the stored fit is never stale. A write to any input of the fit of an application (the facts
-- of the candidate, submitted scorecard ratings, the requirements of the profile version, the profile version
-- it is screened against) sets "fitComputedAt" of that application to NULL, meaning "not stored". Services
-- recompute the fit in the same transaction, and readers recompute rows still NULL (or past "fitValidUntil"),
-- which also backfills the rows that exist before this migration. The UPDATE takes the row locks of the
-- applications, so a concurrent recompute that read the old inputs either commits first and is invalidated
-- here, or waits and reads the new inputs.
-- (Function bodies hold semicolons: prisma.config.ts sends each migration whole, adapter-pg alone would split them.)

-- Declared facts: one UPDATE per statement (transition tables), so a 5,000-row import pays once.
CREATE FUNCTION "application_fit_candidate_rows_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Application" SET "fitComputedAt" = NULL WHERE "candidateId" IN (SELECT "candidateId" FROM old_rows);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Application" SET "fitComputedAt" = NULL WHERE "candidateId" IN (SELECT "candidateId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "CandidateLanguage_fit_insert" AFTER INSERT ON "CandidateLanguage" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_candidate_rows_changed"();
CREATE TRIGGER "CandidateLanguage_fit_update" AFTER UPDATE ON "CandidateLanguage" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_candidate_rows_changed"();
CREATE TRIGGER "CandidateLanguage_fit_delete" AFTER DELETE ON "CandidateLanguage" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_candidate_rows_changed"();
CREATE TRIGGER "CandidateCertification_fit_insert" AFTER INSERT ON "CandidateCertification" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_candidate_rows_changed"();
CREATE TRIGGER "CandidateCertification_fit_update" AFTER UPDATE ON "CandidateCertification" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_candidate_rows_changed"();
CREATE TRIGGER "CandidateCertification_fit_delete" AFTER DELETE ON "CandidateCertification" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_candidate_rows_changed"();
CREATE TRIGGER "CandidateExpertise_fit_insert" AFTER INSERT ON "CandidateExpertise" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_candidate_rows_changed"();
CREATE TRIGGER "CandidateExpertise_fit_update" AFTER UPDATE ON "CandidateExpertise" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_candidate_rows_changed"();
CREATE TRIGGER "CandidateExpertise_fit_delete" AFTER DELETE ON "CandidateExpertise" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_candidate_rows_changed"();

-- Years of experience are the only fit input on the candidate row itself (names are read live by ranking).
CREATE FUNCTION "application_fit_candidate_years_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Application" SET "fitComputedAt" = NULL WHERE "candidateId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Candidate_fit_years" AFTER UPDATE OF "customerFacingYears" ON "Candidate"
  FOR EACH ROW WHEN (OLD."customerFacingYears" IS DISTINCT FROM NEW."customerFacingYears")
  EXECUTE FUNCTION "application_fit_candidate_years_changed"();

-- Requirement rows of a profile version (services never edit a version that applications use, seeds and tests may).
CREATE FUNCTION "application_fit_requirements_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Application" SET "fitComputedAt" = NULL WHERE "profileId" IN (SELECT "profileId" FROM old_rows);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Application" SET "fitComputedAt" = NULL WHERE "profileId" IN (SELECT "profileId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "ProfileRequirement_fit_insert" AFTER INSERT ON "ProfileRequirement" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_requirements_changed"();
CREATE TRIGGER "ProfileRequirement_fit_update" AFTER UPDATE ON "ProfileRequirement" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_requirements_changed"();
CREATE TRIGGER "ProfileRequirement_fit_delete" AFTER DELETE ON "ProfileRequirement" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_requirements_changed"();

-- Only submitted scorecards count: the ratings of a draft change nothing until the scorecard is submitted.
CREATE FUNCTION "application_fit_ratings_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Application" a SET "fitComputedAt" = NULL FROM "Scorecard" s
    WHERE s."id" IN (SELECT "scorecardId" FROM old_rows) AND s."submittedAt" IS NOT NULL AND a."id" = s."applicationId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Application" a SET "fitComputedAt" = NULL FROM "Scorecard" s
    WHERE s."id" IN (SELECT "scorecardId" FROM new_rows) AND s."submittedAt" IS NOT NULL AND a."id" = s."applicationId";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "ScorecardRating_fit_insert" AFTER INSERT ON "ScorecardRating" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_ratings_changed"();
CREATE TRIGGER "ScorecardRating_fit_update" AFTER UPDATE ON "ScorecardRating" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_ratings_changed"();
CREATE TRIGGER "ScorecardRating_fit_delete" AFTER DELETE ON "ScorecardRating" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "application_fit_ratings_changed"();

-- A scorecard starts or stops counting (submitted, deleted, moved).
CREATE FUNCTION "application_fit_scorecard_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."submittedAt" IS NOT NULL THEN
    UPDATE "Application" SET "fitComputedAt" = NULL WHERE "id" = OLD."applicationId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."submittedAt" IS NOT NULL THEN
    UPDATE "Application" SET "fitComputedAt" = NULL WHERE "id" = NEW."applicationId";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Scorecard_fit_insert_delete" AFTER INSERT OR DELETE ON "Scorecard"
  FOR EACH ROW EXECUTE FUNCTION "application_fit_scorecard_changed"();
CREATE TRIGGER "Scorecard_fit_update" AFTER UPDATE OF "submittedAt", "applicationId" ON "Scorecard"
  FOR EACH ROW WHEN (OLD."submittedAt" IS DISTINCT FROM NEW."submittedAt" OR OLD."applicationId" IS DISTINCT FROM NEW."applicationId")
  EXECUTE FUNCTION "application_fit_scorecard_changed"();

-- Re-screened against another profile version (or moved to another candidate): the stored fit no longer applies.
CREATE FUNCTION "application_fit_application_rescreened"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."fitComputedAt" := NULL;
  RETURN NEW;
END $$;
CREATE TRIGGER "Application_fit_rescreened" BEFORE UPDATE OF "profileId", "candidateId" ON "Application"
  FOR EACH ROW WHEN (OLD."profileId" IS DISTINCT FROM NEW."profileId" OR OLD."candidateId" IS DISTINCT FROM NEW."candidateId")
  EXECUTE FUNCTION "application_fit_application_rescreened"();
