import pg from "pg";

export type Role = "ADMIN" | "HR" | "HEAD" | "STAFF";
/** page: home, lists and the learner's pages (>= 50% of the baseline); analytic: >= 15%. */
export type TargetKind = "baseline" | "page" | "analytic";
export type Target = { name: string; kind: TargetKind; role: Role | null; path: string };

export const DEMO_PASSWORD = "demo-portal-2026";

export type Fixtures = {
  emails: Record<Role, string>;
  benchDepartmentId: string;
  hiringPositionId: string;
  enrolmentId: string;
  departmentPeople: number;
  candidates: number;
};

/** Who signs in and which rows the targets ask for, read from the seeded database. */
export async function loadFixtures(databaseUrl: string): Promise<Fixtures> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const one = async <R extends pg.QueryResultRow>(sql: string, what: string) => {
      const row = (await db.query<R>(sql)).rows[0];
      if (!row) throw new Error(`the seed has no ${what}: run with --fresh-seed`);
      return row;
    };
    const department = await one<{ id: string; people: string }>(
      `SELECT d.id, (SELECT count(*) FROM "StaffMember" s WHERE s."departmentId" = d.id) AS people
         FROM "Department" d JOIN "User" u ON u.id = d."headId"
        WHERE u.email = 'bench.head@scale.example' ORDER BY d."createdAt" DESC LIMIT 1`,
      "readiness benchmark department",
    );
    const position = await one<{ positionId: string; n: string }>(
      `SELECT "positionId", count(*) AS n FROM "Application" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
      "hiring position",
    );
    // A learner of the benchmark department with the most courses, and one of their unfinished courses.
    const learner = await one<{ email: string; enrolmentId: string }>(
      `SELECT u.email, (SELECT e2.id FROM "Enrolment" e2 WHERE e2."staffMemberId" = s.id
                         ORDER BY e2."passedAt" NULLS FIRST, e2.id LIMIT 1) AS "enrolmentId"
         FROM "StaffMember" s JOIN "User" u ON u.id = s."userId"
         JOIN "Enrolment" e ON e."staffMemberId" = s.id
        WHERE s."departmentId" = '${department.id}' AND u.role = 'STAFF'
        GROUP BY s.id, u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
      "enrolled learner",
    );
    return {
      emails: {
        ADMIN: "admin@nordvik.example",
        HR: "hr@nordvik.example",
        HEAD: "bench.head@scale.example",
        STAFF: learner.email,
      },
      benchDepartmentId: department.id,
      hiringPositionId: position.positionId,
      enrolmentId: learner.enrolmentId,
      departmentPeople: Number(department.people),
      candidates: Number(position.n),
    };
  } finally {
    await db.end();
  }
}

/** tRPC over HTTP without batching, as `httpLink` sends it: GET /api/trpc/<proc>?input=<superjson>. */
const trpc = (procedure: string, input?: unknown) =>
  `/api/trpc/${procedure}` +
  (input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);

const listPage1 = { search: "", direction: "asc", page: 1, pageSize: 25 };

/** Every procedure a main page needs, with the role that opens that page. */
export function targets(f: Fixtures): Target[] {
  const page = (name: string, role: Role, path: string): Target => ({ name, kind: "page", role, path });
  const analytic = (name: string, role: Role, path: string): Target => ({
    name,
    kind: "analytic",
    role,
    path,
  });
  return [
    page("home.summary (admin)", "ADMIN", trpc("home.summary")),
    page("home.summary (HR)", "HR", trpc("home.summary")),
    page(`home.summary (head, ${f.departmentPeople} people)`, "HEAD", trpc("home.summary")),
    page("home.summary (staff)", "STAFF", trpc("home.summary")),
    page("staff.list page 1 (admin)", "ADMIN", trpc("staff.list", { ...listPage1, sort: "name" })),
    page("staff.filterOptions (admin)", "ADMIN", trpc("staff.filterOptions")),
    analytic(
      `readiness.matrix (${f.departmentPeople} people)`,
      "HEAD",
      trpc("readiness.matrix", { departmentId: f.benchDepartmentId, search: "", page: 1, pageSize: 25 }),
    ),
    analytic("coverage.overview (whole company)", "ADMIN", trpc("coverage.overview")),
    analytic("coverage.trend", "ADMIN", trpc("coverage.trend", { weeks: 12 })),
    analytic("coverage.timeToSignOff", "ADMIN", trpc("coverage.timeToSignOff")),
    analytic(
      `pipeline.table ranking (${f.candidates} candidates)`,
      "HR",
      trpc("pipeline.table", {
        ...listPage1,
        sort: "fit",
        positionId: f.hiringPositionId,
        eligibleOnly: false,
      }),
    ),
    page(
      `pipeline.board (${f.candidates} candidates)`,
      "HR",
      trpc("pipeline.board", { positionId: f.hiringPositionId }),
    ),
    page("learning.plan (learner)", "STAFF", trpc("learning.plan")),
    page("learning.course (player)", "STAFF", trpc("learning.course", { enrolmentId: f.enrolmentId })),
    page(
      "notifications.list (learner)",
      "STAFF",
      trpc("notifications.list", { page: 1, pageSize: 20, unreadOnly: false }),
    ),
    page("notifications.unreadCount (header)", "STAFF", trpc("notifications.unreadCount")),
  ];
}

export const baseline: Target = {
  name: "/api/auth/csrf (baseline)",
  kind: "baseline",
  role: null,
  path: "/api/auth/csrf",
};
