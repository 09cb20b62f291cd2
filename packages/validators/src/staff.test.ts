import { describe, expect, it } from "vitest";
import { expertiseCsvCell, isoDate, staffCsvRow, staffInput, staffUpdate, userUpdateInput } from "./index";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("staffInput", () => {
  const valid = {
    email: " New.Hire@Example.com ",
    name: "New Hire",
    departmentId: "d1",
    startDate: "2026-03-01",
  };

  it("creates the user and the staff member together: no position and status default", () => {
    expect(staffInput.parse(valid)).toEqual({
      email: "new.hire@example.com",
      name: "New Hire",
      departmentId: "d1",
      positionId: null,
      startDate: "2026-03-01",
      status: "ONBOARDING",
    });
    expect(staffInput.parse({ ...valid, positionId: "", status: "ACTIVE" })).toMatchObject({
      positionId: null,
      status: "ACTIVE",
    });
  });

  it("names each bad field", () => {
    expect(
      messages(
        staffInput.safeParse({
          email: "x",
          name: "",
          departmentId: "",
          startDate: "1/3/2026",
          status: "GONE",
        }),
      ),
    ).toEqual({
      email: "validation.email",
      name: "validation.required",
      departmentId: "validation.required",
      startDate: "validation.date",
      status: "validation.choose",
    });
  });

  it("updates only department, position, start date and status", () => {
    const r = staffUpdate.parse({
      id: "s1",
      data: {
        departmentId: "d2",
        positionId: "p2",
        startDate: "2026-01-05",
        status: "LEFT",
        email: "ignored@x.example",
      },
    });
    expect(r).toEqual({
      id: "s1",
      data: { departmentId: "d2", positionId: "p2", startDate: "2026-01-05", status: "LEFT" },
    });
  });
});

describe("dates and user updates", () => {
  it("accepts only real calendar dates", () => {
    expect(isoDate.safeParse("2024-02-29").success).toBe(true);
    expect(messages(isoDate.safeParse("2026-02-31"))).toEqual({ "": "validation.date" });
    expect(isoDate.safeParse("2026-13-01").success).toBe(false);
  });

  it("requires name, role and active", () => {
    expect(
      messages(userUpdateInput.safeParse({ id: "u", data: { name: " ", role: "KING", active: true } })),
    ).toEqual({
      "data.name": "validation.required",
      "data.role": "validation.choose",
    });
  });
});

describe("staff CSV", () => {
  it("defaults an empty status and trims cells", () => {
    expect(
      staffCsvRow.parse({
        email: "a@b.example",
        name: " A ",
        department: " D ",
        position: "",
        start_date: "2026-01-02",
        status: "",
      }),
    ).toEqual({
      email: "a@b.example",
      name: "A",
      department: "D",
      position: "",
      start_date: "2026-01-02",
      status: "ONBOARDING",
    });
  });

  it("reads expertise cells as a level or 'leave as is'", () => {
    expect(expertiseCsvCell.parse("3")).toBe(3);
    expect(expertiseCsvCell.parse(" ")).toBeNull();
    expect(expertiseCsvCell.parse(undefined)).toBeNull();
    expect(messages(expertiseCsvCell.safeParse("5"))).toEqual({ "": "validation.levelRange" });
    expect(expertiseCsvCell.safeParse("2.5").success).toBe(false);
  });
});
