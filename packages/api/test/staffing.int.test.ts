import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffMember, createUser, setExpertise } from "@portal/db/factories";
import { setupOrganization, solved, type Org } from "./harness";
import {
  ABANDONED_AFTER_MS,
  ABANDONED,
  cleanStaffingProposals,
  KEEP_FOR_MS,
} from "../src/services/staffing/jobs";

let org: Org;
let mover: { id: string };
beforeAll(async () => {
  org = await setupOrganization();
  // Sits in department A but knows segment B (served by department B) at expert level, and nothing of A.
  const user = await createUser(org.db, { role: "STAFF", name: "Mover C" });
  mover = await createStaffMember(org.db, { userId: user.id, departmentId: org.org.deptA.id });
  await setExpertise(org.db, { staffMemberId: mover.id, segmentId: org.org.segmentB.id, level: 4 });
});
afterAll(() => org?.drop());

describe("staffing: fit", () => {
  it("explains one person's fit for every department, best first", async () => {
    const fit = await (await org.as("HR")).staffing.personFit({ staffMemberId: mover.id });
    expect(fit.departments.map((d) => [d.name, d.fit.score, d.fit.eligible, d.current])).toEqual([
      ["Department B", 100, true, false],
      ["Department A", 0, false, true],
    ]);
    expect(fit.departments[0]!.fit.requirements[0]).toMatchObject({
      status: "met",
      actual: 4,
      points: 100,
      requirement: { segmentId: org.org.segmentB.id, level: 2 },
    });
  });

  it("lets staff read only their own fit and a head only their department's people", async () => {
    await expect(
      (await org.as("STAFF")).staffing.personFit({ staffMemberId: org.org.staffA.id }),
    ).resolves.toMatchObject({ name: "Staff A" });
    await expect(
      (await org.as("STAFF")).staffing.personFit({ staffMemberId: org.org.staffB.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await org.as("HEAD")).staffing.personFit({ staffMemberId: org.org.staffB.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await org.as("HEAD")).staffing.personFit({ staffMemberId: mover.id }),
    ).resolves.toMatchObject({ name: "Mover C" });
  });

  it("ranks the whole organization for HR, and only the head's own people for a head", async () => {
    const hr = await (await org.as("HR")).staffing.departmentRanking({ departmentId: org.org.deptB.id });
    expect(hr.people.map((p) => [p.name, p.fit.score])).toEqual([
      ["Mover C", 100],
      ["Staff B", 100],
      ["Staff A", 0],
    ]);
    expect(hr).toMatchObject({ total: 3, eligible: 2 });
    const head = await org.as("HEAD");
    await expect(head.staffing.departmentRanking({ departmentId: org.org.deptB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const own = await head.staffing.departmentRanking({ departmentId: org.org.deptA.id });
    expect(own.people.map((p) => p.name).sort()).toEqual(["Mover C", "Staff A"]);
  });
});

describe("staffing: proposals", () => {
  it("solves in the background, reports progress, and explains each proposed move", async () => {
    const hr = await org.as("HR");
    const { jobId } = await hr.staffing.startProposal({});
    const job = await solved(hr, jobId);
    expect(job).toMatchObject({ status: "done", progress: 1, error: null });
    const result = job.result!;
    const { moves, total } = await hr.staffing.proposalMoves({ jobId });
    const name = new Map(result.departments.map((d) => [d.departmentId, d.name]));
    expect(
      moves.map((m) => [m.personName, name.get(m.fromDepartmentId!), name.get(m.toDepartmentId)]),
    ).toEqual([["Mover C", "Department A", "Department B"]]);
    expect(total).toBe(1);
    expect(moves[0]).toMatchObject({
      gain: 100,
      before: { score: 0, eligible: false },
      after: { score: 100, eligible: true },
    });
    expect(moves[0]!.version).toEqual(
      (await org.db.staffMember.findUniqueOrThrow({ where: { id: mover.id } })).updatedAt,
    );
    expect(result.totals).toMatchObject({ people: 3, moves: 1, fitBefore: 200, fitAfter: 300 });
    // Someone else cannot read it.
    await expect((await org.as("ADMIN")).staffing.proposalStatus({ jobId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect((await org.as("ADMIN")).staffing.proposalMoves({ jobId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("solves a what-if without saving it: removing department B leaves segment B uncovered", async () => {
    const hr = await org.as("HR");
    const { jobId } = await hr.staffing.startProposal({ removedDepartmentIds: [org.org.deptB.id] });
    const { result } = await solved(hr, jobId);
    const segmentB = result!.segments.find((s) => s.segmentId === org.org.segmentB.id)!;
    expect(segmentB.before.orphan).toBe(false);
    expect(segmentB.after).toMatchObject({ orphan: true, people: 0 });
    expect(result!.whatIf).toBe(true);
    expect(await org.db.department.findUniqueOrThrow({ where: { id: org.org.deptB.id } })).toMatchObject({
      archived: false,
    });
  });

  it("says why a plan is impossible, and refuses unknown departments at once", async () => {
    const hr = await org.as("HR");
    const { jobId } = await hr.staffing.startProposal({
      capacities: [
        { departmentId: org.org.deptA.id, capacity: 1 },
        { departmentId: org.org.deptB.id, capacity: 1 },
      ],
    });
    expect(await solved(hr, jobId)).toMatchObject({
      status: "failed",
      result: null,
      // A message key and params, worded in the planner's language by the client.
      error: { key: "staffingTooFewSeats", params: { people: 3, seats: 2 } },
    });
    await expect(hr.staffing.startProposal({ departmentIds: ["no-such-department"] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(hr.staffing.startProposal({ moveCost: -1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("staffing: capacity what-if on a proposal", () => {
  it("re-solves one department's capacity from the proposal: the same result as solving it afresh", async () => {
    const hr = await org.as("HR");
    const { jobId } = await hr.staffing.startProposal({});
    await solved(hr, jobId);
    for (const capacity of [1, 3, 0]) {
      const change = { departmentId: org.org.deptB.id, capacity };
      const whatIf = await hr.staffing.capacityWhatIf({ basedOnJobId: jobId, proposal: {}, ...change });
      const cold = await hr.staffing.startProposal({ capacities: [change] });
      const [warm, fresh] = [await solved(hr, whatIf.jobId), await solved(hr, cold.jobId)];
      expect(warm.status).toBe(fresh.status);
      expect(warm.error).toEqual(fresh.error);
      expect(warm.result?.totals).toEqual(fresh.result?.totals);
      expect(warm.result?.departments).toEqual(fresh.result?.departments);
      if (warm.result) expect(warm.result.whatIf).toBe(true);
    }
  });

  it("only on the caller's own proposals, and only for departments of the plan", async () => {
    const hr = await org.as("HR");
    const { jobId } = await hr.staffing.startProposal({});
    await solved(hr, jobId);
    const change = { departmentId: org.org.deptB.id, capacity: 2 };
    await expect(
      (await org.as("ADMIN")).staffing.capacityWhatIf({ basedOnJobId: jobId, proposal: {}, ...change }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      hr.staffing.capacityWhatIf({
        basedOnJobId: jobId,
        proposal: {},
        departmentId: "no-such-department",
        capacity: 2,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("staffing: proposals are database rows", () => {
  const MINUTE = 60_000;

  it("a running proposal whose server stopped stamping it reads as failed, a stamped one as running", async () => {
    const hr = await org.as("HR");
    const ownerId = org.users.hr.id;
    const abandoned = await org.db.staffingProposalJob.create({
      data: {
        ownerId,
        phase: "solving",
        progress: 0.5,
        heartbeatAt: new Date(Date.now() - ABANDONED_AFTER_MS - MINUTE),
      },
    });
    const alive = await org.db.staffingProposalJob.create({
      data: { ownerId, phase: "solving", progress: 0.5, heartbeatAt: new Date() },
    });
    try {
      expect(await hr.staffing.proposalStatus({ jobId: abandoned.id })).toMatchObject({
        status: "failed",
        error: ABANDONED,
        result: null,
      });
      expect(
        await org.db.staffingProposalJob.findUniqueOrThrow({ where: { id: abandoned.id } }),
      ).toMatchObject({ status: "FAILED", finishedAt: expect.any(Date) });
      expect(await hr.staffing.proposalStatus({ jobId: alive.id })).toMatchObject({
        status: "running",
        phase: "solving",
        progress: 0.5,
      });
    } finally {
      await org.db.staffingProposalJob.deleteMany({ where: { id: { in: [abandoned.id, alive.id] } } });
    }
  });

  it("keeps finished proposals for the retention period only, and fails abandoned ones on the scheduled clean-up", async () => {
    const ownerId = org.users.hr.id;
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const old = await org.db.staffingProposalJob.create({
      data: {
        ownerId,
        status: "DONE",
        progress: 1,
        startedAt: ago(KEEP_FOR_MS + 2 * MINUTE),
        finishedAt: ago(KEEP_FOR_MS + MINUTE),
      },
    });
    const recent = await org.db.staffingProposalJob.create({
      data: { ownerId, status: "FAILED", error: "x", finishedAt: ago(KEEP_FOR_MS - MINUTE) },
    });
    const abandoned = await org.db.staffingProposalJob.create({
      data: { ownerId, heartbeatAt: ago(ABANDONED_AFTER_MS + MINUTE) },
    });
    try {
      expect(await cleanStaffingProposals(org.db, now)).toEqual({ failed: 1, deleted: 1 });
      const left = await org.db.staffingProposalJob.findMany({
        where: { id: { in: [old.id, recent.id, abandoned.id] } },
        select: { id: true, status: true },
      });
      expect(left).toEqual(
        expect.arrayContaining([
          { id: recent.id, status: "FAILED" },
          { id: abandoned.id, status: "FAILED" },
        ]),
      );
      expect(left).toHaveLength(2);
    } finally {
      await org.db.staffingProposalJob.deleteMany({
        where: { id: { in: [old.id, recent.id, abandoned.id] } },
      });
    }
  });

  it("refuses a sixth running proposal of one owner, counted in the database", async () => {
    const running = await Promise.all(
      Array.from({ length: 5 }, () =>
        org.db.staffingProposalJob.create({ data: { ownerId: org.users.hr.id, heartbeatAt: new Date() } }),
      ),
    );
    try {
      await expect((await org.as("HR")).staffing.startProposal({})).rejects.toMatchObject({
        code: "TOO_MANY_REQUESTS",
      });
      // Another owner is not affected.
      const admin = await org.as("ADMIN");
      const { jobId } = await admin.staffing.startProposal({});
      expect(await solved(admin, jobId)).toMatchObject({ status: "done" });
    } finally {
      await org.db.staffingProposalJob.deleteMany({ where: { id: { in: running.map((r) => r.id) } } });
    }
  });
});

describe("staffing: applying moves", () => {
  it("refuses the whole submission when one person changed meanwhile, and changes nothing", async () => {
    const hr = await org.as("HR");
    const staffA = await org.db.staffMember.findUniqueOrThrow({ where: { id: org.org.staffA.id } });
    const moverNow = await org.db.staffMember.findUniqueOrThrow({ where: { id: mover.id } });
    const moves = [
      {
        staffMemberId: mover.id,
        fromDepartmentId: org.org.deptA.id,
        toDepartmentId: org.org.deptB.id,
        version: moverNow.updatedAt,
      },
      {
        staffMemberId: staffA.id,
        fromDepartmentId: org.org.deptA.id,
        toDepartmentId: org.org.deptB.id,
        version: new Date(staffA.updatedAt.getTime() - 1000),
      },
    ];
    await expect(hr.staffing.applyMoves({ moves })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Staff A was changed after the proposal"),
    });
    expect(await org.db.staffMember.findUniqueOrThrow({ where: { id: mover.id } })).toMatchObject({
      departmentId: org.org.deptA.id,
    });
    expect(await org.db.auditEvent.count({ where: { action: "staff.move" } })).toBe(0);
  });

  it("applies chosen moves in one transaction, audits each, and a retry changes nothing", async () => {
    const hr = await org.as("HR");
    const { jobId } = await hr.staffing.startProposal({});
    await solved(hr, jobId);
    const moves = (await hr.staffing.proposalMoves({ jobId })).moves.map((m) => ({
      staffMemberId: m.personId,
      fromDepartmentId: m.fromDepartmentId!,
      toDepartmentId: m.toDepartmentId,
      version: m.version,
    }));
    expect(await hr.staffing.applyMoves({ moves })).toEqual({ applied: 1, alreadyApplied: 0 });
    expect(await org.db.staffMember.findUniqueOrThrow({ where: { id: mover.id } })).toMatchObject({
      departmentId: org.org.deptB.id,
      positionId: null,
    });
    const audit = await org.db.auditEvent.findMany({ where: { action: "staff.move", entityId: mover.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: org.users.hr.id,
      before: { departmentId: org.org.deptA.id },
      after: { departmentId: org.org.deptB.id },
    });
    expect(await hr.staffing.applyMoves({ moves })).toEqual({ applied: 0, alreadyApplied: 1 });
    expect(await org.db.auditEvent.count({ where: { action: "staff.move" } })).toBe(1);
  });

  it("refuses an empty or duplicated submission", async () => {
    const hr = await org.as("HR");
    await expect(hr.staffing.applyMoves({ moves: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const move = {
      staffMemberId: mover.id,
      fromDepartmentId: org.org.deptB.id,
      toDepartmentId: org.org.deptA.id,
      version: new Date(),
    };
    await expect(hr.staffing.applyMoves({ moves: [move, move] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
