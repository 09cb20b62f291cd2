import { describe, expect, it } from "vitest";
import {
  changePasswordInput,
  departmentInput,
  expertiseInput,
  segmentInput,
  segmentList,
  staffCsvRow,
  userCreateInput,
} from "./index";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("segmentInput", () => {
  it("accepts a complete segment and normalises empty ages to null", () => {
    const r = segmentInput.parse({
      name: "  Young adults ",
      kind: "INDIVIDUALS",
      ageMin: "",
      ageMax: "29",
      bestCustomerPriority: "2",
    });
    expect(r).toMatchObject({
      name: "Young adults",
      ageMin: null,
      ageMax: 29,
      bestCustomerPriority: 2,
      tags: [],
      genderFocus: "ANY",
    });
  });

  it("names the field and the reason of each error", () => {
    const r = segmentInput.safeParse({
      name: "",
      kind: "ALIENS",
      ageMin: 40,
      ageMax: 20,
      bestCustomerPriority: 9,
    });
    expect(messages(r)).toMatchObject({
      name: "validation.required",
      kind: "validation.choose",
      bestCustomerPriority: "validation.priorityRange",
    });
    const ages = segmentInput.safeParse({
      name: "x",
      kind: "INDIVIDUALS",
      ageMin: 40,
      ageMax: 20,
      bestCustomerPriority: 0,
    });
    expect(messages(ages)).toEqual({ ageMax: "validation.ageRange" });
  });
});

describe("other organization schemas", () => {
  it("lower-cases and checks emails", () => {
    expect(userCreateInput.parse({ email: " Ana@Example.COM ", name: "Ana", role: "HR" }).email).toBe(
      "ana@example.com",
    );
    expect(messages(userCreateInput.safeParse({ email: "not-an-email", name: "Ana", role: "HR" }))).toEqual({
      email: "validation.email",
    });
  });

  it("rejects a negative target headcount and expertise outside 0-4", () => {
    expect(
      messages(departmentInput.safeParse({ name: "D", segmentId: "s", headId: "", targetHeadcount: -1 })),
    ).toEqual({
      targetHeadcount: "validation.nonNegative",
    });
    expect(
      departmentInput.parse({ name: "D", segmentId: "s", headId: "", targetHeadcount: "3" }).headId,
    ).toBeNull();
    expect(
      messages(expertiseInput.safeParse({ staffMemberId: "a", segmentId: "b", level: 5, source: "SELF" })),
    ).toEqual({ level: "validation.levelRange" });
  });

  it("fills list defaults and refuses unknown sort columns and page sizes", () => {
    expect(segmentList.parse({})).toEqual({
      search: "",
      sort: "name",
      direction: "asc",
      page: 1,
      pageSize: 25,
      includeArchived: false,
    });
    expect(segmentList.safeParse({ sort: "passwordHash" }).success).toBe(false);
    expect(segmentList.safeParse({ pageSize: 1000 }).success).toBe(false);
  });

  it("requires matching, new, long-enough passwords", () => {
    const base = {
      currentPassword: "old password 123",
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase",
    };
    expect(changePasswordInput.safeParse(base).success).toBe(true);
    expect(messages(changePasswordInput.safeParse({ ...base, confirmPassword: "different" }))).toEqual({
      confirmPassword: "validation.passwordsDiffer",
    });
    expect(
      messages(changePasswordInput.safeParse({ ...base, newPassword: "short", confirmPassword: "short" })),
    ).toMatchObject({ newPassword: "validation.passwordLength" });
  });

  it("parses a staff CSV row with upper-cased status and a default", () => {
    expect(
      staffCsvRow.parse({
        email: "A@B.example",
        name: "A",
        department: "D",
        start_date: "2026-01-02",
        status: "active",
      }),
    ).toMatchObject({
      email: "a@b.example",
      status: "ACTIVE",
      position: "",
    });
    expect(
      messages(
        staffCsvRow.safeParse({ email: "a@b.example", name: "A", department: "D", start_date: "02/01/2026" }),
      ),
    ).toEqual({ start_date: "validation.date" });
  });
});
