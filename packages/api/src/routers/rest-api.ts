import type { TRPCRouterRecord } from "@trpc/server";
import {
  byId,
  candidateApplyInput,
  candidateInput,
  cursorQuery,
  detachedInput,
  manualEnrolInput,
  restApplicationList,
  restCertificateList,
  restDepartmentRef,
  restEnrolmentList,
  stageMoveInput,
  staffMemberRef,
} from "@portal/validators";
import {
  cursorPage,
  restApplication,
  restApplicationCreated,
  restCandidate,
  restCandidateCreated,
  restCertificate,
  restCourse,
  restDepartment,
  restDepartmentReadiness,
  restEnrolled,
  restEnrolment,
  restPosition,
  restReadiness,
  restSegment,
  restStaffMember,
  restStageMoved,
} from "../rest-schemas";
import { hrProcedure, managerProcedure, protectedProcedure, type Meta } from "../trpc";
import * as organization from "../services/rest/organization";
import * as hiring from "../services/rest/hiring";
import * as learning from "../services/rest/learning";
import { applyCandidate, createCandidate } from "../services/hiring/candidates/write";
import { moveApplication } from "../services/hiring/pipeline/move";
import { enrolManually } from "../services/onboarding/enrolments";
import { personReadiness } from "../services/readiness/person";
import { departmentReadinessStatus } from "../services/readiness/team";

/**
 * The REST API under /api/v1 (issue 19, see rest.ts): each procedure has its route (`openapi`) and the API-token
 * scope it needs (`scope`). The role builders are the UI's for the same data and the services apply the same row
 * scopes (reads here page by cursor in SQL; changes call the UI's own services), so a token acting for a user
 * reaches exactly what that user reaches in the UI, narrowed further by the token's scopes. Inputs are detached
 * copies of the schemas (detachedInput): trpc-to-openapi's coercion must not change the UI's own.
 */
type RestRoute = NonNullable<Meta["openapi"]>;
const get = (path: `/v1/${string}`, tag: string, summary: string): RestRoute => ({
  method: "GET",
  path,
  tags: [tag],
  summary,
});
const post = (path: `/v1/${string}`, tag: string, summary: string): RestRoute => ({
  method: "POST",
  path,
  tags: [tag],
  summary,
});

export const restApiRouter = {
  listSegments: protectedProcedure
    .meta({ scope: "segments:read", openapi: get("/v1/segments", "segments", "List customer segments") })
    .input(detachedInput(cursorQuery))
    .output(cursorPage(restSegment))
    .query(({ ctx, input }) => organization.listSegments(ctx.db, input)),
  getSegment: protectedProcedure
    .meta({ scope: "segments:read", openapi: get("/v1/segments/{id}", "segments", "Get a customer segment") })
    .input(detachedInput(byId))
    .output(restSegment)
    .query(({ ctx, input }) => organization.getSegment(ctx.db, input.id)),

  listDepartments: managerProcedure
    .meta({ scope: "departments:read", openapi: get("/v1/departments", "departments", "List departments") })
    .input(detachedInput(cursorQuery))
    .output(cursorPage(restDepartment))
    .query(({ ctx, input }) => organization.listDepartments(ctx.db, ctx.user, input)),
  getDepartment: managerProcedure
    .meta({
      scope: "departments:read",
      openapi: get("/v1/departments/{id}", "departments", "Get a department"),
    })
    .input(detachedInput(byId))
    .output(restDepartment)
    .query(({ ctx, input }) => organization.getDepartment(ctx.db, ctx.user, input.id)),

  listPositions: managerProcedure
    .meta({ scope: "positions:read", openapi: get("/v1/positions", "positions", "List positions") })
    .input(detachedInput(cursorQuery))
    .output(cursorPage(restPosition))
    .query(({ ctx, input }) => organization.listPositions(ctx.db, ctx.user, input)),
  getPosition: managerProcedure
    .meta({ scope: "positions:read", openapi: get("/v1/positions/{id}", "positions", "Get a position") })
    .input(detachedInput(byId))
    .output(restPosition)
    .query(({ ctx, input }) => organization.getPosition(ctx.db, ctx.user, input.id)),

  listStaff: managerProcedure
    .meta({ scope: "staff:read", openapi: get("/v1/staff", "staff", "List staff with their expertise") })
    .input(detachedInput(cursorQuery))
    .output(cursorPage(restStaffMember))
    .query(({ ctx, input }) => organization.listStaff(ctx.db, ctx.user, input)),
  getStaff: managerProcedure
    .meta({
      scope: "staff:read",
      openapi: get("/v1/staff/{id}", "staff", "Get a staff member with expertise"),
    })
    .input(detachedInput(byId))
    .output(restStaffMember)
    .query(({ ctx, input }) => organization.getStaff(ctx.db, ctx.user, input.id)),

  listCandidates: managerProcedure
    .meta({ scope: "candidates:read", openapi: get("/v1/candidates", "candidates", "List candidates") })
    .input(detachedInput(cursorQuery))
    .output(cursorPage(restCandidate))
    .query(({ ctx, input }) => hiring.listCandidates(ctx.db, ctx.user, input)),
  getCandidate: managerProcedure
    .meta({ scope: "candidates:read", openapi: get("/v1/candidates/{id}", "candidates", "Get a candidate") })
    .input(detachedInput(byId))
    .output(restCandidate)
    .query(({ ctx, input }) => hiring.getCandidate(ctx.db, ctx.user, input.id)),
  createCandidate: hrProcedure
    .meta({
      scope: "candidates:write",
      openapi: post(
        "/v1/candidates",
        "candidates",
        "Create a candidate, optionally in a position's pipeline",
      ),
    })
    .input(detachedInput(candidateInput))
    .output(restCandidateCreated)
    .mutation(({ ctx, input }) => createCandidate(ctx.db, ctx.user, input)),

  listApplications: managerProcedure
    .meta({
      scope: "applications:read",
      openapi: get("/v1/applications", "applications", "List applications"),
    })
    .input(detachedInput(restApplicationList))
    .output(cursorPage(restApplication))
    .query(({ ctx, input }) => hiring.listApplications(ctx.db, ctx.user, input)),
  getApplication: managerProcedure
    .meta({
      scope: "applications:read",
      openapi: get("/v1/applications/{id}", "applications", "Get an application"),
    })
    .input(detachedInput(byId))
    .output(restApplication)
    .query(({ ctx, input }) => hiring.getApplication(ctx.db, ctx.user, input.id)),
  createApplication: hrProcedure
    .meta({
      scope: "applications:write",
      openapi: post("/v1/applications", "applications", "Put a candidate into a position's pipeline"),
    })
    .input(detachedInput(candidateApplyInput))
    .output(restApplicationCreated)
    .mutation(({ ctx, input }) => applyCandidate(ctx.db, ctx.user, input)),
  moveApplication: hrProcedure
    .meta({
      scope: "applications:write",
      openapi: post(
        "/v1/applications/{applicationId}/stage",
        "applications",
        "Move an application to a stage",
      ),
    })
    .input(detachedInput(stageMoveInput))
    .output(restStageMoved)
    .mutation(({ ctx, input }) => moveApplication(ctx.db, ctx.user, input)),

  listCourses: hrProcedure
    .meta({ scope: "courses:read", openapi: get("/v1/courses", "courses", "List courses") })
    .input(detachedInput(cursorQuery))
    .output(cursorPage(restCourse))
    .query(({ ctx, input }) => learning.listCourses(ctx.db, input)),
  listEnrolments: managerProcedure
    .meta({ scope: "enrolments:read", openapi: get("/v1/enrolments", "enrolments", "List enrolments") })
    .input(detachedInput(restEnrolmentList))
    .output(cursorPage(restEnrolment))
    .query(({ ctx, input }) => learning.listEnrolments(ctx.db, ctx.user, input)),
  enrol: managerProcedure
    .meta({
      scope: "enrolments:write",
      openapi: post("/v1/enrolments", "enrolments", "Enrol people in a course"),
    })
    .input(detachedInput(manualEnrolInput))
    .output(restEnrolled)
    .mutation(({ ctx, input }) => enrolManually(ctx.db, ctx.user, input)),

  listCertificates: managerProcedure
    .meta({
      scope: "certificates:read",
      openapi: get("/v1/certificates", "certificates", "List certificates"),
    })
    .input(detachedInput(restCertificateList))
    .output(cursorPage(restCertificate))
    .query(({ ctx, input }) => learning.listCertificates(ctx.db, ctx.user, input)),
  getCertificate: managerProcedure
    .meta({
      scope: "certificates:read",
      openapi: get("/v1/certificates/{id}", "certificates", "Get a certificate"),
    })
    .input(detachedInput(byId))
    .output(restCertificate)
    .query(({ ctx, input }) => learning.getCertificate(ctx.db, ctx.user, input.id)),

  /** As the UI's readiness.person: staff their own, heads their people, HR and admins anyone. */
  personReadiness: protectedProcedure
    .meta({
      scope: "readiness:read",
      openapi: get("/v1/readiness/staff/{staffMemberId}", "readiness", "A staff member's readiness"),
    })
    .input(detachedInput(staffMemberRef))
    .output(restReadiness)
    .query(({ ctx, input }) => personReadiness(ctx.db, ctx.user, input.staffMemberId)),
  departmentReadiness: managerProcedure
    .meta({
      scope: "readiness:read",
      openapi: get("/v1/readiness/departments/{departmentId}", "readiness", "A department's readiness"),
    })
    .input(detachedInput(restDepartmentRef))
    .output(restDepartmentReadiness)
    .query(({ ctx, input }) => departmentReadinessStatus(ctx.db, ctx.user, input.departmentId)),
} satisfies TRPCRouterRecord;
