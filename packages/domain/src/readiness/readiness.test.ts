import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { PersonAttributes } from "../fit/types";
import { assessReadiness, type ReadinessInput, type RequiredCourseState } from "./readiness";

const asOf = new Date("2026-11-23T00:00:00Z");
const person = (level: number, rating?: number): PersonAttributes => ({
  expertise: new Map([["private", level]]),
  customerFacingYears: 2,
  languages: new Map(),
  certifications: [],
  criteria: new Map(rating === undefined ? [] : [["fees", rating]]),
});
const requirements = [
  {
    id: "exp",
    key: "expertise:private:3",
    requirement: {
      kind: "expertise" as const,
      segmentId: "private",
      level: 3 as const,
      weight: 3,
      mustHave: true,
    },
  },
  {
    id: "fees",
    key: "criterion:fees:4",
    requirement: {
      kind: "criterion" as const,
      criterionId: "fees",
      rating: 4 as const,
      weight: 1,
      mustHave: false,
    },
  },
];
const course = (status: RequiredCourseState["status"], progress = 0): RequiredCourseState => ({
  courseId: "basics",
  title: "Customer-centric basics",
  status,
  progress,
});
const input = (over: Partial<ReadinessInput> = {}): ReadinessInput => ({
  requirements,
  person: person(0),
  courses: [course("NOT_STARTED")],
  signOff: null,
  asOf,
  ...over,
});

describe("assessReadiness", () => {
  it("nothing yet: not started, every must-have and the course block, 0 %", () => {
    const r = assessReadiness(input());
    expect(r).toMatchObject({ status: "NOT_STARTED", percent: 0, mustHavesMet: false });
    expect(r.blockers.map((b) => (b.kind === "course" ? b.courseId : b.requirementId))).toEqual([
      "exp",
      "basics",
    ]);
  });

  it("progress counts towards the percentage; must-haves met and the course passed make it ready for review", () => {
    const partway = assessReadiness(input({ person: person(2), courses: [course("IN_PROGRESS", 0.5)] }));
    // exp 2/3 of weight 3, fees 0 of 1, course (weight 2 = mean requirement weight) half done: (2 + 0 + 1) / 6
    expect(partway).toMatchObject({ status: "IN_PROGRESS", percent: 50 });
    const ready = assessReadiness(input({ person: person(3), courses: [course("COMPLETED", 1)] }));
    expect(ready).toMatchObject({ status: "READY_FOR_REVIEW", mustHavesMet: true, blockers: [] });
    expect(ready.percent).toBe(83.3); // the optional criterion is still unrated
  });

  it("a sign-off holds until a required certificate expires or the profile gains a requirement", () => {
    const signOff = {
      signedOffAt: new Date("2026-10-01T00:00:00Z"),
      requirementKeys: ["expertise:private:3", "criterion:fees:4"],
      override: false,
    };
    expect(
      assessReadiness(input({ person: person(3, 4), courses: [course("COMPLETED", 1)], signOff })).status,
    ).toBe("SIGNED_OFF");
    const expired = assessReadiness(input({ person: person(3, 4), courses: [course("EXPIRED")], signOff }));
    expect(expired).toMatchObject({
      status: "LAPSED",
      lapsed: [{ kind: "certificateExpired", courseId: "basics" }],
    });
    const grown = [
      ...requirements,
      {
        id: "lang",
        key: "language:sv:B2",
        requirement: {
          kind: "language" as const,
          language: "sv",
          level: "B2" as const,
          weight: 1,
          mustHave: false,
        },
      },
    ];
    expect(
      assessReadiness(
        input({ requirements: grown, person: person(3, 4), courses: [course("COMPLETED", 1)], signOff }),
      ).lapsed,
    ).toEqual([{ kind: "newRequirement", requirementId: "lang" }]);
  });

  it("an empty profile with no required course asks nothing: ready for review at 100 %", () => {
    expect(assessReadiness(input({ requirements: [], courses: [] }))).toMatchObject({
      status: "READY_FOR_REVIEW",
      percent: 100,
    });
  });

  it("raising a level or finishing more of a course never lowers the percentage", () => {
    const statuses = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED"] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (level, s, progress) => {
          const before = assessReadiness(
            input({
              person: person(level),
              courses: [course(statuses[s]!, statuses[s] === "COMPLETED" ? 1 : progress)],
            }),
          );
          const higher = assessReadiness(
            input({
              person: person(level + 1),
              courses: [course(statuses[s]!, statuses[s] === "COMPLETED" ? 1 : progress)],
            }),
          );
          const further = assessReadiness(
            input({ person: person(level), courses: [course("COMPLETED", 1)] }),
          );
          expect(higher.percent).toBeGreaterThanOrEqual(before.percent);
          expect(further.percent).toBeGreaterThanOrEqual(before.percent);
        },
      ),
    );
  });
});

describe("assessReadiness properties", () => {
  const metExtra = (i: number) => ({
    id: `extra${i}`,
    key: `experience:${i}`,
    requirement: { kind: "experience" as const, years: 1, weight: 1 + (i % 3), mustHave: i % 2 === 0 },
  });
  const withYears = (p: PersonAttributes): PersonAttributes => ({ ...p, customerFacingYears: 5 });

  it("adding a requirement the person meets never lowers the percentage nor worsens the status", () => {
    const order = { NOT_STARTED: 0, IN_PROGRESS: 1, READY_FOR_REVIEW: 2, SIGNED_OFF: 3, LAPSED: -1 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 5 }),
        (level, s, extra) => {
          const statuses = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED"] as const;
          const base = input({
            person: withYears(person(level)),
            courses: [course(statuses[s]!, s === 2 ? 1 : 0.4)],
          });
          const before = assessReadiness(base);
          const after = assessReadiness({ ...base, requirements: [...base.requirements, metExtra(extra)] });
          expect(after.percent).toBeGreaterThanOrEqual(before.percent);
          expect(order[after.status]).toBeGreaterThanOrEqual(order[before.status]);
        },
      ),
    );
  });

  it("an expired certificate of a required course always lapses a sign-off", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.boolean(), (level, override) => {
        const signOff = {
          signedOffAt: new Date("2026-01-01T00:00:00Z"),
          requirementKeys: requirements.map((r) => r.key),
          override,
        };
        const r = assessReadiness(
          input({ person: person(level, 5), courses: [course("COMPLETED", 1), course("EXPIRED")], signOff }),
        );
        expect(r.status).toBe("LAPSED");
        expect(r.lapsed.some((l) => l.kind === "certificateExpired")).toBe(true);
      }),
    );
  });
});
