import { describe, expect, it } from "vitest";
import { analyzeCoverage, type CoverageDepartmentInput, type CoveragePersonInput } from "./analysis";

const asOf = new Date("2026-11-23T00:00:00Z");
const day = (d: number) => new Date(asOf.getTime() + d * 86_400_000);
const seg = (id: string, bestCustomerPriority = 0, archived = false) => ({
  id,
  name: `Segment ${id}`,
  archived,
  bestCustomerPriority,
});
const dep = (
  id: string,
  segmentId: string,
  targetHeadcount: number,
  over: Partial<CoverageDepartmentInput> = {},
): CoverageDepartmentInput => ({
  id,
  name: `Dept ${id}`,
  segmentId,
  headId: `head-${id}`,
  archived: false,
  targetHeadcount,
  ...over,
});
const people = (
  departmentId: string,
  status: CoveragePersonInput["status"],
  n: number,
  expectedReadyAt: Date | null = null,
) => Array.from({ length: n }, () => ({ departmentId, status, expectedReadyAt }));

describe("analyzeCoverage", () => {
  it("counts signed-off people against the summed target; lapsed and onboarding people do not count as ready", () => {
    const { segments, totals } = analyzeCoverage({
      segments: [seg("a")],
      departments: [dep("d1", "a", 3), dep("d2", "a", 2)],
      people: [
        ...people("d1", "SIGNED_OFF", 2),
        ...people("d1", "LAPSED", 1, day(10)),
        ...people("d2", "ONBOARDING", 2, day(20)),
        ...people("d2", "READY_FOR_REVIEW", 1),
      ],
      asOf,
    });
    expect(segments[0]).toMatchObject({
      target: 5,
      signedOff: 2,
      lapsed: 1,
      onboarding: 2,
      readyForReview: 1,
      staff: 6,
      gap: 3,
      overlap: true,
      hasGap: true,
    });
    expect(segments[0]!.departments.map((d) => [d.departmentId, d.gap, d.belowTarget])).toEqual([
      ["d1", 1, true],
      ["d2", 2, true],
    ]);
    expect(totals).toMatchObject({ target: 5, signedOff: 2, gap: 3 });
  });

  it("says when the gap should close: ready-for-review people now, the others at their expected date", () => {
    const { segments } = analyzeCoverage({
      segments: [seg("a")],
      departments: [dep("d1", "a", 3)],
      people: [
        ...people("d1", "READY_FOR_REVIEW", 1),
        ...people("d1", "ONBOARDING", 1, day(30)),
        ...people("d1", "ONBOARDING", 1, day(10)),
        ...people("d1", "ONBOARDING", 1),
      ],
      asOf,
    });
    expect(segments[0]).toMatchObject({
      gap: 3,
      gapClosesAt: day(30),
      nextReadyAt: day(10),
      lastReadyAt: day(30),
      undated: 1,
    });
    const short = analyzeCoverage({
      segments: [seg("a")],
      departments: [dep("d1", "a", 5)],
      people: people("d1", "ONBOARDING", 2, day(5)),
      asOf,
    });
    expect(short.segments[0]!.gapClosesAt).toBeNull();
  });

  it("flags orphans, overlaps, departments without a head and below target, in segment order", () => {
    const { flags } = analyzeCoverage({
      segments: [seg("orphan"), seg("a", 2), seg("b")],
      departments: [dep("d1", "a", 1, { headId: null }), dep("d2", "a", 0), dep("d3", "b", 1)],
      people: people("d3", "SIGNED_OFF", 1),
      asOf,
    });
    expect(flags).toEqual([
      { kind: "overlap", segmentId: "a", departmentIds: ["d1", "d2"] },
      { kind: "noHead", segmentId: "a", departmentId: "d1" },
      { kind: "belowTarget", segmentId: "a", departmentId: "d1", signedOff: 0, target: 1 },
      { kind: "orphanSegment", segmentId: "orphan" },
    ]);
  });

  it("orders best-customer segments with a gap first (higher priority first), then other gaps, then covered ones", () => {
    const { segments } = analyzeCoverage({
      segments: [
        seg("covered-best", 3),
        seg("gap-plain"),
        seg("gap-best-1", 1),
        seg("gap-best-3", 3),
        seg("orphan-plain"),
      ],
      departments: [
        dep("d1", "covered-best", 1),
        dep("d2", "gap-plain", 5),
        dep("d3", "gap-best-1", 1),
        dep("d4", "gap-best-3", 1),
      ],
      people: people("d1", "SIGNED_OFF", 1),
      asOf,
    });
    expect(segments.map((s) => s.segmentId)).toEqual([
      "gap-best-3",
      "gap-best-1",
      "orphan-plain",
      "gap-plain",
      "covered-best",
    ]);
  });

  it("ignores archived segments and departments, and people of departments it does not show", () => {
    const { segments, totals } = analyzeCoverage({
      segments: [seg("a"), seg("x", 0, true)],
      departments: [dep("d1", "a", 1), dep("d2", "a", 4, { archived: true }), dep("d3", "x", 1)],
      people: [
        ...people("d1", "SIGNED_OFF", 1),
        ...people("d2", "SIGNED_OFF", 3),
        ...people("d3", "SIGNED_OFF", 1),
      ],
      asOf,
    });
    expect(segments.map((s) => s.segmentId)).toEqual(["a"]);
    expect(segments[0]).toMatchObject({ target: 1, signedOff: 1, gap: 0, hasGap: false, overlap: false });
    expect(totals.staff).toBe(1);
  });
});
