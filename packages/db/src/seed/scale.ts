import { randomUUID } from "node:crypto";
import type { DbClient } from "../client";
import { hashForSeed } from "../factories";
import { seededRandom } from "../random";
import { DEMO_PASSWORD } from "./demo-data";

export type ScaleOptions = { staff: number; segments: number; departments: number; seed?: number };

const chunk = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * A large organization for benchmarks: bulk inserts with client-side ids, one password hash for everyone.
 * Segment i is served by departments i, i+segments, ... so every segment has a department when departments >= segments.
 */
export async function seedScale(db: DbClient, opts: ScaleOptions) {
  const rnd = seededRandom(opts.seed ?? 42);
  const run = Date.now().toString(36);
  const passwordHash = await hashForSeed(DEMO_PASSWORD);
  const kinds = ["INDIVIDUALS", "ORGANIZATIONS", "GOVERNMENT"] as const;

  const segments = Array.from({ length: opts.segments }, (_, i) => ({
    id: randomUUID(),
    name: `Scale segment ${run}-${i + 1}`,
    kind: kinds[i % 3]!,
    bestCustomerPriority: rnd.int(0, 3),
  }));
  await db.customerSegment.createMany({ data: segments });

  const heads = Array.from({ length: opts.departments }, (_, i) => ({
    id: randomUUID(),
    email: `scale.head.${run}.${i + 1}@scale.example`,
    name: `Head ${i + 1}`,
    role: "HEAD" as const,
    passwordHash,
  }));
  for (const part of chunk(heads, 1000)) await db.user.createMany({ data: part });

  const departments = heads.map((h, i) => ({
    id: randomUUID(),
    name: `Scale department ${run}-${i + 1}`,
    segmentId: segments[i % segments.length]!.id,
    headId: h.id,
    targetHeadcount: Math.ceil(opts.staff / opts.departments),
  }));
  await db.department.createMany({ data: departments });

  const positions = departments.flatMap((d) =>
    ["Advisor", "Specialist", "Agent"].map((title) => ({
      id: randomUUID(),
      title,
      departmentId: d.id,
      headcount: Math.ceil(d.targetHeadcount / 3),
    })),
  );
  for (const part of chunk(positions, 2000)) await db.position.createMany({ data: part });

  const users = Array.from({ length: opts.staff }, (_, i) => ({
    id: randomUUID(),
    email: `scale.staff.${run}.${i + 1}@scale.example`,
    name: `Staff ${i + 1}`,
    role: "STAFF" as const,
    passwordHash,
  }));
  for (const part of chunk(users, 2000)) await db.user.createMany({ data: part });

  const staff = users.map((u, i) => {
    const d = departments[i % departments.length]!;
    const p = positions[(i % departments.length) * 3 + (i % 3)]!;
    return {
      id: randomUUID(),
      userId: u.id,
      departmentId: d.id,
      positionId: p.id,
      startDate: new Date(Date.UTC(2020 + rnd.int(0, 6), rnd.int(0, 11), rnd.int(1, 28))),
      status: rnd.next() < 0.2 ? ("ONBOARDING" as const) : ("ACTIVE" as const),
    };
  });
  for (const part of chunk(staff, 2000)) await db.staffMember.createMany({ data: part });

  const expertise = staff.flatMap((s, i) => {
    const own = departments[i % departments.length]!.segmentId;
    const others = [rnd.pick(segments).id, rnd.pick(segments).id].filter((id) => id !== own);
    return [...new Set([own, ...others])].map((segmentId) => ({
      id: randomUUID(),
      staffMemberId: s.id,
      segmentId,
      level: segmentId === own ? rnd.int(1, 4) : rnd.int(0, 3),
      source: "SELF" as const,
    }));
  });
  for (const part of chunk(expertise, 5000)) await db.expertise.createMany({ data: part });
  return {
    segments: segments.length,
    departments: departments.length,
    positions: positions.length,
    staff: staff.length,
    expertise: expertise.length,
  };
}
