import { describe, expect, it } from "vitest";
import {
  addMonths,
  comparePlanEntries,
  enrolmentStatus,
  overallProgress,
  trainingExpertiseLevel,
  type EnrolmentFacts,
} from "./plan";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const base: EnrolmentFacts = {
  enrolledAt: d("2026-11-01"),
  dueDays: 14,
  recertifyMonths: null,
  passedAt: null,
  itemsDone: 0,
  itemsTotal: 4,
};

describe("enrolmentStatus", () => {
  it("is due N days after enrolment and overdue from that day", () => {
    expect(enrolmentStatus(base, d("2026-11-14"))).toMatchObject({
      status: "NOT_STARTED",
      dueAt: d("2026-11-15"),
      overdue: false,
      progress: 0,
    });
    expect(enrolmentStatus({ ...base, itemsDone: 1 }, d("2026-11-15"))).toMatchObject({
      status: "IN_PROGRESS",
      overdue: true,
      progress: 0.25,
    });
  });

  it("a pass completes it until the certificate expires, then the course is back in the plan", () => {
    const passed = { ...base, itemsDone: 4, passedAt: d("2026-11-10"), recertifyMonths: 12 };
    expect(enrolmentStatus(passed, d("2027-11-09"))).toMatchObject({
      status: "COMPLETED",
      expiresAt: d("2027-11-10"),
      overdue: false,
      progress: 1,
    });
    expect(enrolmentStatus(passed, d("2027-11-10"))).toMatchObject({
      status: "EXPIRED",
      overdue: true,
      progress: 0,
    });
    expect(enrolmentStatus({ ...passed, recertifyMonths: null }, d("2040-01-01"))).toMatchObject({
      status: "COMPLETED",
      expiresAt: null,
    });
  });
});

describe("addMonths", () => {
  it("clamps to the end of shorter months", () => {
    expect(addMonths(d("2027-01-31"), 1)).toEqual(d("2027-02-28"));
    expect(addMonths(d("2028-01-31"), 1)).toEqual(d("2028-02-29"));
    expect(addMonths(d("2026-11-23"), 12)).toEqual(d("2027-11-23"));
  });
});

describe("plan order and progress", () => {
  it("puts overdue first, then by due date with undated last, then completed", () => {
    const now = d("2026-11-20");
    const entries = [
      { title: "Done", entry: enrolmentStatus({ ...base, passedAt: d("2026-11-05"), itemsDone: 4 }, now) },
      { title: "Undated", entry: enrolmentStatus({ ...base, dueDays: null }, now) },
      { title: "Later", entry: enrolmentStatus({ ...base, dueDays: 40 }, now) },
      { title: "Overdue", entry: enrolmentStatus({ ...base, dueDays: 5 }, now) },
      { title: "Soon", entry: enrolmentStatus({ ...base, dueDays: 25 }, now) },
    ];
    expect(entries.sort(comparePlanEntries).map((e) => e.title)).toEqual([
      "Overdue",
      "Soon",
      "Later",
      "Undated",
      "Done",
    ]);
  });

  it("weights overall progress by each course's number of items", () => {
    const now = d("2026-11-02");
    const entries = [
      {
        itemsTotal: 2,
        entry: enrolmentStatus({ ...base, itemsTotal: 2, itemsDone: 2, passedAt: d("2026-11-02") }, now),
      },
      { itemsTotal: 6, entry: enrolmentStatus({ ...base, itemsTotal: 6, itemsDone: 0 }, now) },
    ];
    expect(overallProgress(entries)).toBe(0.25);
    expect(overallProgress([])).toBe(0);
  });
});

describe("trainingExpertiseLevel", () => {
  it("raises to the outcome and never lowers", () => {
    expect(trainingExpertiseLevel(null, 2)).toBe(2);
    expect(trainingExpertiseLevel(1, 3)).toBe(3);
    expect(trainingExpertiseLevel(3, 3)).toBeNull();
    expect(trainingExpertiseLevel(4, 2)).toBeNull();
    expect(() => trainingExpertiseLevel(1, 5)).toThrow(RangeError);
  });
});
