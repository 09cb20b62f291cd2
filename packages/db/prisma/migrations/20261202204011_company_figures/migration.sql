-- CreateTable
CREATE TABLE "CompanyFigures" (
    "key" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "payload" TEXT NOT NULL,

    CONSTRAINT "CompanyFigures_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CompanyDataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CompanyDataVersion_pkey" PRIMARY KEY ("id")
);


-- Hand-written: the version of the data behind the company figures goes up once per transaction that changes it,
-- at its commit (deferred constraint triggers), whatever route wrote: a reader that read the version before
-- computing can never store figures older than the version they claim, and the lock on the one version row is
-- taken last and held only while committing (no lock-order cycle with the rows the transaction changed).
-- Only the columns the figures read: a learner's progress (Enrolment.lastItemId) or a stored application fit
-- does not bump it. TRUNCATE (tests) bumps it through a plain statement trigger.
INSERT INTO "CompanyDataVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "company_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('portal.company_data_bumped', true) = txid_current()::text THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('portal.company_data_bumped', txid_current()::text, true);
  INSERT INTO "CompanyDataVersion" ("id", "version") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "version" = "CompanyDataVersion"."version" + 1;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "CustomerSegment_company_data" AFTER INSERT OR UPDATE OR DELETE ON "CustomerSegment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "CustomerSegment_company_data_truncate" AFTER TRUNCATE ON "CustomerSegment"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "Department_company_data" AFTER INSERT OR UPDATE OR DELETE ON "Department"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "Department_company_data_truncate" AFTER TRUNCATE ON "Department"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "Position_company_data" AFTER INSERT OR UPDATE OR DELETE ON "Position"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "Position_company_data_truncate" AFTER TRUNCATE ON "Position"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "StaffMember_company_data" AFTER INSERT OR UPDATE OR DELETE ON "StaffMember"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "StaffMember_company_data_truncate" AFTER TRUNCATE ON "StaffMember"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "SignOff_company_data" AFTER INSERT OR UPDATE OR DELETE ON "SignOff"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "SignOff_company_data_truncate" AFTER TRUNCATE ON "SignOff"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "Certificate_company_data" AFTER INSERT OR UPDATE OR DELETE ON "Certificate"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "Certificate_company_data_truncate" AFTER TRUNCATE ON "Certificate"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "Course_company_data" AFTER INSERT OR UPDATE OR DELETE ON "Course"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "Course_company_data_truncate" AFTER TRUNCATE ON "Course"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "CourseVersion_company_data" AFTER INSERT OR UPDATE OR DELETE ON "CourseVersion"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "CourseVersion_company_data_truncate" AFTER TRUNCATE ON "CourseVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "CourseModule_company_data" AFTER INSERT OR UPDATE OR DELETE ON "CourseModule"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "CourseModule_company_data_truncate" AFTER TRUNCATE ON "CourseModule"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "CourseItem_company_data" AFTER INSERT OR UPDATE OR DELETE ON "CourseItem"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "CourseItem_company_data_truncate" AFTER TRUNCATE ON "CourseItem"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "CourseRule_company_data" AFTER INSERT OR UPDATE OR DELETE ON "CourseRule"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "CourseRule_company_data_truncate" AFTER TRUNCATE ON "CourseRule"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "HiringProfile_company_data" AFTER INSERT OR UPDATE OR DELETE ON "HiringProfile"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "HiringProfile_company_data_truncate" AFTER TRUNCATE ON "HiringProfile"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "ProfileRequirement_company_data" AFTER INSERT OR UPDATE OR DELETE ON "ProfileRequirement"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "ProfileRequirement_company_data_truncate" AFTER TRUNCATE ON "ProfileRequirement"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "Expertise_company_data" AFTER INSERT OR UPDATE OR DELETE ON "Expertise"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "Expertise_company_data_truncate" AFTER TRUNCATE ON "Expertise"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "StaffAssessment_company_data" AFTER INSERT OR UPDATE OR DELETE ON "StaffAssessment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "StaffAssessment_company_data_truncate" AFTER TRUNCATE ON "StaffAssessment"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "Scorecard_company_data" AFTER INSERT OR UPDATE OR DELETE ON "Scorecard"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "Scorecard_company_data_truncate" AFTER TRUNCATE ON "Scorecard"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "ScorecardRating_company_data" AFTER INSERT OR UPDATE OR DELETE ON "ScorecardRating"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "ScorecardRating_company_data_truncate" AFTER TRUNCATE ON "ScorecardRating"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "CandidateLanguage_company_data" AFTER INSERT OR UPDATE OR DELETE ON "CandidateLanguage"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "CandidateLanguage_company_data_truncate" AFTER TRUNCATE ON "CandidateLanguage"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "CandidateCertification_company_data" AFTER INSERT OR UPDATE OR DELETE ON "CandidateCertification"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "CandidateCertification_company_data_truncate" AFTER TRUNCATE ON "CandidateCertification"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "CandidateExpertise_company_data" AFTER INSERT OR UPDATE OR DELETE ON "CandidateExpertise"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "CandidateExpertise_company_data_truncate" AFTER TRUNCATE ON "CandidateExpertise"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "User_company_data" AFTER INSERT OR DELETE OR UPDATE OF "name", "role", "active" ON "User"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "User_company_data_truncate" AFTER TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "Enrolment_company_data" AFTER INSERT OR DELETE OR UPDATE OF "staffMemberId", "courseId", "versionId", "dueAt", "recertifyMonths", "passedAt", "enrolledAt" ON "Enrolment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "Enrolment_company_data_truncate" AFTER TRUNCATE ON "Enrolment"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "Application_company_data" AFTER INSERT OR DELETE OR UPDATE OF "candidateId", "profileId", "stage", "hiredStaffMemberId", "hiredAt" ON "Application"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "Application_company_data_truncate" AFTER TRUNCATE ON "Application"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
CREATE CONSTRAINT TRIGGER "Candidate_company_data" AFTER INSERT OR DELETE OR UPDATE OF "customerFacingYears" ON "Candidate"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "company_data_changed"();
CREATE TRIGGER "Candidate_company_data_truncate" AFTER TRUNCATE ON "Candidate"
  FOR EACH STATEMENT EXECUTE FUNCTION "company_data_changed"();
