import type { DbClient } from "../client";
import { hashForSeed } from "../factories";
import { seededRandom } from "../random";
import { DEMO_PASSWORD, demoSegments, firstNames, lastNames } from "./demo-data";
import { seedDemoCourses } from "./demo-courses";
import { seedDemoHiring } from "./demo-hiring";
import { seedDemoReadiness } from "./demo-readiness";
import { seedDemoFeedback } from "./demo-feedback";
import { seedDemoStories } from "./demo-stories";
import { seedDemoStoryCourse } from "./demo-story-course";
import { seedDemoDigests } from "./demo-digests";

export type DemoSignIn = { email: string; role: string; name: string };

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");

/** Builds the demo bank: 7 segments (one orphan), 6 departments with heads and positions, ~80 staff. */
export async function seedDemoCompany(db: DbClient): Promise<DemoSignIn[]> {
  const rnd = seededRandom(20261123);
  const passwordHash = await hashForSeed(DEMO_PASSWORD);
  const signIns: DemoSignIn[] = [];
  const user = async (
    name: string,
    role: "ADMIN" | "HR" | "HEAD" | "STAFF",
    email = `${slug(name)}@nordvik.example`,
  ) => {
    const u = await db.user.create({ data: { email, name, role, passwordHash } });
    return u;
  };

  signIns.push({
    email: (await user("Ada Admin", "ADMIN", "admin@nordvik.example")).email,
    role: "ADMIN",
    name: "Ada Admin",
  });
  signIns.push({
    email: (await user("Hanna Recruiter", "HR", "hr@nordvik.example")).email,
    role: "HR",
    name: "Hanna Recruiter",
  });

  const segments = [];
  for (const s of demoSegments) {
    const segment = await db.customerSegment.create({
      data: {
        name: s.name,
        kind: s.kind,
        ageMin: s.ageMin ?? null,
        ageMax: s.ageMax ?? null,
        socioeconomicLevel: s.socioeconomicLevel ?? "ANY",
        buyingHabits: s.buyingHabits,
        tags: s.tags,
        bestCustomerPriority: s.bestCustomerPriority,
        description: s.description,
      },
    });
    segments.push({ ...s, id: segment.id });
  }

  const usedNames = new Set<string>();
  const personName = () => {
    for (;;) {
      const name = `${rnd.pick(firstNames)} ${rnd.pick(lastNames)}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };

  let staffCount = 0;
  for (const s of segments) {
    if (!s.department) continue;
    const head = await user(s.department.head, "HEAD", `head.${s.key}@nordvik.example`);
    signIns.push({ email: head.email, role: "HEAD", name: `${head.name} (${s.department.name})` });
    const department = await db.department.create({
      data: {
        name: s.department.name,
        segmentId: s.id,
        headId: head.id,
        targetHeadcount: s.department.target,
        // Best-customer segments ask for specialists; the others for practitioners.
        requiredLevel: s.bestCustomerPriority >= 2 ? 3 : 2,
      },
    });
    for (const [title, headcount] of s.department.positions) {
      const position = await db.position.create({
        data: {
          title,
          departmentId: department.id,
          headcount,
          description: `${title} serving ${s.name.toLowerCase()}.`,
        },
      });
      // Fill most seats: some positions stay under-staffed so open headcount shows.
      const filled = Math.max(1, headcount - rnd.int(0, 2));
      for (let i = 0; i < filled; i++) {
        const first = staffCount === 0;
        const name = first ? "Sam Staff" : personName();
        const staffUser = await user(
          name,
          "STAFF",
          first ? "staff@nordvik.example" : `${slug(name)}.${staffCount}@nordvik.example`,
        );
        if (first)
          signIns.push({ email: staffUser.email, role: "STAFF", name: `${name} (${s.department.name})` });
        const onboarding = rnd.next() < 0.25;
        const start = new Date(
          Date.UTC(
            onboarding ? 2026 : rnd.int(2016, 2025),
            onboarding ? rnd.int(8, 10) : rnd.int(0, 11),
            rnd.int(1, 28),
          ),
        );
        const member = await db.staffMember.create({
          data: {
            userId: staffUser.id,
            departmentId: department.id,
            positionId: position.id,
            startDate: start,
            status: onboarding ? "ONBOARDING" : "ACTIVE",
          },
        });
        // Strong in their own segment (weaker while onboarding), some knowledge of one or two others.
        const levels = new Map<string, number>([[s.id, onboarding ? rnd.int(0, 2) : rnd.int(2, 4)]]);
        for (let k = rnd.int(0, 2); k > 0; k--) {
          const other = rnd.pick(segments);
          if (!levels.has(other.id)) levels.set(other.id, rnd.int(1, 3));
        }
        for (const [segmentId, level] of levels) {
          const source = rnd.next() < 0.6 ? "ASSESSED" : "SELF";
          const evidence = source === "ASSESSED" ? "Assessed at annual review" : "Self-assessment at hire";
          const assessedById = source === "ASSESSED" ? head.id : null;
          await db.expertise.create({
            data: { staffMemberId: member.id, segmentId, level, source, evidence, assessedById },
          });
          await db.expertiseChange.create({
            data: {
              staffMemberId: member.id,
              segmentId,
              previousLevel: null,
              level,
              source,
              evidence,
              assessedById,
            },
          });
        }
        staffCount++;
      }
    }
  }
  const hiring = await seedDemoHiring(db);
  const learning = await seedDemoCourses(db);
  const readiness = await seedDemoReadiness(db);
  // Front-line feedback over the last 12 weeks (issue 18).
  const feedback = await seedDemoFeedback(db);
  // --- service stories (issue 18) ---
  const stories = await seedDemoStories(db);
  // A story already turned into a scenario of a published course that learners are enrolled in.
  const storyCourse = await seedDemoStoryCourse(db);
  // --- end service stories ---
  // Last week's digest for everyone who gets one (issue 18, item 5), after the stories and feedback it reads.
  const digests = await seedDemoDigests(db);
  await db.auditEvent.create({
    data: {
      actorId: null,
      action: "seed.demo",
      entityType: "System",
      entityId: "demo",
      entityName: "Nordvik",
      after: { staff: staffCount, ...hiring, learning, readiness, feedback, stories, storyCourse, digests },
    },
  });
  return signIns;
}

export { DEMO_PASSWORD };
