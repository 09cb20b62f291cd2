import { describe, expect, it } from "vitest";
import { segmentCoverage } from "./segments";

const seg = (id: string, archived = false) => ({ id, name: id, archived });
const dep = (id: string, segmentId: string, archived = false) => ({ id, segmentId, headId: null, archived });

describe("segmentCoverage", () => {
  it("flags a segment without departments as an orphan", () => {
    const result = segmentCoverage([seg("a"), seg("b")], [dep("d1", "a")]);
    expect(result).toEqual([
      { segmentId: "a", departmentIds: ["d1"], orphan: false, overlap: false },
      { segmentId: "b", departmentIds: [], orphan: true, overlap: false },
    ]);
  });

  it("does not count archived departments as serving a segment", () => {
    const [a] = segmentCoverage([seg("a")], [dep("d1", "a", true)]);
    expect(a?.orphan).toBe(true);
  });

  it("flags segments served by several departments and skips archived segments", () => {
    const result = segmentCoverage(
      [seg("a"), seg("x", true)],
      [dep("d1", "a"), dep("d2", "a"), dep("d3", "x")],
    );
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ overlap: true, departmentIds: ["d1", "d2"] });
  });
});
