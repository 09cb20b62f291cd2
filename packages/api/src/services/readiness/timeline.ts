import type { Db } from "@portal/db";
import type { RequirementKindValue as RequirementKind } from "@portal/validators";
import { notFound } from "../../errors";
import { staffScope } from "../../scopes";
import type { Actor } from "../../actor";

export type TimelineEvent =
  | { at: Date; kind: "started"; position: string | null; department: string }
  | { at: Date; kind: "hired"; position: string }
  | { at: Date; kind: "scorecard"; interviewer: string }
  | { at: Date; kind: "enrolled"; course: string; manual: boolean }
  | {
      at: Date;
      kind: "attempt";
      course: string;
      quiz: string;
      passed: boolean;
      correct: number;
      total: number;
    }
  | { at: Date; kind: "certificate"; course: string; expiresAt: Date | null }
  | {
      at: Date;
      kind: "expertise";
      segment: string;
      from: number | null;
      to: number;
      source: string;
      by: string | null;
    }
  | {
      at: Date;
      kind: "assessment";
      /** What was assessed; `subject` is a language code for LANGUAGE and "" for EXPERIENCE. */
      assessedKind: RequirementKind;
      subject: string;
      assessment: string;
      by: string | null;
    }
  | { at: Date; kind: "signOff"; override: boolean; by: string | null; comment: string }
  | { at: Date; kind: "revoked"; reason: string; by: string | null };

/** Everything that happened on a person's way to readiness, newest first, in a fixed number of queries. */
export async function personTimeline(db: Db, actor: Actor, staffMemberId: string): Promise<TimelineEvent[]> {
  const person = await db.staffMember.findFirst({
    where: { AND: [{ id: staffMemberId }, staffScope(actor)] },
    select: {
      startDate: true,
      department: { select: { name: true } },
      position: { select: { title: true } },
      hiredFrom: {
        select: {
          hiredAt: true,
          position: { select: { title: true } },
          scorecards: {
            where: { submittedAt: { not: null } },
            select: { submittedAt: true, interviewer: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!person) throw notFound("staffMemberNotFound");
  const mine = { staffMemberId };
  const [enrolments, attempts, certificates, expertise, assessments, signOffs] = await Promise.all([
    db.enrolment.findMany({
      where: mine,
      select: { enrolledAt: true, source: true, course: { select: { title: true } } },
    }),
    db.quizAttempt.findMany({
      where: { enrolment: mine, submittedAt: { not: null } },
      select: {
        submittedAt: true,
        passed: true,
        correctCount: true,
        total: true,
        item: { select: { title: true } },
        enrolment: { select: { course: { select: { title: true } } } },
      },
    }),
    db.certificate.findMany({
      where: { enrolment: mine },
      select: {
        issuedAt: true,
        expiresAt: true,
        enrolment: { select: { course: { select: { title: true } } } },
      },
    }),
    db.expertiseChange.findMany({
      where: mine,
      select: {
        createdAt: true,
        previousLevel: true,
        level: true,
        source: true,
        segment: { select: { name: true } },
        assessedBy: { select: { name: true } },
      },
    }),
    db.staffAssessment.findMany({
      where: mine,
      select: {
        assessedAt: true,
        kind: true,
        subject: true,
        value: true,
        cefr: true,
        assessedBy: { select: { name: true } },
      },
    }),
    db.signOff.findMany({
      where: mine,
      select: {
        signedOffAt: true,
        override: true,
        comment: true,
        revokedAt: true,
        revokeReason: true,
        signedOffBy: { select: { name: true } },
        revokedBy: { select: { name: true } },
      },
    }),
  ]);
  const events: TimelineEvent[] = [
    {
      at: person.startDate,
      kind: "started",
      position: person.position?.title ?? null,
      department: person.department.name,
    },
  ];
  const hire = person.hiredFrom;
  if (hire?.hiredAt) events.push({ at: hire.hiredAt, kind: "hired", position: hire.position.title });
  for (const s of hire?.scorecards ?? [])
    events.push({ at: s.submittedAt!, kind: "scorecard", interviewer: s.interviewer.name });
  for (const e of enrolments)
    events.push({
      at: e.enrolledAt,
      kind: "enrolled",
      course: e.course.title,
      manual: e.source === "MANUAL",
    });
  for (const a of attempts)
    events.push({
      at: a.submittedAt!,
      kind: "attempt",
      course: a.enrolment.course.title,
      quiz: a.item.title,
      passed: a.passed === true,
      correct: a.correctCount ?? 0,
      total: a.total ?? 0,
    });
  for (const c of certificates)
    events.push({
      at: c.issuedAt,
      kind: "certificate",
      course: c.enrolment.course.title,
      expiresAt: c.expiresAt,
    });
  for (const x of expertise)
    events.push({
      at: x.createdAt,
      kind: "expertise",
      segment: x.segment.name,
      from: x.previousLevel,
      to: x.level,
      source: x.source,
      by: x.assessedBy?.name ?? null,
    });
  for (const a of assessments)
    events.push({
      at: a.assessedAt,
      kind: "assessment",
      assessedKind: a.kind,
      subject: a.subject,
      assessment: a.cefr ?? String(a.value ?? ""),
      by: a.assessedBy?.name ?? null,
    });
  for (const s of signOffs) {
    events.push({
      at: s.signedOffAt,
      kind: "signOff",
      override: s.override,
      by: s.signedOffBy?.name ?? null,
      comment: s.comment,
    });
    if (s.revokedAt)
      events.push({
        at: s.revokedAt,
        kind: "revoked",
        reason: s.revokeReason ?? "",
        by: s.revokedBy?.name ?? null,
      });
  }
  return events.sort((a, b) => b.at.getTime() - a.at.getTime());
}
