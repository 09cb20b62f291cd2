import type { Db } from "@portal/db";
import { notFound } from "../../errors";
import { staffScope } from "../../scopes";
import { companyProfile } from "../company";
import type { Actor } from "../../actor";

const certificateInclude = {
  version: { select: { version: true, course: { select: { title: true } } } },
  enrolment: {
    select: {
      staffMember: {
        select: { id: true, user: { select: { name: true } }, department: { select: { name: true } } },
      },
    },
  },
} as const;

function view(c: Awaited<ReturnType<typeof load>>, now: Date) {
  const grantedSegment = c.grantedSegment;
  return {
    id: c.id,
    verificationCode: c.verificationCode,
    issuedAt: c.issuedAt,
    expiresAt: c.expiresAt,
    valid: c.expiresAt === null || now < c.expiresAt,
    course: c.version.course.title,
    version: c.version.version,
    holder: c.enrolment.staffMember.user.name,
    department: c.enrolment.staffMember.department.name,
    staffMemberId: c.enrolment.staffMember.id,
    granted:
      grantedSegment && c.grantedLevel ? { segment: grantedSegment.name, level: c.grantedLevel } : null,
  };
}

async function load(db: Db, where: { id: string } | { verificationCode: string }) {
  const c = await db.certificate.findUnique({ where: where as { id: string }, include: certificateInclude });
  if (!c) throw notFound("certificateNotFound");
  const grantedSegment = c.grantedSegmentId
    ? await db.customerSegment.findUnique({ where: { id: c.grantedSegmentId }, select: { name: true } })
    : null;
  return { ...c, grantedSegment };
}

/**
 * The certificate page (and its PDF): its holder, or anyone who may see the holder's staff record (HR, their
 * head); with the company's name and logo it is issued by.
 */
export async function certificateForViewer(db: Db, actor: Actor, id: string) {
  const c = await load(db, { id });
  const visible = await db.staffMember.count({
    where: { AND: [{ id: c.enrolment.staffMember.id }, staffScope(actor)] },
  });
  if (!visible) throw notFound("certificateNotFound");
  return { ...view(c, new Date()), company: await companyProfile(db) };
}

/** Public check of a printed code: says whose certificate it is, for which course, and whether it is valid. */
export async function verifyCertificate(db: Db, code: string) {
  const c = await db.certificate.findUnique({
    where: { verificationCode: code },
    include: certificateInclude,
  });
  if (!c) return { found: false as const };
  const now = new Date();
  return {
    found: true as const,
    course: c.version.course.title,
    holder: c.enrolment.staffMember.user.name,
    issuedAt: c.issuedAt,
    expiresAt: c.expiresAt,
    valid: c.expiresAt === null || now < c.expiresAt,
  };
}
