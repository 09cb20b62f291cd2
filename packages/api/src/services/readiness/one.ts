import { Prisma, type DbClient } from "@portal/db";
import type { StaffAssessmentFact } from "@portal/domain";
import { toDomainRule } from "../onboarding/enrol";
import { courseLanguage } from "../onboarding/localize";
import type { CourseContext } from "./courses";
import {
  byPerson,
  readinessOf,
  type ActiveSignOff,
  type HireRow,
  type PersonReadiness,
  type ProfileRow,
  type StaffRow,
} from "./load";

/**
 * One person's readiness in ONE SQL statement, for the pages a person opens about themselves on every visit
 * (the STAFF home). `loadReadiness` reads the same facts in some 26 statements, one per relation, each planned by
 * Prisma and by PostgreSQL: for one person that per-statement cost is the whole cost (bench:load, issue 13). The
 * result is the same `PersonReadiness` (readiness/one.int.test.ts compares the two for every person of a company).
 *
 * Dates travel as epoch milliseconds (`extract(epoch ...)` reads a timestamp without time zone as UTC, as Prisma
 * stores it), so no string is re-parsed in a time zone.
 */
type Ms = number;
type Raw = {
  staff: Omit<StaffRow, "startDate"> & { startDate: Ms };
  expertise: { staffMemberId: string; segmentId: string; level: number }[];
  assessments: (Omit<StaffAssessmentFact, "expiresAt"> & { staffMemberId: string; expiresAt: Ms | null })[];
  signOffs: (Omit<ActiveSignOff, "signedOffAt"> & { signedOffAt: Ms })[];
  hire:
    | (Omit<HireRow, "candidate"> & {
        candidate: Omit<HireRow["candidate"], "certifications"> & {
          certifications: { name: string; expiresAt: Ms | null }[];
        };
      })
    | null;
  profile: (Omit<ProfileRow, "createdAt"> & { createdAt: Ms }) | null;
  rules: {
    id: string;
    courseId: string;
    departmentId: string | null;
    positionId: string | null;
    segmentId: string | null;
    dueDays: number;
    recertifyMonths: number | null;
    title: string;
    summary: string;
    /** The published version's languages, for the title in the reader's language. */
    version: { mainLocale: string; locales: string[]; titles: Prisma.JsonValue } | null;
  }[];
  enrolments: {
    id: string;
    staffMemberId: string;
    courseId: string;
    versionId: string;
    enrolledAt: Ms;
    dueAt: Ms | null;
    recertifyMonths: number | null;
    passedAt: Ms | null;
    itemsDone: number;
    items: number;
  }[];
};

const date = (ms: Ms) => new Date(ms);
const dateOrNull = (ms: Ms | null) => (ms === null ? null : new Date(ms));

/**
 * The readiness of one staff member (not LEFT), by their id or their user's, or null. With `readerLocale`, course
 * titles are in the reader's language where the course is offered in it (as the learner's own plan shows them).
 */
export async function loadOneReadiness(
  db: DbClient,
  who: { staffMemberId: string } | { userId: string },
  asOf: Date,
  readerLocale?: string,
): Promise<PersonReadiness | null> {
  const match =
    "userId" in who ? Prisma.sql`s."userId" = ${who.userId}` : Prisma.sql`s."id" = ${who.staffMemberId}`;
  const [row] = await db.$queryRaw<{ one: Raw | null }[]>`
    WITH s AS (
      SELECT s.*, d."segmentId" FROM "StaffMember" s JOIN "Department" d ON d."id" = s."departmentId"
       WHERE ${match} AND s."status" <> 'LEFT'
    ), profile AS (
      SELECT h.* FROM "HiringProfile" h JOIN s ON h."positionId" = s."positionId"
       ORDER BY h."version" DESC LIMIT 1
    )
    SELECT (SELECT json_build_object(
      'staff', json_build_object(
        'id', s."id", 'departmentId', s."departmentId", 'positionId', s."positionId",
        'startDate', floor(extract(epoch FROM s."startDate") * 1000), 'status', s."status",
        'user', (SELECT json_build_object('id', u."id", 'name', u."name", 'email', u."email")
                   FROM "User" u WHERE u."id" = s."userId"),
        'department', (SELECT json_build_object('name', d."name", 'segmentId', d."segmentId")
                         FROM "Department" d WHERE d."id" = s."departmentId"),
        'position', (SELECT json_build_object('title', p."title") FROM "Position" p WHERE p."id" = s."positionId")),
      'expertise', (SELECT coalesce(json_agg(json_build_object(
          'staffMemberId', e."staffMemberId", 'segmentId', e."segmentId", 'level', e."level")), '[]')
        FROM "Expertise" e WHERE e."staffMemberId" = s."id"),
      'assessments', (SELECT coalesce(json_agg(json_build_object(
          'staffMemberId', a."staffMemberId", 'kind', a."kind", 'subject', a."subject", 'value', a."value",
          'cefr', a."cefr", 'expiresAt', floor(extract(epoch FROM a."expiresAt") * 1000))), '[]')
        FROM "StaffAssessment" a WHERE a."staffMemberId" = s."id"),
      'signOffs', (SELECT coalesce(json_agg(json_build_object(
          'id', o."id", 'staffMemberId', o."staffMemberId", 'positionId', o."positionId",
          'requirementKeys', o."requirementKeys", 'signedOffAt', floor(extract(epoch FROM o."signedOffAt") * 1000),
          'override', o."override", 'overrideReason', o."overrideReason", 'comment', o."comment",
          'percent', o."percent",
          'signedOffBy', (SELECT json_build_object('name', u."name") FROM "User" u WHERE u."id" = o."signedOffById"))
          ORDER BY o."signedOffAt" DESC, o."id"), '[]')
        FROM "SignOff" o WHERE o."staffMemberId" = s."id" AND o."revokedAt" IS NULL),
      'hire', (SELECT json_build_object(
          'hiredStaffMemberId', ap."hiredStaffMemberId",
          'candidate', (SELECT json_build_object(
              'customerFacingYears', c."customerFacingYears",
              'languages', (SELECT coalesce(json_agg(json_build_object('language', l."language", 'cefr', l."cefr")), '[]')
                              FROM "CandidateLanguage" l WHERE l."candidateId" = c."id"),
              'certifications', (SELECT coalesce(json_agg(json_build_object(
                  'name', cc."name", 'expiresAt', floor(extract(epoch FROM cc."expiresAt") * 1000))), '[]')
                FROM "CandidateCertification" cc WHERE cc."candidateId" = c."id"))
            FROM "Candidate" c WHERE c."id" = ap."candidateId"),
          'scorecards', (SELECT coalesce(json_agg(json_build_object(
              'ratings', (SELECT coalesce(json_agg(json_build_object(
                  'rating', r."rating",
                  'requirement', json_build_object('kind', q."kind", 'criterion', q."criterion"))), '[]')
                FROM "ScorecardRating" r JOIN "ProfileRequirement" q ON q."id" = r."requirementId"
               WHERE r."scorecardId" = sc."id"))), '[]')
            FROM "Scorecard" sc WHERE sc."applicationId" = ap."id" AND sc."submittedAt" IS NOT NULL))
        FROM "Application" ap WHERE ap."hiredStaffMemberId" = s."id"),
      'profile', (SELECT json_build_object(
          'id', h."id", 'positionId', h."positionId", 'version', h."version", 'note', h."note",
          'createdById', h."createdById", 'createdAt', floor(extract(epoch FROM h."createdAt") * 1000),
          'requirements', (SELECT coalesce(json_agg(json_build_object(
              'id', q."id", 'profileId', q."profileId", 'sortOrder', q."sortOrder", 'kind', q."kind",
              'weight', q."weight", 'mustHave', q."mustHave", 'segmentId', q."segmentId", 'level', q."level",
              'years', q."years", 'language', q."language", 'cefr', q."cefr", 'certification', q."certification",
              'criterion', q."criterion", 'rating', q."rating",
              'segment', (SELECT json_build_object('name', g."name") FROM "CustomerSegment" g WHERE g."id" = q."segmentId"))
              ORDER BY q."sortOrder"), '[]')
            FROM "ProfileRequirement" q WHERE q."profileId" = h."id"))
        FROM profile h),
      -- The rules in force that apply to this person (a rule has exactly one target), as activeRuleWhere says.
      'rules', (SELECT coalesce(json_agg(json_build_object(
          'id', r."id", 'courseId', r."courseId", 'departmentId', r."departmentId", 'positionId', r."positionId",
          'segmentId', r."segmentId", 'dueDays', r."dueDays", 'recertifyMonths', r."recertifyMonths",
          'title', c."title", 'summary', c."summary",
          'version', (SELECT json_build_object('mainLocale', v."mainLocale", 'locales', v."locales", 'titles', v."titles")
                        FROM "CourseVersion" v WHERE v."courseId" = c."id" AND v."status" = 'PUBLISHED'
                       ORDER BY v."version" DESC LIMIT 1))
          ORDER BY r."createdAt", r."id"), '[]')
        FROM "CourseRule" r JOIN "Course" c ON c."id" = r."courseId"
       WHERE r."removedAt" IS NULL AND NOT c."archived"
         AND EXISTS (SELECT 1 FROM "CourseVersion" v WHERE v."courseId" = c."id" AND v."status" = 'PUBLISHED')
         AND (r."departmentId" = s."departmentId" OR r."positionId" = s."positionId" OR r."segmentId" = s."segmentId")),
      'enrolments', (SELECT coalesce(json_agg(json_build_object(
          'id', e."id", 'staffMemberId', e."staffMemberId", 'courseId', e."courseId", 'versionId', e."versionId",
          'enrolledAt', floor(extract(epoch FROM e."enrolledAt") * 1000),
          'dueAt', floor(extract(epoch FROM e."dueAt") * 1000), 'recertifyMonths', e."recertifyMonths",
          'passedAt', floor(extract(epoch FROM e."passedAt") * 1000),
          'itemsDone', (SELECT count(*) FROM "ItemProgress" ip WHERE ip."enrolmentId" = e."id"),
          'items', (SELECT count(i."id") FROM "CourseModule" m JOIN "CourseItem" i ON i."moduleId" = m."id"
                     WHERE m."versionId" = e."versionId"))), '[]')
        FROM "Enrolment" e WHERE e."staffMemberId" = s."id")
    ) FROM s) AS "one"`;
  const raw = row?.one;
  if (!raw) return null;
  return readinessOf(
    { ...raw.staff, startDate: date(raw.staff.startDate) },
    {
      expertise: byPerson(raw.expertise),
      assessments: byPerson(raw.assessments.map((a) => ({ ...a, expiresAt: dateOrNull(a.expiresAt) }))),
      signOffs: byPerson(raw.signOffs.map((o) => ({ ...o, signedOffAt: date(o.signedOffAt) }))),
      hires: new Map(
        raw.hire
          ? [
              [
                raw.staff.id,
                {
                  ...raw.hire,
                  candidate: {
                    ...raw.hire.candidate,
                    certifications: raw.hire.candidate.certifications.map((c) => ({
                      ...c,
                      expiresAt: dateOrNull(c.expiresAt),
                    })),
                  },
                },
              ],
            ]
          : [],
      ),
    },
    raw.profile && { ...raw.profile, createdAt: date(raw.profile.createdAt) },
    courseContextOf(raw, readerLocale),
    asOf,
  );
}

const titleFor = (rule: Raw["rules"][number], readerLocale: string | undefined) =>
  readerLocale && rule.version ? courseLanguage(readerLocale, rule.version, rule).title : rule.title;

function courseContextOf(raw: Raw, readerLocale: string | undefined): CourseContext {
  const own = new Map(
    raw.enrolments.map((e) => [
      e.courseId,
      {
        id: e.id,
        staffMemberId: e.staffMemberId,
        courseId: e.courseId,
        versionId: e.versionId,
        enrolledAt: date(e.enrolledAt),
        dueAt: dateOrNull(e.dueAt),
        recertifyMonths: e.recertifyMonths,
        passedAt: dateOrNull(e.passedAt),
      },
    ]),
  );
  return {
    rules: raw.rules.map(toDomainRule),
    titles: new Map(raw.rules.map((r) => [r.courseId, titleFor(r, readerLocale)])),
    enrolmentsByPerson: new Map(raw.staff ? [[raw.staff.id, own]] : []),
    itemCounts: new Map(raw.enrolments.map((e) => [e.versionId, Number(e.items)])),
    itemsDone: new Map(raw.enrolments.map((e) => [e.id, Number(e.itemsDone)])),
  };
}
