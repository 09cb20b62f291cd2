import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import {
  createDepartment,
  createHiringProfile,
  createSegment,
  createStaffMember,
  createUser,
  setExpertise,
} from "@portal/db/factories";
import { V } from "@portal/validators";
import { setupOrganization, type Org } from "./harness";

/**
 * Issue 16, class 7 "rules that hold": an override needs a real reason and shows as one wherever the sign-off
 * appears; names are unique ignoring case and surrounding spaces; a negative move cost is refused; the
 * "Best customers" badge is on exactly the segments whose priority says so.
 */
let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

/** The field a CONFLICT names, with its localized message key (what a form puts on the field). */
async function conflictOn(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const e = error as TRPCError & { cause?: { issues?: { path: string[]; message: string }[] } };
  expect(e.code).toBe("CONFLICT");
  return e.cause?.issues?.map((i) => [i.path.join("."), i.message]) ?? [];
}

describe("names are unique ignoring case and surrounding spaces", () => {
  it("refuses a segment named like another but for case and spaces, on create and on rename", async () => {
    const admin = await org.as("ADMIN");
    const segment = {
      kind: "INDIVIDUALS" as const,
      ageMin: null,
      ageMax: null,
      bestCustomerPriority: 0,
      tags: [],
    };
    await admin.segments.create({ ...segment, name: "Young adults" });
    const before = await org.db.customerSegment.count();
    expect(await conflictOn(admin.segments.create({ ...segment, name: "young ADULTS" }))).toEqual([
      ["name", V.segmentNameTaken],
    ]);
    // requiredText trims what the form sends; the index itself ignores spaces written by any other route.
    await expect(
      org.db.customerSegment.create({ data: { name: "  YOUNG adults ", kind: "INDIVIDUALS" } }),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(await org.db.customerSegment.count()).toBe(before);
    const other = await admin.segments.create({ ...segment, name: "Seniors" });
    expect(
      await conflictOn(admin.segments.update({ id: other.id, data: { ...segment, name: "SEGMENT a" } })),
    ).toEqual([["name", V.segmentNameTaken]]);
  });

  it("refuses a department named like another but for case", async () => {
    const admin = await org.as("ADMIN");
    expect(
      await conflictOn(
        admin.departments.create({
          name: "department a",
          segmentId: org.org.segmentB.id,
          headId: null,
          targetHeadcount: 1,
          requiredLevel: 2,
        }),
      ),
    ).toEqual([["name", V.departmentNameTaken]]);
  });

  it("refuses a position titled like another of the same department but for case; another department may use it", async () => {
    const hr = await org.as("HR");
    expect(
      await conflictOn(
        hr.positions.create({ title: "ADVISOR a", departmentId: org.org.deptA.id, headcount: 1 }),
      ),
    ).toEqual([["title", V.positionTitleTaken]]);
    await expect(
      hr.positions.create({ title: "advisor a", departmentId: org.org.deptB.id, headcount: 1 }),
    ).resolves.toMatchObject({ title: "advisor a" });
  });
});

describe("an override is an audited exception with a real reason, shown wherever the sign-off is", () => {
  it('refuses the reason "x", accepts one of 20 characters or more, and every view says override', async () => {
    await createHiringProfile(org.db, {
      positionId: org.org.positionA.id,
      requirements: [
        { kind: "EXPERTISE", segmentId: org.org.segmentA.id, level: 4, weight: 1, mustHave: true },
      ],
    });
    const user = await createUser(org.db, { role: "STAFF" });
    const staff = await createStaffMember(org.db, {
      userId: user.id,
      departmentId: org.org.deptA.id,
      positionId: org.org.positionA.id,
    });
    await setExpertise(org.db, { staffMemberId: staff.id, segmentId: org.org.segmentA.id, level: 1 });
    const head = await org.as("HEAD");
    await expect(
      head.readiness.signOff({ staffMemberId: staff.id, overrideReason: "x" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      head.readiness.signOff({ staffMemberId: staff.id, overrideReason: "  too short, really  " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await org.db.signOff.count({ where: { staffMemberId: staff.id } })).toBe(0);

    const reason = "Covers the desk while the course is booked.";
    await head.readiness.signOff({ staffMemberId: staff.id, overrideReason: reason });
    // The person page, the head's matrix, the person's own page and their home page all say override.
    expect(await head.readiness.person({ staffMemberId: staff.id })).toMatchObject({
      status: "SIGNED_OFF",
      signOff: { override: true, overrideReason: reason },
    });
    const matrix = await head.readiness.matrix({ departmentId: org.org.deptA.id, pageSize: 100 });
    expect(matrix.items.find((r) => r.staffMemberId === staff.id)).toMatchObject({ override: true });
    const self = await org.asUser(user);
    expect(await self.readiness.mine()).toMatchObject({ signOff: { override: true } });
    expect(await self.home.summary()).toMatchObject({ readiness: { status: "SIGNED_OFF", override: true } });
    const timeline = await head.readiness.timeline({ staffMemberId: staff.id });
    expect(JSON.stringify(timeline)).toContain('"override":true');
  });
});

describe("the move cost", () => {
  it("refuses a negative move cost instead of reading it as 0", async () => {
    const hr = await org.as("HR");
    await expect(hr.staffing.startProposal({ moveCost: -5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await org.db.staffingProposalJob.count()).toBe(0);
  });
});

describe('the "Best customers" badge', () => {
  it("is on exactly the segments whose priority says best customers, on coverage and on the home page", async () => {
    const priorities = [0, 1, 2, 3];
    const segments = await Promise.all(
      priorities.map((p) =>
        createSegment(org.db, { name: `Priority ${p} segment`, bestCustomerPriority: p }),
      ),
    );
    // Each served by a department below its target, so the HR home page lists it with its gap.
    await Promise.all(segments.map((s) => createDepartment(org.db, { segmentId: s.id, targetHeadcount: 2 })));
    const hr = await org.as("HR");
    const coverage = await hr.coverage.overview();
    const home = await hr.home.summary();
    for (const [i, s] of segments.entries()) {
      const best = priorities[i] === 3;
      expect(coverage.segments.find((c) => c.segmentId === s.id)).toMatchObject({ bestCustomers: best });
      if (home.role !== "HR") throw new Error("expected the HR home page");
      expect(home.openingsBySegment.find((o) => o.segmentId === s.id)).toMatchObject({ bestCustomers: best });
    }
  });
});
