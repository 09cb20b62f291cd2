/**
 * What an import would do, row by row: validate each row with the shared schema, resolve department,
 * position and segment names (case-insensitively) and compare with what is stored. Nothing is written here.
 */
import type { DbClient, ExpertiseSource, StaffStatus } from "@portal/db";
import { expertiseCsvCell, importMessages as M, staffCsvRow, type ValidationKey } from "@portal/validators";
import type { ParsedStaffCsv, RowError } from "./csv-parse";
import { toIsoDate } from "./placement";

type Current = { level: number; source: ExpertiseSource; evidence: string };
export type RowPlan = {
  row: number;
  email: string;
  name: string;
  action: "create" | "update" | "unchanged";
  errors: RowError[];
  changes: string[];
  userId: string | null;
  staffId: string | null;
  placementChanged: boolean;
  departmentId: string;
  positionId: string | null;
  startDate: string;
  status: StaffStatus;
  expertise: { segmentId: string; level: number; current: Current | null }[];
};

const key = (s: string) => s.trim().toLowerCase();

async function referenceData(db: DbClient, parsed: ParsedStaffCsv) {
  const [departments, segments] = await Promise.all([
    db.department.findMany({
      select: {
        id: true,
        name: true,
        archived: true,
        positions: { select: { id: true, title: true, archived: true } },
      },
    }),
    db.customerSegment.findMany({ select: { id: true, name: true, archived: true } }),
  ]);
  const headerErrors = [...parsed.headerErrors];
  const segmentByName = new Map(segments.map((s) => [key(s.name), s]));
  const columns: { column: string; segmentId: string }[] = [];
  for (const c of parsed.expertiseColumns) {
    const segment = segmentByName.get(key(c.segmentName));
    if (!segment)
      headerErrors.push({
        message: M.columnSegmentUnknown,
        values: { column: c.column, segment: c.segmentName },
      });
    else if (segment.archived)
      headerErrors.push({
        message: M.columnSegmentArchived,
        values: { column: c.column, segment: segment.name },
      });
    else if (columns.some((x) => x.segmentId === segment.id))
      headerErrors.push({ message: M.segmentColumnTwice, values: { segment: segment.name } });
    else columns.push({ column: c.column, segmentId: segment.id });
  }
  if (parsed.records.length === 0) headerErrors.push({ message: M.noRows });
  return { headerErrors, columns, departmentByName: new Map(departments.map((d) => [key(d.name), d])) };
}

async function existingUsers(db: DbClient, parsed: ParsedStaffCsv) {
  const emails = [...new Set(parsed.records.map((r) => key(r.cells.email ?? "")).filter(Boolean))];
  const users = await db.user.findMany({
    where: { email: { in: emails } },
    select: {
      id: true,
      email: true,
      staffMember: {
        select: {
          id: true,
          departmentId: true,
          positionId: true,
          startDate: true,
          status: true,
          expertise: { select: { segmentId: true, level: true, source: true, evidence: true } },
        },
      },
    },
  });
  return new Map(users.map((u) => [u.email, u]));
}

export async function planImport(db: DbClient, parsed: ParsedStaffCsv) {
  const ref = await referenceData(db, parsed);
  const users = await existingUsers(db, parsed);
  const firstRowOf = new Map<string, number>();

  const plans = parsed.records.map((record): RowPlan => {
    const errors = [...record.errors];
    const cells = record.cells;
    const parsedRow = staffCsvRow.safeParse(cells);
    if (!parsedRow.success)
      for (const i of parsedRow.error.issues)
        // The shared schema's messages are validation keys (@portal/validators V).
        errors.push({ column: String(i.path[0] ?? ""), message: i.message as ValidationKey });
    const row = parsedRow.data;
    const email = row?.email ?? key(cells.email ?? "");
    const plan: RowPlan = {
      row: record.row,
      email,
      name: row?.name ?? (cells.name ?? "").trim(),
      action: "create",
      errors,
      changes: [],
      userId: null,
      staffId: null,
      placementChanged: false,
      departmentId: "",
      positionId: null,
      startDate: row?.start_date ?? "",
      status: row?.status ?? "ONBOARDING",
      expertise: [],
    };
    if (email) {
      const first = firstRowOf.get(email);
      if (first !== undefined)
        errors.push({ column: "email", message: M.emailTwice, values: { row: first } });
      else firstRowOf.set(email, record.row);
    }
    const user = users.get(email);
    const staff = user?.staffMember ?? null;
    plan.userId = user?.id ?? null;
    plan.staffId = staff?.id ?? null;

    // Names are resolved even when another cell of the row is invalid, so one preview shows every problem.
    const departmentName = (cells.department ?? "").trim();
    const positionTitle = (cells.position ?? "").trim();
    const department = ref.departmentByName.get(key(departmentName));
    if (departmentName && !department)
      errors.push({
        column: "department",
        message: M.departmentUnknown,
        values: { department: departmentName },
      });
    else if (department?.archived && department.id !== staff?.departmentId)
      errors.push({
        column: "department",
        message: M.departmentArchived,
        values: { department: department.name },
      });
    if (department) {
      plan.departmentId = department.id;
      const position = positionTitle
        ? department.positions.find((p) => key(p.title) === key(positionTitle))
        : null;
      if (position === undefined)
        errors.push({
          column: "position",
          message: M.positionUnknown,
          values: { department: department.name, position: positionTitle },
        });
      else if (position?.archived && position.id !== staff?.positionId)
        errors.push({
          column: "position",
          message: M.positionArchived,
          values: { position: position.title },
        });
      plan.positionId = position?.id ?? null;
    }

    for (const c of ref.columns) {
      const cell = expertiseCsvCell.safeParse(cells[c.column]);
      if (!cell.success)
        errors.push({
          column: c.column,
          message: (cell.error.issues[0]?.message as ValidationKey | undefined) ?? "validation.levelRange",
        });
      else if (cell.data !== null) {
        const current = staff?.expertise.find((e) => e.segmentId === c.segmentId) ?? null;
        // Only the level counts: re-importing an export keeps each level's source and evidence.
        if (current?.level !== cell.data) {
          plan.expertise.push({ segmentId: c.segmentId, level: cell.data, current });
          plan.changes.push(c.column);
        }
      }
    }
    if (staff && row) {
      if (staff.departmentId !== plan.departmentId) plan.changes.push("department");
      if (staff.positionId !== plan.positionId) plan.changes.push("position");
      if (toIsoDate(staff.startDate) !== row.start_date) plan.changes.push("start_date");
      if (staff.status !== row.status) plan.changes.push("status");
      plan.placementChanged = plan.changes.some((c) =>
        ["department", "position", "start_date", "status"].includes(c),
      );
      plan.action = plan.changes.length > 0 ? "update" : "unchanged";
    }
    return plan;
  });
  return { headerErrors: ref.headerErrors, plans };
}
