/**
 * Server time of `learning.plan` for a learner enrolled in 30 courses (issue target: p95 <= 150 ms).
 * Run against a throwaway database (see BENCHMARKS.md): builds 30 published courses of 3 modules x 6 items,
 * enrols one learner in all of them with mixed progress (passed with certificates, in progress, overdue, not
^ * started), then times the procedure through the real tRPC caller (context re-reads the user each call).
 */
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "@portal/db/test-database";
import {
  createDepartment,
  createPosition,
  createSegment,
  createStaffMember,
  createUser,
} from "@portal/db/factories";
import { benchCaller } from "./caller";

const COURSES = Number(process.argv[2] ?? 30);
const RUNS = Number(process.argv[3] ?? 300);
const WARMUP = 30;
const DAY = 86_400_000;

const t = await createTestDatabase("bench");
const db = t.db;
try {
  const segment = await createSegment(db, { name: "Bench segment" });
  const department = await createDepartment(db, { name: "Bench department", segmentId: segment.id });
  const position = await createPosition(db, { departmentId: department.id, title: "Bench advisor" });
  const user = await createUser(db, { role: "STAFF", name: "Bench learner" });
  const staff = await createStaffMember(db, {
    userId: user.id,
    departmentId: department.id,
    positionId: position.id,
  });
  // Other learners in the same courses, so the tables are not trivially small.
  const others = [];
  for (let i = 0; i < 50; i++) {
    const u = await createUser(db, { role: "STAFF", name: `Other ${i}` });
    others.push(
      await createStaffMember(db, { userId: u.id, departmentId: department.id, positionId: position.id }),
    );
  }
  const now = Date.now();
  for (let c = 0; c < COURSES; c++) {
    const course = await db.course.create({
      data: { title: `Course ${String(c).padStart(2, "0")}`, summary: "A benchmark course." },
    });
    const version = await db.courseVersion.create({
      data: { courseId: course.id, version: 1, status: "PUBLISHED", publishedAt: new Date(now - 100 * DAY) },
    });
    const items: string[] = [];
    for (let m = 0; m < 3; m++) {
      const mod = await db.courseModule.create({
        data: { versionId: version.id, sortOrder: m, title: `Module ${m}` },
      });
      for (let i = 0; i < 6; i++) {
        const item = await db.courseItem.create({
          data: {
            moduleId: mod.id,
            sortOrder: i,
            kind: "LESSON",
            title: `Lesson ${m}.${i}`,
            body: "# Lesson\n\nText.",
          },
        });
        items.push(item.id);
      }
    }
    for (const [k, p] of [staff, ...others].entries()) {
      const state = (c + k) % 4; // 0 passed, 1 in progress, 2 overdue, 3 not started
      const enrolledAt = new Date(now - (state === 2 ? 40 : 10) * DAY);
      const enrolment = await db.enrolment.create({
        data: {
          staffMemberId: p.id,
          courseId: course.id,
          versionId: version.id,
          source: "MANUAL",
          enrolledAt,
          dueAt: new Date(enrolledAt.getTime() + 30 * DAY),
          recertifyMonths: c % 3 === 0 ? 12 : null,
          passedAt: state === 0 ? new Date(now - 2 * DAY) : null,
          lastItemId: state === 3 ? null : items[0],
        },
      });
      const done = state === 0 ? items.length : state === 3 ? 0 : 1 + ((c + k) % (items.length - 1));
      await db.itemProgress.createMany({
        data: items.slice(0, done).map((itemId) => ({ enrolmentId: enrolment.id, itemId })),
      });
      if (state === 0)
        await db.certificate.create({
          data: {
            enrolmentId: enrolment.id,
            versionId: version.id,
            verificationCode: `CERT-B${c}-${k}`,
            issuedAt: new Date(now - 2 * DAY),
          },
        });
    }
  }
  const caller = await benchCaller(db, user);
  const first = await caller.learning.plan();
  if (first.courses.length !== COURSES)
    throw new Error(`Expected ${COURSES} courses in the plan, got ${first.courses.length}`);
  for (let i = 0; i < WARMUP; i++) await caller.learning.plan();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh caller per request, as the HTTP handler does (context creation re-reads the user).
    const start = performance.now();
    await (await benchCaller(db, user)).learning.plan();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  const p95 = at(0.95);
  console.log(
    `learning.plan, ${COURSES} courses x 18 items, ${RUNS} runs after ${WARMUP} warm-up: p50 ${at(0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`,
  );
  process.exitCode = p95 <= 150 ? 0 : 1;
} finally {
  await t.drop();
}
