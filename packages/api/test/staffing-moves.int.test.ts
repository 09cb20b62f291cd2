import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDepartment, createStaffMember, createUser, setExpertise } from "@portal/db/factories";
import { setupOrganization, solved, type Org, type OrgCaller as Caller } from "./harness";

/**
 * A proposal's moves are read a page at a time (`staffing.proposalMoves`): the poll that finds the proposal done
 * carries only its summary.
 */
let org: Org;
const people = { aToB: [] as string[], bToA: [] as string[], cToB: [] as string[] };
let deptC: { id: string };
beforeAll(async () => {
  org = await setupOrganization();
  const { db } = org;
  deptC = await createDepartment(db, { name: "Department C", segmentId: org.org.segmentA.id });
  await db.department.update({ where: { id: org.org.deptB.id }, data: { targetHeadcount: 30 } });
  // Each sits where they know nothing and knows, at expert level, the segment of another department.
  const add = async (list: string[], name: string, departmentId: string, segmentId: string) => {
    const user = await createUser(db, { role: "STAFF", name });
    const member = await createStaffMember(db, { userId: user.id, departmentId });
    await setExpertise(db, { staffMemberId: member.id, segmentId, level: 4 });
    list.push(member.id);
  };
  const { deptA, deptB, segmentA, segmentB } = org.org;
  for (let i = 0; i < 12; i++) await add(people.aToB, `A to B ${i}`, deptA.id, segmentB.id);
  for (let i = 0; i < 6; i++) await add(people.bToA, `B to A ${i}`, deptB.id, segmentA.id);
  for (let i = 0; i < 5; i++) await add(people.cToB, `C to B ${i}`, deptC.id, segmentB.id);
});
afterAll(() => org?.drop());

/** Every page of one filter, in order. */
async function allPages(caller: Caller, input: Parameters<Caller["staffing"]["proposalMoves"]>[0]) {
  const first = await caller.staffing.proposalMoves({ ...input, page: 1 });
  const pages = [first];
  for (let page = 2; page <= first.pageCount; page++)
    pages.push(await caller.staffing.proposalMoves({ ...input, page }));
  return pages;
}

describe("staffing: a proposal's moves, page by page", () => {
  it("lists every move exactly once across pages, in the proposal's order, with the same total on each page", async () => {
    const hr = await org.as("HR");
    const { jobId } = await hr.staffing.startProposal({});
    const job = await solved(hr, jobId);
    expect(job.status).toBe("done");
    const pages = await allPages(hr, { jobId, pageSize: 10 });
    const everyone = [...people.aToB, ...people.bToA, ...people.cToB];
    expect(pages).toHaveLength(Math.ceil(everyone.length / 10));
    for (const page of pages) expect(page).toMatchObject({ total: everyone.length, pageSize: 10 });
    const moves = pages.flatMap((p) => p.moves);
    expect(moves.map((m) => m.personId).sort()).toEqual([...everyone].sort());
    expect(job.result!.totals.moves).toBe(everyone.length);
    expect(pages.map((p) => p.moves.length)).toEqual([10, 10, 3]);
    // The explanations come back as the objects the solver wrote (stored as json text), and explain the gain.
    for (const move of moves) {
      expect(move.after).toMatchObject({ eligible: true, score: expect.any(Number) });
      expect(move.before).toMatchObject({ score: expect.any(Number) });
      expect(move.gain).toBe(Math.round((move.after.score - move.before!.score) * 10) / 10);
    }
    // Largest gain first, then by name, across page boundaries.
    const order = moves.map((m) => [-m.gain, m.personName] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)));
    // Past the last page: nothing, with the same total.
    expect(await hr.staffing.proposalMoves({ jobId, pageSize: 10, page: 4 })).toMatchObject({
      total: everyone.length,
      moves: [],
    });
  });

  it("filters by a department or a segment in SQL, the total counting the matching moves only", async () => {
    const hr = await org.as("HR");
    const { jobId } = await hr.staffing.startProposal({});
    await solved(hr, jobId);
    const ids = async (input: { departmentId?: string; segmentId?: string }) => {
      const pages = await allPages(hr, { jobId, pageSize: 10, ...input });
      expect(new Set(pages.map((p) => p.total))).toEqual(new Set([pages.flatMap((p) => p.moves).length]));
      return pages.flatMap((p) => p.moves.map((m) => m.personId)).sort();
    };
    const all = (await allPages(hr, { jobId, pageSize: 100 })).flatMap((p) => p.moves);
    const touching = (departmentIds: string[]) =>
      all
        .filter((m) => [m.fromDepartmentId, m.toDepartmentId].some((d) => departmentIds.includes(d!)))
        .map((m) => m.personId)
        .sort();
    const { deptA, deptB, segmentA, segmentB } = org.org;
    // Everyone who sat in C moves out of it (and no one else matches a department they never touch).
    expect(await ids({ departmentId: deptC.id })).toEqual(touching([deptC.id]));
    expect(touching([deptC.id])).toEqual(expect.arrayContaining(people.cToB));
    // A segment: the moves into or out of any department serving it (segment A: departments A and C).
    expect(await ids({ segmentId: segmentB.id })).toEqual(touching([deptB.id]));
    expect(await ids({ segmentId: segmentA.id })).toEqual(touching([deptA.id, deptC.id]));
    expect(await ids({ segmentId: segmentB.id, departmentId: deptC.id })).toEqual(
      touching([deptC.id]).filter((id) => touching([deptB.id]).includes(id)),
    );
    expect(await ids({ segmentId: org.org.orphan.id })).toEqual([]);
  });

  it("are the owner's only, and a proposal that is still running has none yet", async () => {
    const hr = await org.as("HR");
    const { jobId } = await hr.staffing.startProposal({});
    await solved(hr, jobId);
    await expect((await org.as("ADMIN")).staffing.proposalMoves({ jobId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const running = await org.db.staffingProposalJob.create({ data: { ownerId: org.users.hr.id } });
    await expect(hr.staffing.proposalMoves({ jobId: running.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
