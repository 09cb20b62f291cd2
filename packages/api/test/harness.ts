/**
 * Integration harness: a throwaway database per test file with a small organization of two departments,
 * and a tRPC caller per actor that goes through the real context (the user is re-read from the database).
 */
import { createTestDatabase } from "@portal/db/test-database";
import {
  createDepartment,
  createPosition,
  createSegment,
  createStaffMember,
  createUser,
  setExpertise,
} from "@portal/db/factories";
import type { Db, User } from "@portal/db";
import { appRouter } from "../src/root";
import { createCallerFactory, createContext } from "../src/trpc";

export type Actor = "anonymous" | "STAFF" | "HEAD" | "HR" | "ADMIN";
export const actors: Actor[] = ["anonymous", "STAFF", "HEAD", "HR", "ADMIN"];

const createCaller = createCallerFactory(appRouter);

export async function callerFor(db: Db, user: Pick<User, "id" | "sessionVersion"> | null) {
  const ctx = await createContext({
    db,
    claims: user ? { id: user.id, sessionVersion: user.sessionVersion } : null,
  });
  return createCaller(ctx);
}

export async function setupOrganization() {
  const t = await createTestDatabase("api");
  const db = t.db;
  const admin = await createUser(db, { role: "ADMIN", name: "Admin A" });
  const hr = await createUser(db, { role: "HR", name: "Hr H" });
  const headA = await createUser(db, { role: "HEAD", name: "Head A" });
  const headB = await createUser(db, { role: "HEAD", name: "Head B" });
  const segmentA = await createSegment(db, { name: "Segment A" });
  const segmentB = await createSegment(db, { name: "Segment B" });
  const orphan = await createSegment(db, { name: "Orphan segment" });
  const deptA = await createDepartment(db, {
    name: "Department A",
    segmentId: segmentA.id,
    headId: headA.id,
  });
  const deptB = await createDepartment(db, {
    name: "Department B",
    segmentId: segmentB.id,
    headId: headB.id,
  });
  const positionA = await createPosition(db, { departmentId: deptA.id, title: "Advisor A" });
  const positionB = await createPosition(db, { departmentId: deptB.id, title: "Advisor B" });
  const staffUserA = await createUser(db, { role: "STAFF", name: "Staff A" });
  const staffUserB = await createUser(db, { role: "STAFF", name: "Staff B" });
  const staffA = await createStaffMember(db, {
    userId: staffUserA.id,
    departmentId: deptA.id,
    positionId: positionA.id,
  });
  const staffB = await createStaffMember(db, {
    userId: staffUserB.id,
    departmentId: deptB.id,
    positionId: positionB.id,
  });
  await setExpertise(db, { staffMemberId: staffA.id, segmentId: segmentA.id, level: 2 });
  await setExpertise(db, { staffMemberId: staffB.id, segmentId: segmentB.id, level: 3 });

  const users = { anonymous: null, STAFF: staffUserA, HEAD: headA, HR: hr, ADMIN: admin } as const;
  return {
    db,
    /** The throwaway database's URL, for a second client (e.g. one that counts queries). */
    url: t.url,
    drop: t.drop,
    users: { admin, hr, headA, headB, staffUserA, staffUserB },
    org: { segmentA, segmentB, orphan, deptA, deptB, positionA, positionB, staffA, staffB },
    /** Caller for an actor; HEAD is the head of department A, STAFF works in department A. */
    as: (actor: Actor) => callerFor(db, users[actor]),
    asUser: (user: Pick<User, "id" | "sessionVersion">) => callerFor(db, user),
  };
}
export type Org = Awaited<ReturnType<typeof setupOrganization>>;
export type OrgCaller = Awaited<ReturnType<Org["as"]>>;

/** Polls a staffing proposal until it is no longer running, as the page does (at most 10 s). */
export async function solved(caller: OrgCaller, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const job = await caller.staffing.proposalStatus({ jobId });
    if (job.status !== "running") return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the proposal did not finish in 10 s");
}
