import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@portal/auth/password";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const header = "email,name,department,position,start_date,status,expertise:Segment A,expertise:segment b";
const csv = (...rows: string[]) => [header, ...rows].join("\n");
const valid = csv(
  "ana@test.example,Ana Andersson,department a,Advisor A,2026-03-01,active,3,",
  "bo@test.example,Bo Berg,Department B,,2026-03-02,,,1",
  "staff.a@test.example,Staff A,Department A,Advisor A,2026-01-05,ACTIVE,4,",
);
const state = async () => ({
  users: await org.db.user.count(),
  staff: await org.db.staffMember.count(),
  expertise: await org.db.expertise.findMany({ orderBy: { id: "asc" } }),
  changes: await org.db.expertiseChange.count(),
  audit: await org.db.auditEvent.count(),
});

describe("staff CSV import and export", () => {
  it("preview reports per-row errors and writes nothing", async () => {
    const hr = await org.as("HR");
    const before = await state();
    const preview = await hr.staff.importCsv({
      commit: false,
      csv: csv(
        "not-an-email,X,Department A,,2026-03-01,,,",
        "ana@test.example,Ana,Nowhere,,2026-03-01,,,",
        "ana@test.example,Ana,Department A,Advisor B,2026-02-31,,7,",
        "ok@test.example,Ok,Department A,,2026-03-01,,,",
      ),
    });
    expect(preview.committed).toBe(false);
    expect(preview.headerErrors).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.errors.map((e) => e.column).sort()])).toEqual([
      [2, ["email"]],
      [3, ["department"]],
      [4, ["email", "expertise:Segment A", "position", "start_date"]],
      [5, []],
    ]);
    // A message key with values: the importer's client renders it in their language.
    expect(preview.rows[2]?.errors.find((e) => e.column === "email")).toEqual({
      column: "email",
      message: "imports.emailTwice",
      values: { row: 3 },
    });
    expect(preview.totals).toMatchObject({ rows: 4, errors: 3, create: 1 });
    expect(await state()).toEqual(before);
  });

  it("reports unknown columns and segments for the whole file", async () => {
    const preview = await (
      await org.as("HR")
    ).staff.importCsv({ commit: false, csv: "email,name,department,start_date,colour,expertise:Martians\n" });
    expect(preview.headerErrors).toEqual([
      {
        message: "imports.staffColumnUnknown",
        values: { column: "colour", columns: expect.stringContaining("start_date"), prefix: "expertise:" },
      },
      {
        message: "imports.columnSegmentUnknown",
        values: { column: "expertise:Martians", segment: "Martians" },
      },
      { message: "imports.noRows" },
    ]);
  });

  it("commit refuses a file with any error: BAD_REQUEST naming the rows, nothing written", async () => {
    const before = await state();
    await expect(
      (await org.as("HR")).staff.importCsv({
        commit: true,
        csv: `${valid}\nbad@test.example,Bad,Department A,,01/02/2026,,,`,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Rows to fix: 5.") });
    expect(await state()).toEqual(before);
  });

  it("a valid commit creates and updates every row in one go, with one-time passwords and expertise history", async () => {
    const hr = await org.as("HR");
    const preview = await hr.staff.importCsv({ commit: false, csv: valid });
    expect(preview.rows.map((r) => [r.email, r.action, r.errors])).toEqual([
      ["ana@test.example", "create", []],
      ["bo@test.example", "create", []],
      ["staff.a@test.example", "update", []],
    ]);
    const result = await hr.staff.importCsv({ commit: true, csv: valid });
    expect(result.totals).toMatchObject({ create: 2, update: 1, unchanged: 0, errors: 0 });
    expect(result.oneTimePasswords.map((p) => p.email)).toEqual(["ana@test.example", "bo@test.example"]);
    const ana = await org.db.user.findUniqueOrThrow({
      where: { email: "ana@test.example" },
      include: { staffMember: { include: { expertise: true } } },
    });
    expect(ana).toMatchObject({
      role: "STAFF",
      mustChangePassword: true,
      staffMember: { departmentId: org.org.deptA.id, positionId: org.org.positionA.id, status: "ACTIVE" },
    });
    expect(await verifyPassword(ana.passwordHash, result.oneTimePasswords[0]?.oneTimePassword ?? "")).toBe(
      true,
    );
    expect(ana.staffMember?.expertise).toMatchObject([
      {
        segmentId: org.org.segmentA.id,
        level: 3,
        source: "ASSESSED",
        evidence: "CSV import",
        assessedById: org.users.hr.id,
      },
    ]);
    const bo = await org.db.staffMember.findFirstOrThrow({ where: { user: { email: "bo@test.example" } } });
    expect(bo).toMatchObject({ departmentId: org.org.deptB.id, positionId: null, status: "ONBOARDING" });
    const staffA = await org.db.staffMember.findUniqueOrThrow({ where: { id: org.org.staffA.id } });
    expect(staffA.status).toBe("ACTIVE");
    const history = await org.db.expertiseChange.findMany({
      where: { staffMemberId: org.org.staffA.id },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((h) => [h.previousLevel, h.level])).toEqual([
      [null, 2],
      [2, 4],
    ]);
  });

  it("importing the same file again changes nothing", async () => {
    const hr = await org.as("HR");
    const before = await state();
    const again = await hr.staff.importCsv({ commit: true, csv: valid });
    expect(again.totals).toMatchObject({ create: 0, update: 0, unchanged: 3 });
    expect(again.oneTimePasswords).toEqual([]);
    expect(await state()).toEqual(before);
  });

  it("export -> import round-trips without changes", async () => {
    const hr = await org.as("HR");
    await hr.staff.setExpertise({
      staffMemberId: org.org.staffB.id,
      segmentId: org.org.orphan.id,
      level: 1,
      source: "SELF",
    });
    await org.db.user.update({
      where: { id: org.users.staffUserB.id },
      data: { name: '=Tricky, "Quoted" Name' },
    });
    const exported = await hr.staff.exportCsv();
    expect(exported.segments).toEqual(["Orphan segment", "Segment A", "Segment B"]);
    expect(exported.rows).toHaveLength(4);
    expect(exported.rows).toContainEqual({
      email: "ana@test.example",
      name: "Ana Andersson",
      department: "Department A",
      position: "Advisor A",
      startDate: "2026-03-01",
      status: "ACTIVE",
      levels: [null, 3, null],
    });
    // The file as a Swedish reader's client writes it (components/staff/export-button.tsx): a byte-order mark,
    // ";" (Swedish writes decimals with a comma), headers and statuses in Swedish; the import reads those words back.
    const swedish = {
      columns: {
        "e-post": "email",
        namn: "name",
        avdelning: "department",
        befattning: "position",
        startdatum: "start_date",
        status: "status",
      },
      expertisePrefix: "expertis: ",
      statuses: { "under introduktion": "ONBOARDING", aktiv: "ACTIVE", "har slutat": "LEFT" },
    } as const;
    const label = Object.fromEntries(Object.entries(swedish.statuses).map(([k, v]) => [v, k]));
    const file = `\uFEFF${Papa.unparse(
      [
        [
          "E-post",
          "Namn",
          "Avdelning",
          "Befattning",
          "Startdatum",
          "Status",
          ...exported.segments.map((s) => `Expertis: ${s}`),
        ],
        ...exported.rows.map((r) => [
          r.email,
          r.name,
          r.department,
          r.position,
          r.startDate,
          label[r.status],
          ...r.levels.map((l) => l ?? ""),
        ]),
      ],
      { delimiter: ";", newline: "\r\n", escapeFormulae: true },
    )}\r\n`;
    expect(file).toContain("'=Tricky");
    const before = await state();
    const preview = await hr.staff.importCsv({ commit: false, csv: file, aliases: swedish });
    expect(preview.headerErrors).toEqual([]);
    expect(preview.rows.map((r) => [r.action, r.errors])).toEqual(Array(4).fill(["unchanged", []]));
    await hr.staff.importCsv({ commit: true, csv: file, aliases: swedish });
    expect(await state()).toEqual(before);
    // Without the words of that language, its headers are unknown columns.
    expect((await hr.staff.importCsv({ commit: false, csv: file })).headerErrors).toContainEqual(
      expect.objectContaining({
        message: "imports.staffColumnUnknown",
        values: expect.objectContaining({ column: "Namn" }),
      }),
    );
  });

  it("caps a file at 5,000 rows with a clear error", async () => {
    const rows = Array.from(
      { length: 5001 },
      (_, i) => `p${i}@test.example,P ${i},Department A,,2026-01-01,,,`,
    );
    await expect(
      (await org.as("HR")).staff.importCsv({ commit: false, csv: csv(...rows) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("at most 5,000 rows"),
    });
  });

  it("is refused to heads and staff", async () => {
    await expect((await org.as("HEAD")).staff.importCsv({ commit: false, csv: valid })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect((await org.as("HEAD")).staff.exportCsv()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
