import { describe, expect, it } from "vitest";
import { expertiseFromApplication } from "./expertise-from-hire";

const ann = { id: "u-ann", name: "Ann" };
const bo = { id: "u-bo", name: "Bo" };

describe("expertiseFromApplication", () => {
  it("records a segment rated at interview as ASSESSED at the level of the median rating, by its one rater", () => {
    const result = expertiseFromApplication(
      "u-hr",
      [{ id: "r1", segmentId: "private" }],
      [{ id: "s1", interviewer: ann, ratings: [{ requirementId: "r1", rating: 4 }] }],
      [],
    );
    expect(result).toEqual([
      {
        segmentId: "private",
        level: 3,
        source: "ASSESSED",
        evidence: "Hiring interview scorecards by Ann: median rating 4 of 1",
        assessedById: "u-ann",
      },
    ]);
  });

  it("with several raters the person who hires confirms, and a fractional median never grants a level nobody gave", () => {
    const [e] = expertiseFromApplication(
      "u-hr",
      [{ id: "r1", segmentId: "private" }],
      [
        { id: "s1", interviewer: ann, ratings: [{ requirementId: "r1", rating: 3 }] },
        { id: "s2", interviewer: bo, ratings: [{ requirementId: "r1", rating: 4 }] },
      ],
      [],
    );
    expect(e).toMatchObject({ level: 2, assessedById: "u-hr", evidence: expect.stringContaining("Ann, Bo") });
  });

  it("keeps the highest level when two requirements name the same segment", () => {
    const result = expertiseFromApplication(
      "u-hr",
      [
        { id: "low", segmentId: "private" },
        { id: "high", segmentId: "private" },
      ],
      [
        {
          id: "s1",
          interviewer: ann,
          ratings: [
            { requirementId: "low", rating: 2 },
            { requirementId: "high", rating: 5 },
          ],
        },
      ],
      [],
    );
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ segmentId: "private", level: 4 });
  });

  it("adds declared segments not rated at interview as SELF, and ignores declared level 0 and unrated rows", () => {
    const result = expertiseFromApplication(
      "u-hr",
      [
        { id: "r1", segmentId: "private" },
        { id: "r2", segmentId: "young" },
        { id: "c1", segmentId: null },
      ],
      [{ id: "s1", interviewer: ann, ratings: [{ requirementId: "r1", rating: 3 }] }],
      [
        { segmentId: "private", level: 4 },
        { segmentId: "smb", level: 2 },
        { segmentId: "public", level: 0 },
      ],
    );
    expect(result.map((e) => [e.segmentId, e.level, e.source, e.assessedById])).toEqual([
      ["private", 2, "ASSESSED", "u-ann"],
      ["smb", 2, "SELF", null],
    ]);
  });
});
