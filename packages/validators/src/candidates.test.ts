import { describe, expect, it } from "vitest";
import {
  candidateCsvRow,
  candidateData,
  certificationsCell,
  expertiseCell,
  languagesCell,
} from "./candidates";

describe("candidate CSV cells", () => {
  it("parse languages, expertise and certifications", () => {
    expect(languagesCell.parse(" ES:c1;en:B2 ; ")).toEqual([
      { language: "es", cefr: "C1" },
      { language: "en", cefr: "B2" },
    ]);
    expect(expertiseCell.parse("Young adults:3; Small businesses : 0")).toEqual([
      { segmentName: "Young adults", level: 3 },
      { segmentName: "Small businesses", level: 0 },
    ]);
    expect(certificationsCell.parse("Service pro|2027-05-01; First aid")).toEqual([
      { name: "Service pro", expiresAt: "2027-05-01" },
      { name: "First aid", expiresAt: null },
    ]);
    expect(languagesCell.parse(undefined)).toEqual([]);
  });
  it("refuse malformed cells with a message key", () => {
    expect(languagesCell.safeParse("english").error?.issues[0]?.message).toBe("validation.csvLanguages");
    expect(languagesCell.safeParse("en:B2; EN:C1").error?.issues[0]?.message).toBe(
      "validation.duplicateLanguage",
    );
    expect(expertiseCell.safeParse("Young adults:5").error?.issues[0]?.message).toBe(
      "validation.csvExpertise",
    );
    expect(certificationsCell.safeParse("X|2027-02-30").error?.issues[0]?.message).toBe(
      "validation.csvCertifications",
    );
  });
  it("a row: years blank is 0-able, out of range names the column", () => {
    const row = candidateCsvRow.safeParse({ name: "A", email: "A@Example.com", years: "61" });
    expect(row.error?.issues.map((i) => i.path[0])).toEqual(["years"]);
    expect(candidateCsvRow.parse({ name: "A", email: "A@Example.com", years: "" })).toMatchObject({
      email: "a@example.com",
      years: undefined,
      languages: [],
    });
  });
  it("parsing parsed data gives the same data (services re-parse router input)", () => {
    const once = candidateData.parse({
      name: "A",
      email: "a@example.com",
      certifications: [{ name: "X", expiresAt: "" }],
    });
    expect(candidateData.parse(once)).toEqual(once);
  });
});
