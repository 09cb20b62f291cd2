import { z } from "zod";
import { candidateStages, readinessStatuses } from "@portal/validators";

/**
 * What the REST API under /api/v1 answers (issue 19): each REST procedure's output is parsed with one of these, so
 * only documented fields leave the server, and the OpenAPI document describes them. Inputs live in
 * packages/validators with the UI's.
 */

/** One page of a list: `nextCursor` is null on the last page. */
export const cursorPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

const timestamp = z.date();
const ref = z.object({ id: z.string(), name: z.string() });

export const restSegment = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  archived: z.boolean(),
  updatedAt: timestamp,
});

export const restDepartment = z.object({
  id: z.string(),
  name: z.string(),
  segmentId: z.string(),
  headId: z.string().nullable(),
  targetHeadcount: z.number().int(),
  requiredLevel: z.number().int(),
  archived: z.boolean(),
  updatedAt: timestamp,
});

export const restPosition = z.object({
  id: z.string(),
  title: z.string(),
  departmentId: z.string(),
  headcount: z.number().int(),
  description: z.string(),
  archived: z.boolean(),
  updatedAt: timestamp,
});

export const restStaffMember = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  departmentId: z.string(),
  positionId: z.string().nullable(),
  status: z.string(),
  startDate: timestamp,
  expertise: z.array(z.object({ segmentId: z.string(), level: z.number().int(), assessedAt: timestamp })),
});

export const restCandidate = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  customerFacingYears: z.number().int(),
  source: z.string(),
  createdAt: timestamp,
  applications: z.array(z.object({ id: z.string(), positionId: z.string(), stage: z.enum(candidateStages) })),
});

export const restApplication = z.object({
  id: z.string(),
  candidateId: z.string(),
  positionId: z.string(),
  stage: z.enum(candidateStages),
  stageChangedAt: timestamp,
  createdAt: timestamp,
});

export const restCourse = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  archived: z.boolean(),
  updatedAt: timestamp,
});

export const restEnrolment = z.object({
  id: z.string(),
  staffMemberId: z.string(),
  courseId: z.string(),
  source: z.string(),
  enrolledAt: timestamp,
  dueAt: timestamp.nullable(),
  passedAt: timestamp.nullable(),
});

export const restCertificate = z.object({
  id: z.string(),
  staffMemberId: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  verificationCode: z.string(),
  issuedAt: timestamp,
  expiresAt: timestamp.nullable(),
});

export const restReadiness = z.object({
  staff: z.object({ id: z.string() }),
  status: z.enum(readinessStatuses),
  percent: z.number(),
  mustHavesMet: z.boolean(),
  /** Why a sign-off lapsed (empty while it holds). */
  lapsed: z.array(z.object({ kind: z.string() })),
});

export const restDepartmentReadiness = z.object({
  department: ref,
  asOf: timestamp,
  counts: z.record(z.enum(readinessStatuses), z.number().int()),
  people: z.array(
    z.object({ staffMemberId: z.string(), status: z.enum(readinessStatuses), percent: z.number() }),
  ),
});

/** What the operations that change data answer. */
export const restCandidateCreated = z.object({
  candidate: z.object({ id: z.string() }),
  applicationId: z.string().nullable(),
});

export const restApplicationCreated = z.object({
  application: z.object({ id: z.string(), stage: z.enum(candidateStages) }),
  created: z.boolean(),
});

export const restStageMoved = z.object({
  id: z.string(),
  stage: z.enum(candidateStages),
  changed: z.boolean(),
});

export const restEnrolled = z.object({ enrolled: z.number().int(), alreadyEnrolled: z.number().int() });
