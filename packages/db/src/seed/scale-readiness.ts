import { randomUUID } from "node:crypto";
import { addMonths, assessmentSubject, requirementKey } from "@portal/domain";
import type { DbClient } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { hashForSeed } from "../factories";
import { seededRandom, type Random } from "../random";
import { DEMO_PASSWORD } from "./demo-data";

export type ReadinessScaleOptions = { departmentSize: number; signOffShare: number; seed?: number };

const DAY = 86_400_000;
const ITEMS = 6;
const chunk = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
type Req = Omit<Prisma.ProfileRequirementCreateManyInput, "id" | "profileId" | "sortOrder">;

/** Five requirements for every position of the organization: the everyday profile. */
const everydayProfile = (segmentId: string): Req[] => [
  { kind: "EXPERTISE", segmentId, level: 2, weight: 40, mustHave: true },
  { kind: "EXPERIENCE", years: 2, weight: 15 },
  { kind: "LANGUAGE", language: "en", cefr: "B2", weight: 15 },
  { kind: "CERTIFICATION", certification: "Complaint handling", weight: 15 },
  { kind: "CRITERION", criterion: "Explains fees without jargon", rating: 4, weight: 15 },
];

/** Twenty requirements (8 expertise, 1 experience, 4 languages, 3 certifications, 4 criteria) for the benchmark department. */
const benchProfile = (segmentIds: string[], variant: number): Req[] => [
  ...segmentIds.slice(0, 8).map((segmentId, i) => ({
    kind: "EXPERTISE" as const,
    segmentId,
    level: 1 + ((i + variant) % 4),
    weight: 10 + i,
    mustHave: i < 2,
  })),
  { kind: "EXPERIENCE", years: 2 + variant, weight: 10 },
  ...["en", "sv", "fr", "de"].map((language, i) => ({
    kind: "LANGUAGE" as const,
    language,
    cefr: ["B2", "B1", "A2", "B1"][i]!,
    weight: 5,
    mustHave: i === 0,
  })),
  ...["Complaint handling", "Key account", "Anti-money laundering"].map((certification, i) => ({
    kind: "CERTIFICATION" as const,
    certification,
    weight: 4,
    mustHave: i === 2,
  })),
  ...[
    "Listens first",
    "Explains fees without jargon",
    "Follows up on every promise",
    "Calms an upset caller",
  ].map((criterion) => ({ kind: "CRITERION" as const, criterion, rating: 4, weight: 6 })),
];

/**
 * Readiness at scale, on top of `seedScale`: a profile for every position, three courses (one required in every
 * segment, two more in the benchmark department), every person enrolled with mixed progress and certificates
 * (some expired), assessments, sign-offs for `signOffShare` of the established staff, and one benchmark
 * department of `departmentSize` people whose two positions ask for 20 requirements each.
 */
export async function seedReadinessScale(db: DbClient, opts: ReadinessScaleOptions) {
  const rnd = seededRandom(opts.seed ?? 11);
  const run = Date.now().toString(36);
  const now = new Date();
  const segments = await db.customerSegment.findMany({
    where: { name: { startsWith: "Scale segment " } },
    select: { id: true },
    orderBy: { name: "asc" },
  });
  if (segments.length < 8)
    throw new Error(
      "Run `npm run seed:scale` first: the readiness scale builds on its segments, departments and staff.",
    );
  const segmentIds = segments.map((s) => s.id);

  // The benchmark department: its own head, two positions, departmentSize people.
  const passwordHash = await hashForSeed(DEMO_PASSWORD);
  const head = await db.user.upsert({
    where: { email: "bench.head@scale.example" },
    create: { email: "bench.head@scale.example", name: "Bench Head", role: "HEAD", passwordHash },
    update: {},
  });
  const benchDepartment = await db.department.create({
    data: {
      name: `Readiness benchmark department ${run}`,
      segmentId: segmentIds[0]!,
      headId: head.id,
      targetHeadcount: opts.departmentSize,
    },
  });
  const benchPositions = await Promise.all(
    ["Benchmark advisor", "Benchmark specialist"].map((title) =>
      db.position.create({
        data: { title, departmentId: benchDepartment.id, headcount: opts.departmentSize / 2 },
      }),
    ),
  );
  const benchUsers = Array.from({ length: opts.departmentSize }, (_, i) => ({
    id: randomUUID(),
    email: `bench.staff.${run}.${i + 1}@scale.example`,
    name: `Bench staff ${String(i + 1).padStart(4, "0")}`,
    role: "STAFF" as const,
    passwordHash,
  }));
  for (const part of chunk(benchUsers, 2000)) await db.user.createMany({ data: part });
  const benchStaff = benchUsers.map((u, i) => ({
    id: randomUUID(),
    userId: u.id,
    departmentId: benchDepartment.id,
    positionId: benchPositions[i % 2]!.id,
    startDate: new Date(now.getTime() - rnd.int(10, 900) * DAY),
    status: rnd.next() < 0.3 ? ("ONBOARDING" as const) : ("ACTIVE" as const),
  }));
  for (const part of chunk(benchStaff, 2000)) await db.staffMember.createMany({ data: part });
  const benchExpertise = benchStaff.flatMap((s) =>
    segmentIds
      .slice(0, 8)
      .filter(() => rnd.next() < 0.8)
      .map((segmentId) => ({
        id: randomUUID(),
        staffMemberId: s.id,
        segmentId,
        level: rnd.int(0, 4),
        source: "ASSESSED" as const,
      })),
  );
  for (const part of chunk(benchExpertise, 5000)) await db.expertise.createMany({ data: part });

  // Profiles: version 1 for every position.
  const positions = await db.position.findMany({
    where: {
      department: { OR: [{ name: { startsWith: "Scale department " } }, { id: benchDepartment.id }] },
    },
    select: { id: true, departmentId: true, department: { select: { segmentId: true } } },
  });
  const profiles = positions.map((p) => ({
    id: randomUUID(),
    positionId: p.id,
    version: 1,
    note: "Scale seed",
  }));
  for (const part of chunk(profiles, 2000)) await db.hiringProfile.createMany({ data: part });
  const requirementsByPosition = new Map<string, Prisma.ProfileRequirementCreateManyInput[]>();
  positions.forEach((p, i) => {
    const bench = benchPositions.findIndex((b) => b.id === p.id);
    const reqs = bench >= 0 ? benchProfile(segmentIds, bench) : everydayProfile(p.department.segmentId);
    requirementsByPosition.set(
      p.id,
      reqs.map((r, sortOrder) => ({ ...r, id: randomUUID(), profileId: profiles[i]!.id, sortOrder })),
    );
  });
  const requirements = [...requirementsByPosition.values()].flat();
  for (const part of chunk(requirements, 5000)) await db.profileRequirement.createMany({ data: part });

  // Courses: one published version of six lessons each; the first required in every segment.
  const courses = await Promise.all(
    ["Scale basics", "Scale desk procedures", "Scale complaints"].map((title) =>
      createCourse(db, `${title} ${run}`),
    ),
  );
  const rules = [
    ...segmentIds.map((segmentId) => ({
      id: randomUUID(),
      courseId: courses[0]!.id,
      segmentId,
      dueDays: 30,
      recertifyMonths: 12,
    })),
    ...courses.slice(1).map((c) => ({
      id: randomUUID(),
      courseId: c.id,
      departmentId: benchDepartment.id,
      dueDays: 21,
      recertifyMonths: null,
    })),
  ];
  await db.courseRule.createMany({ data: rules });

  const people = await db.staffMember.findMany({
    where: {
      department: { OR: [{ name: { startsWith: "Scale department " } }, { id: benchDepartment.id }] },
    },
    select: { id: true, status: true, startDate: true, positionId: true, departmentId: true },
  });
  const learning = enrolEveryone(rnd, people, courses, benchDepartment.id, now);
  for (const part of chunk(learning.enrolments, 5000)) await db.enrolment.createMany({ data: part });
  for (const part of chunk(learning.progress, 10000)) await db.itemProgress.createMany({ data: part });
  for (const part of chunk(learning.certificates, 5000)) await db.certificate.createMany({ data: part });

  const assessments: Prisma.StaffAssessmentCreateManyInput[] = [];
  const signOffs: Prisma.SignOffCreateManyInput[] = [];
  for (const p of people) {
    const reqs = p.positionId ? (requirementsByPosition.get(p.positionId) ?? []) : [];
    for (const r of reqs) {
      if (r.kind === "EXPERTISE" || rnd.next() < 0.3) continue;
      const base = { id: randomUUID(), staffMemberId: p.id, kind: r.kind };
      if (r.kind === "EXPERIENCE") assessments.push({ ...base, subject: "", value: rnd.int(0, 6) });
      if (r.kind === "LANGUAGE")
        assessments.push({ ...base, subject: r.language!, cefr: rnd.pick(["A2", "B1", "B2", "C1"]) });
      if (r.kind === "CERTIFICATION")
        assessments.push({
          ...base,
          subject: assessmentSubject(r.certification!),
          value: rnd.next() < 0.7 ? 1 : 0,
        });
      if (r.kind === "CRITERION")
        assessments.push({ ...base, subject: assessmentSubject(r.criterion!), value: rnd.int(2, 5) });
    }
    if (p.status === "ACTIVE" && rnd.next() < opts.signOffShare) {
      signOffs.push({
        id: randomUUID(),
        staffMemberId: p.id,
        positionId: p.positionId,
        profileId: reqs[0]?.profileId ?? null,
        requirementKeys: reqs.map(requirementKey),
        percent: 90,
        signedOffAt: new Date(Math.min(now.getTime() - DAY, p.startDate.getTime() + rnd.int(14, 200) * DAY)),
        override: false,
      });
    }
  }
  for (const part of chunk(assessments, 5000)) await db.staffAssessment.createMany({ data: part });
  for (const part of chunk(signOffs, 5000)) await db.signOff.createMany({ data: part });
  return {
    benchDepartmentId: benchDepartment.id,
    benchStaff: benchStaff.length,
    profiles: profiles.length,
    requirements: requirements.length,
    enrolments: learning.enrolments.length,
    progress: learning.progress.length,
    certificates: learning.certificates.length,
    assessments: assessments.length,
    signOffs: signOffs.length,
  };
}

async function createCourse(db: DbClient, title: string) {
  const course = await db.course.create({
    data: {
      title,
      versions: {
        create: {
          version: 1,
          status: "PUBLISHED",
          publishedAt: new Date(),
          modules: {
            create: {
              sortOrder: 0,
              title: "Module",
              items: {
                create: Array.from({ length: ITEMS }, (_, i) => ({
                  sortOrder: i,
                  kind: "LESSON" as const,
                  title: `Lesson ${i + 1}`,
                  body: "Text",
                })),
              },
            },
          },
        },
      },
    },
    include: {
      versions: { include: { modules: { include: { items: { orderBy: { sortOrder: "asc" } } } } } },
    },
  });
  const version = course.versions[0]!;
  return { id: course.id, versionId: version.id, itemIds: version.modules[0]!.items.map((i) => i.id) };
}

type Person = { id: string; status: string; departmentId: string };
type ScaleCourse = Awaited<ReturnType<typeof createCourse>>;

/** Mixed progress: not started, part-way, passed (a tenth of passes older than their yearly recertification). */
function enrolEveryone(
  rnd: Random,
  people: Person[],
  courses: ScaleCourse[],
  benchDepartmentId: string,
  now: Date,
) {
  const enrolments: Prisma.EnrolmentCreateManyInput[] = [];
  const progress: Prisma.ItemProgressCreateManyInput[] = [];
  const certificates: Prisma.CertificateCreateManyInput[] = [];
  for (const p of people) {
    const required = p.departmentId === benchDepartmentId ? courses : courses.slice(0, 1);
    required.forEach((c, index) => {
      const recertifyMonths = index === 0 ? 12 : null;
      const done = rnd.next() < (p.status === "ACTIVE" ? 0.7 : 0.25) ? ITEMS : rnd.int(0, ITEMS - 1);
      const passedAt = done === ITEMS ? new Date(now.getTime() - rnd.int(1, 400) * DAY) : null;
      const enrolledAt = passedAt
        ? new Date(passedAt.getTime() - 10 * DAY)
        : new Date(now.getTime() - rnd.int(1, 60) * DAY);
      const id = randomUUID();
      enrolments.push({
        id,
        staffMemberId: p.id,
        courseId: c.id,
        versionId: c.versionId,
        source: "RULE",
        enrolledAt,
        dueAt: new Date(enrolledAt.getTime() + 30 * DAY),
        recertifyMonths,
        passedAt,
      });
      for (const itemId of c.itemIds.slice(0, done))
        progress.push({ enrolmentId: id, itemId, completedAt: enrolledAt });
      if (passedAt)
        certificates.push({
          id: randomUUID(),
          enrolmentId: id,
          versionId: c.versionId,
          verificationCode: `SCALE-${id.slice(0, 18).toUpperCase()}`,
          issuedAt: passedAt,
          expiresAt: recertifyMonths ? addMonths(passedAt, recertifyMonths) : null,
        });
    });
  }
  return { enrolments, progress, certificates };
}
