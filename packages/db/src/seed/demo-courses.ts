/**
 * Onboarding demo data: the four published demo courses (demo-courses-content.ts), the rules that require them,
 * and every demo staff member enrolled by those rules with varied progress: passed with certificates (and the
 * TRAINING expertise the course granted), in progress, overdue, not started, and one expired certificate.
 * Deterministic (own seeded random, staff in e-mail order); dates are relative to `now` so "overdue" and
 * "expired" stay true whenever the demo is loaded. Runs inside the demo seed's transaction.
 */
import type { DbClient } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { seededRandom, type Random } from "../random";
import { demoSegments } from "./demo-data";
import { demoCourses, type DemoCourse, type DemoItem } from "./demo-courses-content";
import { withTranslations } from "./demo-courses-i18n";

const DAY = 86_400_000;
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY);
const addMonths = (d: Date, months: number) => {
  const r = new Date(d.getTime());
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
};

/** Days to complete each course after enrolment; the basics are recertified yearly. */
const ruleOf: Record<DemoCourse["key"], { dueDays: number; recertifyMonths: number | null }> = {
  basics: { dueDays: 30, recertifyMonths: 12 },
  private: { dueDays: 21, recertifyMonths: null },
  small: { dueDays: 14, recertifyMonths: null },
  public: { dueDays: 30, recertifyMonths: null },
};

type Created = {
  id: string;
  key: DemoCourse["key"];
  title: string;
  versionId: string;
  outcome: { segmentId: string; level: number } | null;
  items: { id: string; kind: DemoItem["kind"]; item: DemoItem }[];
};

async function createCourse(
  db: DbClient,
  c: DemoCourse,
  segmentIds: Map<string, string>,
  now: Date,
): Promise<Created> {
  const outcome = c.outcome
    ? { segmentId: segmentIds.get(c.outcome.segment)!, level: c.outcome.level }
    : null;
  // English is the main language; Swedish and Tagalog translations of every text (demo-courses-sv/tl.ts).
  const translated = withTranslations(c);
  const course = await db.course.create({
    data: {
      title: c.title,
      summary: c.summary,
      segments: { connect: c.segments.map((k) => ({ id: segmentIds.get(k)! })) },
    },
  });
  const version = await db.courseVersion.create({
    data: {
      courseId: course.id,
      version: 1,
      status: "PUBLISHED",
      publishedAt: daysAgo(now, 400),
      outcomeSegmentId: outcome?.segmentId ?? null,
      outcomeLevel: outcome?.level ?? null,
      mainLocale: translated.mainLocale,
      locales: translated.locales,
      titles: translated.titles,
    },
  });
  const items: Created["items"] = [];
  for (const [m, mod] of translated.modules.entries()) {
    const module = await db.courseModule.create({
      data: { versionId: version.id, sortOrder: m, title: mod.title, translations: mod.translations },
    });
    for (const [i, item] of mod.items.entries()) {
      const row = await db.courseItem.create({
        data: {
          moduleId: module.id,
          sortOrder: i,
          kind: item.kind,
          title: item.title,
          durationMinutes: item.durationMinutes,
          body: item.kind === "LESSON" ? item.body : "",
          content: item.kind === "LESSON" ? undefined : (item.content as Prisma.InputJsonValue),
          translations: item.translations as Prisma.InputJsonValue,
        },
      });
      items.push({ id: row.id, kind: item.kind, item });
    }
  }
  return { id: course.id, key: c.key, title: c.title, versionId: version.id, outcome, items };
}

/** The correct answers of a demo quiz, stored on a passed demo attempt. */
function correctAnswers(item: DemoItem) {
  if (item.kind !== "QUIZ") return {};
  return Object.fromEntries(
    item.content.questions.map((q) => [
      q.id,
      q.kind === "single"
        ? { kind: q.kind, optionId: q.correctOptionId }
        : q.kind === "multiple"
          ? { kind: q.kind, optionIds: q.correctOptionIds }
          : q.kind === "trueFalse"
            ? { kind: q.kind, value: q.correct }
            : { kind: q.kind, itemIds: q.items.map((o) => o.id) },
    ]),
  );
}

const codeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const code = (rnd: Random) => {
  const c = Array.from({ length: 8 }, () => codeAlphabet[rnd.int(0, codeAlphabet.length - 1)]).join("");
  return `CERT-${c.slice(0, 4)}-${c.slice(4)}`;
};

type Plan = {
  state: "passed" | "expired" | "progress" | "overdue" | "new";
  done?: number;
  passedDaysAgo?: number;
};

export async function seedDemoCourses(db: DbClient, now = new Date()) {
  const rnd = seededRandom(20261124);
  const segments = await db.customerSegment.findMany({ select: { id: true, name: true } });
  const segmentIds = new Map(demoSegments.map((s) => [s.key, segments.find((x) => x.name === s.name)!.id]));
  const courses = new Map<DemoCourse["key"], Created>();
  for (const c of demoCourses) courses.set(c.key, await createCourse(db, c, segmentIds, now));

  // Rules: the basics for every department (one rule per served segment), each segment course for its department.
  const departments = await db.department.findMany({ select: { id: true, segmentId: true } });
  const ruleIds = new Map<string, string>(); // `${courseKey}:${segmentId}` -> rule id
  for (const d of departments) {
    const basics = courses.get("basics")!;
    const r = await db.courseRule.create({
      data: { courseId: basics.id, segmentId: d.segmentId, ...ruleOf.basics },
    });
    ruleIds.set(`basics:${d.segmentId}`, r.id);
    const segKey = demoSegments.find((s) => segmentIds.get(s.key) === d.segmentId)?.key;
    const seg = courses.get(segKey as DemoCourse["key"]);
    if (seg && seg.key !== "basics") {
      const rule = await db.courseRule.create({
        data: { courseId: seg.id, departmentId: d.id, ...ruleOf[seg.key] },
      });
      ruleIds.set(`${seg.key}:${d.segmentId}`, rule.id);
    }
  }

  const staff = await db.staffMember.findMany({
    select: {
      id: true,
      status: true,
      department: { select: { segmentId: true } },
      user: { select: { email: true } },
      expertise: true,
    },
    orderBy: { user: { email: "asc" } },
  });
  const enrolments: Prisma.EnrolmentCreateManyInput[] = [];
  const progress: Prisma.ItemProgressCreateManyInput[] = [];
  const attempts: Prisma.QuizAttemptCreateManyInput[] = [];
  const certificates: Prisma.CertificateCreateManyInput[] = [];
  const raises: {
    staffMemberId: string;
    segmentId: string;
    previous: number | null;
    level: number;
    evidence: string;
    at: Date;
  }[] = [];
  let expiredGiven = false;
  let onboardingSeen = 0;
  let n = 0;

  for (const p of staff) {
    const isDemoStaff = p.user.email === "staff@nordvik.example";
    const segCourse = [...courses.values()].find(
      (c) => c.key !== "basics" && c.outcome?.segmentId === p.department.segmentId,
    );
    for (const course of [courses.get("basics")!, ...(segCourse ? [segCourse] : [])]) {
      const rule = ruleOf[course.key];
      let plan: Plan;
      if (isDemoStaff) {
        // e2e relies on these: the basics passed with a certificate, the segment course in progress with its quiz not attempted.
        plan =
          course.key === "basics" ? { state: "passed", passedDaysAgo: 20 } : { state: "progress", done: 3 };
      } else if (p.status === "ONBOARDING" && course.key !== "basics" && onboardingSeen++ % 3 === 0) {
        // Every third newcomer has finished their segment course already: the training raised their level.
        plan = { state: "passed", passedDaysAgo: rnd.int(2, 20) };
      } else if (!expiredGiven && course.key === "basics" && p.status === "ACTIVE") {
        plan = { state: "expired" };
        expiredGiven = true;
      } else {
        const roll = rnd.next();
        plan =
          p.status === "ONBOARDING"
            ? roll < 0.3
              ? { state: "overdue", done: rnd.int(0, 3) }
              : roll < 0.7
                ? { state: "progress", done: rnd.int(1, course.items.length - 1) }
                : roll < 0.85
                  ? { state: "new" }
                  : { state: "passed", passedDaysAgo: rnd.int(2, 20) }
            : roll < 0.7
              ? { state: "passed", passedDaysAgo: rnd.int(20, 300) }
              : roll < 0.85
                ? { state: "progress", done: rnd.int(1, course.items.length - 1) }
                : { state: "overdue", done: rnd.int(0, 2) };
      }
      const passedAt =
        plan.state === "passed"
          ? daysAgo(now, plan.passedDaysAgo!)
          : plan.state === "expired"
            ? addMonths(daysAgo(now, 30), -12)
            : null;
      const enrolledAt = passedAt
        ? daysAgo(passedAt, 10)
        : plan.state === "overdue"
          ? daysAgo(now, rule.dueDays + rnd.int(3, 15))
          : daysAgo(now, rnd.int(1, Math.max(1, rule.dueDays - 5)));
      const done = passedAt ? course.items.length : Math.min(plan.done ?? 0, course.items.length - 1);
      const enrolmentId = `demo-enrolment-${++n}`;
      enrolments.push({
        id: enrolmentId,
        staffMemberId: p.id,
        courseId: course.id,
        versionId: course.versionId,
        source: "RULE",
        ruleId: ruleIds.get(`${course.key}:${p.department.segmentId}`) ?? null,
        enrolledAt,
        dueAt: new Date(enrolledAt.getTime() + rule.dueDays * DAY),
        recertifyMonths: rule.recertifyMonths,
        passedAt,
        lastItemId: done > 0 ? course.items[done - 1]!.id : null,
      });
      for (const [i, it] of course.items.slice(0, done).entries()) {
        const completedAt = new Date(enrolledAt.getTime() + (i + 1) * 3_600_000);
        const responseId =
          it.item.kind === "SCENARIO" ? it.item.content.responses.find((r) => r.best)!.id : null;
        progress.push({ enrolmentId, itemId: it.id, responseId, completedAt });
        if (it.item.kind === "QUIZ") {
          const total = it.item.content.questions.length;
          attempts.push({
            enrolmentId,
            itemId: it.id,
            number: 1,
            seed: `demo-${n}`,
            startedAt: completedAt,
            submittedAt: completedAt,
            answers: correctAnswers(it.item),
            correctCount: total,
            total,
            passed: true,
          });
        }
      }
      if (!passedAt) continue;
      const verificationCode = code(rnd);
      let granted: { segmentId: string; level: number } | null = null;
      if (course.outcome) {
        const current = p.expertise.find((x) => x.segmentId === course.outcome!.segmentId);
        if (!current || current.level < course.outcome.level) {
          granted = course.outcome;
          raises.push({
            staffMemberId: p.id,
            segmentId: granted.segmentId,
            previous: current?.level ?? null,
            level: granted.level,
            evidence: `Certificate ${verificationCode}: ${course.title}`,
            at: passedAt,
          });
        }
      }
      certificates.push({
        enrolmentId,
        versionId: course.versionId,
        verificationCode,
        issuedAt: passedAt,
        expiresAt: rule.recertifyMonths ? addMonths(passedAt, rule.recertifyMonths) : null,
        grantedSegmentId: granted?.segmentId ?? null,
        grantedLevel: granted?.level ?? null,
      });
    }
  }
  await db.enrolment.createMany({ data: enrolments });
  await db.itemProgress.createMany({ data: progress });
  await db.quizAttempt.createMany({ data: attempts });
  await db.certificate.createMany({ data: certificates });
  for (const r of raises) {
    await db.expertise.upsert({
      where: { staffMemberId_segmentId: { staffMemberId: r.staffMemberId, segmentId: r.segmentId } },
      create: {
        staffMemberId: r.staffMemberId,
        segmentId: r.segmentId,
        level: r.level,
        source: "TRAINING",
        evidence: r.evidence,
        assessedAt: r.at,
      },
      update: {
        level: r.level,
        source: "TRAINING",
        evidence: r.evidence,
        assessedById: null,
        assessedAt: r.at,
      },
    });
  }
  await db.expertiseChange.createMany({
    data: raises.map((r) => ({
      staffMemberId: r.staffMemberId,
      segmentId: r.segmentId,
      previousLevel: r.previous,
      level: r.level,
      source: "TRAINING" as const,
      evidence: r.evidence,
      createdAt: r.at,
    })),
  });
  return { courses: courses.size, enrolments: enrolments.length, certificates: certificates.length };
}
