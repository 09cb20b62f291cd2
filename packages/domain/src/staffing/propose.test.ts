import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { proposeStaffing, StaffingSession } from "./propose";
import { departmentFit } from "./requirements";
import { StaffingInfeasibleError } from "./errors";
import type { StaffingDepartment, StaffingInput, StaffingPerson } from "./types";

const asOf = new Date("2026-11-23T00:00:00Z");
const segments = [
  { id: "s-private", name: "Private", bestCustomerPriority: 1 },
  { id: "s-business", name: "Business", bestCustomerPriority: 3 },
];
const dept = (id: string, segmentId: string, capacity: number, requiredLevel = 2): StaffingDepartment => ({
  id,
  name: `Dept ${id}`,
  segmentId,
  capacity,
  requiredLevel,
});
const person = (
  id: string,
  current: string | null,
  expertise: Record<string, number>,
  locked = false,
): StaffingPerson => ({
  id,
  name: `Person ${id}`,
  currentDepartmentId: current,
  expertise,
  locked,
});
const base = (over: Partial<StaffingInput> = {}): StaffingInput => ({
  people: [
    person("ana", "private", { "s-private": 3 }),
    person("bo", "private", { "s-private": 0, "s-business": 4 }),
    person("cy", "business", { "s-business": 2 }),
  ],
  departments: [dept("private", "s-private", 2), dept("business", "s-business", 2, 3)],
  segments,
  moveCost: 5,
  asOf,
  ...over,
});

describe("proposeStaffing", () => {
  it("moves a person to the department their expertise fits, and explains the move", () => {
    const proposal = proposeStaffing(base());
    expect(proposal.assignment).toEqual({ ana: "private", bo: "business", cy: "business" });
    expect(proposal.moves).toHaveLength(1);
    const [move] = proposal.moves;
    expect(move).toMatchObject({
      personId: "bo",
      fromDepartmentId: "private",
      toDepartmentId: "business",
      gain: 100,
    });
    expect(move!.before!.requirements[0]).toMatchObject({ status: "missing", actual: 0, points: 0 });
    expect(move!.after.requirements[0]).toMatchObject({ status: "met", actual: 4, points: 100 });
    expect(proposal.totals).toEqual({
      fitBefore: 100 + 0 + 66.7,
      fitAfter: 100 + 100 + 66.7,
      people: 3,
      moves: 1,
    });
  });

  it("keeps people in place when a move gains less than the move cost", () => {
    // Swapping gains 100 points (ana 100 -> 100, cy 0 -> 100) for two moves: worth it only below 50 per move.
    const input = base({
      people: [
        person("ana", "private", { "s-private": 2, "s-business": 3 }),
        person("cy", "business", { "s-private": 2 }),
      ],
      departments: [dept("private", "s-private", 1), dept("business", "s-business", 1, 3)],
      moveCost: 60,
    });
    expect(proposeStaffing(input).moves).toEqual([]);
    expect(
      proposeStaffing({ ...input, moveCost: 40 })
        .moves.map((m) => m.personId)
        .sort(),
    ).toEqual(["ana", "cy"]);
  });

  it("respects capacities and locks", () => {
    const input = base({ people: base().people.map((p) => (p.id === "bo" ? { ...p, locked: true } : p)) });
    const proposal = proposeStaffing(input);
    expect(proposal.assignment.bo).toBe("private");
    const tight = base({
      departments: [dept("private", "s-private", 2), dept("business", "s-business", 1, 3)],
    });
    const counts = Object.values(proposeStaffing(tight).assignment).reduce<Record<string, number>>(
      (c, d) => ({ ...c, [d]: (c[d] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ private: 2, business: 1 });
  });

  it("says in words why a plan is impossible", () => {
    expect(() =>
      proposeStaffing(
        base({ departments: [dept("private", "s-private", 1), dept("business", "s-business", 1)] }),
      ),
    ).toThrow(
      // In English for logs, and as a message key with params for the planner's language.
      new StaffingInfeasibleError(
        "3 people need a department but the departments have 2 places in total: raise a capacity or add a department.",
        { key: "staffingTooFewSeats", params: { people: 3, seats: 2 } },
      ),
    );
    const locked = base({
      people: base().people.map((p) => ({ ...p, locked: true })),
      departments: [dept("private", "s-private", 1), dept("business", "s-business", 5)],
    });
    expect(() => proposeStaffing(locked)).toThrow(
      "Dept private has 2 people kept in place but room for only 1.",
    );
  });

  it("shows a segment losing its only department in a what-if as uncovered, and moves its people", () => {
    const proposal = proposeStaffing(
      base({ departments: [dept("private", "s-private", 3)], baselineDepartments: base().departments }),
    );
    const business = proposal.segments.find((s) => s.segmentId === "s-business")!;
    expect(business.before).toMatchObject({ orphan: false, target: 2, qualified: 0, people: 1, gap: 2 });
    expect(business.after).toMatchObject({
      orphan: true,
      target: 0,
      qualified: 0,
      people: 0,
      departmentIds: [],
    });
    expect(proposal.moves.map((m) => [m.personId, m.toDepartmentId])).toEqual([["cy", "private"]]);
    expect(proposal.departments.find((d) => d.departmentId === "business")).toMatchObject({
      headcountBefore: 1,
      headcountAfter: 0,
      capacity: 0,
    });
  });

  it("never proposes a lower total value than staying put, and is deterministic", () => {
    const level = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(level, level, fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 30 }),
        (rows, moveCost) => {
          const people = rows.map(([a, b, inA], i) =>
            person(`p${i}`, inA ? "private" : "business", { "s-private": a, "s-business": b }),
          );
          const input = base({
            people,
            moveCost,
            departments: [
              dept("private", "s-private", people.length),
              dept("business", "s-business", people.length, 3),
            ],
          });
          const proposal = proposeStaffing(input);
          expect(proposeStaffing(input)).toEqual(proposal);
          expect(proposal.totals.fitAfter - moveCost * proposal.totals.moves).toBeGreaterThanOrEqual(
            proposal.totals.fitBefore - 0.05 * people.length,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reports progress through every phase", () => {
    const phases: string[] = [];
    proposeStaffing(base(), (phase, done) => done === 1 && phases.push(phase));
    expect(phases).toEqual(["scoring", "solving", "explaining"]);
  });

  it("what if a department had N places: the warm re-solve reaches the cold optimum", () => {
    const level = fc.integer({ min: 0, max: 4 });
    /** The solver's objective: Σ fit in tenths - move cost in tenths per move. */
    const objective = (input: StaffingInput, proposal: ReturnType<typeof proposeStaffing>) => {
      const byId = new Map(input.departments.map((d) => [d.id, d]));
      return input.people.reduce((sum, p) => {
        const to = byId.get(proposal.assignment[p.id]!)!;
        const moved = p.currentDepartmentId !== to.id;
        return (
          sum +
          Math.round(departmentFit(p, to, asOf).score * 10) -
          (moved ? Math.round(input.moveCost * 10) : 0)
        );
      }, 0);
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(level, level, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 12 }),
        (rows, moveCost, capacities, changed, capacity) => {
          const ids = ["private", "business", "mixed"];
          const people = rows.map(([a, b, at], i) =>
            person(`p${i}`, ids[at]!, { "s-private": a, "s-business": b }),
          );
          const departments = [
            dept("private", "s-private", capacities[0]! + 2),
            dept("business", "s-business", capacities[1]! + 2, 3),
            dept("mixed", "s-business", capacities[2]! + 2, 1),
          ];
          const input = base({ people, moveCost, departments });
          const cold = (over: StaffingDepartment[]) => {
            try {
              return proposeStaffing({ ...input, departments: over });
            } catch (e) {
              if (e instanceof StaffingInfeasibleError) return e;
              throw e;
            }
          };
          if (cold(departments) instanceof StaffingInfeasibleError) return;
          const session = new StaffingSession(input);
          const after = departments.map((d, j) => (j === changed ? { ...d, capacity } : d));
          const expected = cold(after);
          if (expected instanceof StaffingInfeasibleError) {
            expect(() => session.withCapacity(ids[changed]!, capacity)).toThrow(StaffingInfeasibleError);
            return;
          }
          const warm = session.withCapacity(ids[changed]!, capacity);
          const changedInput = { ...input, departments: after };
          expect(objective(changedInput, warm)).toBe(objective(changedInput, expected));
          expect(warm.totals.people).toBe(people.length);
          for (const d of warm.departments) expect(d.headcountAfter).toBeLessThanOrEqual(d.capacity);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("proposeStaffing: a move must gain more than the move cost (issue 16)", () => {
  const levels = fc.integer({ min: 0, max: 4 });
  const organization = fc
    .record({
      departments: fc.array(
        fc.record({
          segment: fc.constantFrom("s-private", "s-business"),
          level: fc.integer({ min: 1, max: 4 }),
        }),
        { minLength: 2, maxLength: 4 },
      ),
      people: fc.array(fc.record({ at: fc.nat(), private: levels, business: levels }), {
        minLength: 1,
        maxLength: 8,
      }),
      // Whole points and tenths, including the costs equal to a possible gain (multiples of 100/12 and 25).
      moveCost: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(25, 50, 33.3, 66.7, 0.1)),
      tight: fc.boolean(),
    })
    .map(({ departments, people, moveCost, tight }) => {
      const ds = departments.map((d, j) => ({ id: `d${j}`, segmentId: d.segment, requiredLevel: d.level }));
      const ps = people.map((p, i) =>
        person(`p${i}`, ds[p.at % ds.length]!.id, { "s-private": p.private, "s-business": p.business }),
      );
      // Tight: every department holds exactly its current people plus one seat; otherwise room for everyone.
      const capacity = (id: string) =>
        tight ? ps.filter((p) => p.currentDepartmentId === id).length + 1 : ps.length;
      return {
        people: ps,
        departments: ds.map((d) => dept(d.id, d.segmentId, capacity(d.id), d.requiredLevel)),
        segments,
        moveCost,
        asOf,
      } satisfies StaffingInput;
    });

  it("with room for everyone, proposes each move only when it alone gains more than the move cost", () => {
    fc.assert(
      fc.property(
        organization.filter((o) => o.departments.every((d) => d.capacity === o.people.length)),
        (input) => {
          for (const move of proposeStaffing(input).moves) expect(move.gain).toBeGreaterThan(input.moveCost);
        },
      ),
    );
  });

  it("any set of moves together gains more than it costs (staying put is always allowed)", () => {
    fc.assert(
      fc.property(organization, (input) => {
        const { moves } = proposeStaffing(input);
        if (moves.length === 0) return;
        const gain = moves.reduce((s, m) => s + Math.round(m.gain * 10), 0);
        expect(gain).toBeGreaterThan(Math.round(input.moveCost * 10) * moves.length);
      }),
    );
  });

  it("does not move a person whose gain only equals the move cost", () => {
    // bo gains exactly 50 points (level 2 of a required 4 scores 50, level 4 of a required 4 scores 100).
    const input = base({
      people: [person("bo", "private", { "s-private": 2, "s-business": 4 })],
      departments: [dept("private", "s-private", 2, 4), dept("business", "s-business", 2, 4)],
      moveCost: 50,
    });
    expect(proposeStaffing(input).moves).toEqual([]);
    expect(proposeStaffing({ ...input, moveCost: 49.9 }).moves).toHaveLength(1);
  });

  it("refuses a negative move cost instead of reading it as 0", () => {
    expect(() => proposeStaffing(base({ moveCost: -1 }))).toThrow(RangeError);
    expect(() => proposeStaffing(base({ moveCost: Number.NaN }))).toThrow(RangeError);
  });
});
