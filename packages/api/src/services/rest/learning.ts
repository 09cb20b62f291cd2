/**
 * Courses, enrolments and certificates as the REST API shows them (issue 19). Enrolments and certificates are read
 * through staffScope like the UI (a head: their own people); enrolling goes through the UI's service.
 */
import type { Db, Prisma } from "@portal/db";
import type { CursorQuery, restCertificateList, restEnrolmentList } from "@portal/validators";
import type { z } from "zod";
import type { Actor } from "../../actor";
import { cursorArgs, toCursorPage } from "../../pagination";
import { staffScope } from "../../scopes";
import { found } from "./organization";

const courseSelect = {
  id: true,
  title: true,
  summary: true,
  archived: true,
  updatedAt: true,
} satisfies Prisma.CourseSelect;

export async function listCourses(db: Db, q: CursorQuery) {
  const { where, ...page } = cursorArgs(q);
  return toCursorPage(await db.course.findMany({ where, select: courseSelect, ...page }), q);
}

const enrolmentSelect = {
  id: true,
  staffMemberId: true,
  courseId: true,
  source: true,
  enrolledAt: true,
  dueAt: true,
  passedAt: true,
} satisfies Prisma.EnrolmentSelect;

export async function listEnrolments(db: Db, actor: Actor, q: z.output<typeof restEnrolmentList>) {
  const { where, ...page } = cursorArgs(q);
  const rows = await db.enrolment.findMany({
    where: {
      AND: [
        where,
        q.courseId ? { courseId: q.courseId } : {},
        q.staffMemberId ? { staffMemberId: q.staffMemberId } : {},
        { staffMember: staffScope(actor) },
      ],
    },
    select: enrolmentSelect,
    ...page,
  });
  return toCursorPage(rows, q);
}

const certificateSelect = {
  id: true,
  verificationCode: true,
  issuedAt: true,
  expiresAt: true,
  enrolment: { select: { staffMemberId: true, courseId: true, course: { select: { title: true } } } },
} satisfies Prisma.CertificateSelect;

type CertificateRow = Prisma.CertificateGetPayload<{ select: typeof certificateSelect }>;
const toCertificate = ({ enrolment, ...row }: CertificateRow) => ({
  ...row,
  staffMemberId: enrolment.staffMemberId,
  courseId: enrolment.courseId,
  courseTitle: enrolment.course.title,
});

/** Certificates of the people the caller may see (HR: everyone's, a head: their people's). */
export async function listCertificates(db: Db, actor: Actor, q: z.output<typeof restCertificateList>) {
  const { where, ...page } = cursorArgs(q);
  const rows = await db.certificate.findMany({
    where: {
      AND: [
        where,
        q.staffMemberId ? { enrolment: { staffMemberId: q.staffMemberId } } : {},
        { enrolment: { staffMember: staffScope(actor) } },
      ],
    },
    select: certificateSelect,
    ...page,
  });
  const { items, nextCursor } = toCursorPage(rows, q);
  return { items: items.map(toCertificate), nextCursor };
}

export async function getCertificate(db: Db, actor: Actor, id: string) {
  const row = await db.certificate.findFirst({
    where: { AND: [{ id }, { enrolment: { staffMember: staffScope(actor) } }] },
    select: certificateSelect,
  });
  return toCertificate(found(row, "certificateNotFound"));
}
