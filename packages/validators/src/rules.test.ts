import { describe, expect, it } from "vitest";
import { segmentInput, signOffInput, staffingProposalInput, V } from "./index";

const firstMessage = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("rules that hold (issue 16)", () => {
  it("refuses an override reason shorter than 20 characters with its own message", () => {
    const short = signOffInput.safeParse({ staffMemberId: "s1", overrideReason: "x" });
    expect(short.success).toBe(false);
    expect(firstMessage(short)).toBe(V.overrideReasonLength);
    // Surrounding spaces do not count.
    const padded = signOffInput.safeParse({ staffMemberId: "s1", overrideReason: `  ${"a".repeat(19)}   ` });
    expect(firstMessage(padded)).toBe(V.overrideReasonLength);
    const blank = signOffInput.safeParse({ staffMemberId: "s1", overrideReason: "   " });
    expect(firstMessage(blank)).toBe(V.required);
    const ok = signOffInput.safeParse({
      staffMemberId: "s1",
      overrideReason: "Covers the AML course, booked for March.",
    });
    expect(ok.success).toBe(true);
    // Without an override there is no reason to give.
    expect(signOffInput.safeParse({ staffMemberId: "s1" }).success).toBe(true);
  });

  it("refuses a negative move cost instead of reading it as 0", () => {
    const r = staffingProposalInput.safeParse({ moveCost: -5 });
    expect(r.success).toBe(false);
    expect(firstMessage(r)).toBe(V.moveCostNegative);
    expect(staffingProposalInput.parse({ moveCost: 0 }).moveCost).toBe(0);
    expect(staffingProposalInput.safeParse({ moveCost: 101 }).success).toBe(false);
  });

  it("keeps one of the tags that differ only in case or surrounding spaces", () => {
    const r = segmentInput.parse({
      name: "Young adults",
      kind: "INDIVIDUALS",
      bestCustomerPriority: 0,
      tags: ["VIP", " vip ", "Students", "students", "Online"],
    });
    expect(r.tags).toEqual(["VIP", "Students", "Online"]);
  });
});
