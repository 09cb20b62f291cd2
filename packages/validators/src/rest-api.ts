import { z } from "zod";
import { id } from "./common";
import { candidateStages } from "./hiring";
import { readinessStatuses } from "./readiness";

/**
 * The REST API under /api/v1 (issue 19): cursor paging for lists and the shapes integrators receive. The inputs of
 * the operations that change data are the UI's own schemas; these are only what the REST calls add: list queries
 * and the documented answers (a procedure's output is parsed with them, so nothing else leaves the server).
 */

export const REST_PAGE_LIMIT_DEFAULT = 50;
export const REST_PAGE_LIMIT_MAX = 200;

/** A list's page: `cursor` is the `nextCursor` of the previous page (absent for the first page). */
export const cursorQuery = z.object({
  cursor: id.optional(),
  limit: z.number().int().min(1).max(REST_PAGE_LIMIT_MAX).default(REST_PAGE_LIMIT_DEFAULT),
});
export type CursorQuery = z.output<typeof cursorQuery>;

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

export const restApplicationList = cursorQuery.extend({ positionId: id.optional() });

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

export const restEnrolmentList = cursorQuery.extend({
  courseId: id.optional(),
  staffMemberId: id.optional(),
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

export const restCertificateList = cursorQuery.extend({ staffMemberId: id.optional() });

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

export const restDepartmentRef = z.object({ departmentId: id });

/**
 * A copy of an input schema for a REST procedure, sharing no number, boolean, bigint or date schema (nor the objects
 * and wrappers leading to one) with the original. trpc-to-openapi coerces query and body values by setting
 * `coerce` on exactly those schemas in place, so without a copy a REST call would loosen the UI's own inputs (a
 * `null` count would read as 0). Checks and refinements stay, as they live in each copied definition.
 */
export function detachedInput<T extends z.ZodType>(schema: T): T {
  const def = schema._zod.def;
  const copy = (changes: object) => schema.clone({ ...def, ...changes } as T["_zod"]["def"]) as T;
  switch (def.type) {
    case "object": {
      const shape = (def as z.core.$ZodObjectDef).shape;
      return copy({
        shape: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, detachedInput(v as z.ZodType)])),
      });
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
      return copy({ innerType: detachedInput((def as z.core.$ZodOptionalDef).innerType as z.ZodType) });
    case "array":
      return copy({ element: detachedInput((def as z.core.$ZodArrayDef).element as z.ZodType) });
    case "number":
    case "boolean":
    case "bigint":
    case "date":
      return copy({});
    default:
      return schema;
  }
}
