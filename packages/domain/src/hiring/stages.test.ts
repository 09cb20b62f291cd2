import { describe, expect, it } from "vitest";
import { allowedMoves, checkStageMove, compareRanking } from "./index";

describe("checkStageMove", () => {
  it("moves forward one or more steps between open stages", () => {
    expect(checkStageMove({ from: "APPLIED", to: "SCREENING" })).toEqual({ ok: true, noop: false });
    expect(checkStageMove({ from: "APPLIED", to: "OFFER" })).toEqual({ ok: true, noop: false });
  });
  it("moves back exactly one step", () => {
    expect(checkStageMove({ from: "INTERVIEW", to: "SCREENING" }).ok).toBe(true);
    expect(checkStageMove({ from: "OFFER", to: "SCREENING" })).toEqual({ ok: false, refusal: "backOneStep" });
  });
  it("never moves to HIRED, and HIRED is final", () => {
    expect(checkStageMove({ from: "OFFER", to: "HIRED" })).toEqual({ ok: false, refusal: "useHire" });
    expect(checkStageMove({ from: "HIRED", to: "OFFER" })).toEqual({ ok: false, refusal: "hiredIsFinal" });
    expect(checkStageMove({ from: "HIRED", to: "REJECTED", reason: "x" })).toEqual({
      ok: false,
      refusal: "hiredIsFinal",
    });
  });
  it("rejects from any open stage with a reason only; withdraws without one", () => {
    for (const from of ["APPLIED", "SCREENING", "INTERVIEW", "OFFER"] as const) {
      expect(checkStageMove({ from, to: "REJECTED", reason: "Too junior" }).ok).toBe(true);
      expect(checkStageMove({ from, to: "REJECTED", reason: "  " })).toEqual({
        ok: false,
        refusal: "reasonRequired",
      });
      expect(checkStageMove({ from, to: "WITHDRAWN" }).ok).toBe(true);
    }
  });
  it("reopens a closed application only to the stage it was closed from", () => {
    expect(checkStageMove({ from: "REJECTED", to: "INTERVIEW", closedFrom: "INTERVIEW" }).ok).toBe(true);
    expect(checkStageMove({ from: "WITHDRAWN", to: "APPLIED", closedFrom: "INTERVIEW" })).toEqual({
      ok: false,
      refusal: "reopenToPrevious",
    });
    expect(checkStageMove({ from: "REJECTED", to: "APPLIED", closedFrom: null })).toEqual({
      ok: false,
      refusal: "reopenToPrevious",
    });
  });
  it("treats a move to the current stage as a harmless no-op", () => {
    expect(checkStageMove({ from: "REJECTED", to: "REJECTED" })).toEqual({ ok: true, noop: true });
    expect(checkStageMove({ from: "HIRED", to: "HIRED" })).toEqual({ ok: true, noop: true });
  });
  it("lists the allowed targets in pipeline order", () => {
    expect(allowedMoves("SCREENING")).toEqual(["APPLIED", "INTERVIEW", "OFFER", "REJECTED", "WITHDRAWN"]);
    expect(allowedMoves("REJECTED", "OFFER")).toEqual(["OFFER", "WITHDRAWN"]);
    expect(allowedMoves("HIRED")).toEqual([]);
  });
});

describe("compareRanking", () => {
  it("orders eligible first, then score descending, then name, then id", () => {
    const rows = [
      { id: "4", name: "Bea", score: 90, eligible: false },
      { id: "3", name: "Ann", score: 60, eligible: true },
      { id: "2", name: "Bea", score: 80, eligible: true },
      { id: "1", name: "Ann", score: 80, eligible: true },
      { id: "0", name: "Ann", score: 80, eligible: true },
    ];
    expect([...rows].sort(compareRanking).map((r) => r.id)).toEqual(["0", "1", "2", "3", "4"]);
  });
});
