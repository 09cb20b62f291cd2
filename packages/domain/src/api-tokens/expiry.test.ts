import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { apiTokenExpiresAt, apiTokenExpiryRefusal, latestApiTokenExpiry } from "./expiry";

const isoDay = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe("API token expiry", () => {
  it("accepts tomorrow up to the same date a year on, and refuses today, the past and beyond", () => {
    expect(apiTokenExpiryRefusal("2026-12-08", "2026-12-07")).toBeNull();
    expect(apiTokenExpiryRefusal("2027-12-07", "2026-12-07")).toBeNull();
    expect(apiTokenExpiryRefusal("2027-12-08", "2026-12-07")).toBe("apiTokenExpiryTooLate");
    expect(apiTokenExpiryRefusal("2026-12-07", "2026-12-07")).toBe("apiTokenExpiryPast");
    expect(apiTokenExpiryRefusal("2025-01-01", "2026-12-07")).toBe("apiTokenExpiryPast");
  });

  it("a year after 29 February is 28 February", () => {
    expect(latestApiTokenExpiry("2028-02-29")).toBe("2029-02-28");
    expect(latestApiTokenExpiry("2027-02-28")).toBe("2028-02-28");
  });

  it("the token works through the whole chosen day (UTC)", () => {
    expect(apiTokenExpiresAt("2027-01-31").toISOString()).toBe("2027-02-01T00:00:00.000Z");
  });

  it("the allowed days are exactly those after today and at most 366 days on", () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -400, max: 400 }), (today, offset) => {
        const refusal = apiTokenExpiryRefusal(addDays(today, offset), today);
        if (offset <= 0) expect(refusal).toBe("apiTokenExpiryPast");
        else if (offset <= 365) expect(refusal).toBeNull();
        else if (offset > 366) expect(refusal).toBe("apiTokenExpiryTooLate");
      }),
    );
  });

  it("the latest day is never more than 366 nor fewer than 365 days on", () => {
    fc.assert(
      fc.property(isoDay, (today) => {
        const days = (Date.parse(latestApiTokenExpiry(today)) - Date.parse(today)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(365);
        expect(days).toBeLessThanOrEqual(366);
      }),
    );
  });
});
