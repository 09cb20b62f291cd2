import { expect, test, type APIRequestContext } from "@playwright/test";
import { accounts, signIn, signOut, startSession } from "../../fixtures/accounts";
import { withDb } from "../../fixtures/db";

/**
 * States that say the truth: a record's page for something missing or not the caller's answers 404 or 403 with a
 * page that says so and links home, not 200 with "Try again". Requests only (no rendering in the browser), so the
 * whole spec takes a few seconds. Services read a record outside the caller's scope as not found (it does not
 * leak that it exists), so those answer 404; a role that may not open a kind of record at all gets 403.
 */
const MISSING = "cl00000000000000000000000";

async function expectStatus(request: APIRequestContext, path: string, status: 404 | 403) {
  const res = await request.get(path);
  // The status page may be streamed into place by its scripts, so its words are looked for in the whole answer;
  // the browser checks below see it as a reader does.
  const text = await res.text();
  const title = status === 404 ? "Page not found" : "You cannot open this page";
  expect(`${path} -> ${res.status()} ${text.includes(title) ? "with" : "without"} its page`).toBe(
    `${path} -> ${status} with its page`,
  );
  expect(text).toContain("Go to the home page");
}

type Ids = Record<
  | "department"
  | "position"
  | "segment"
  | "staff"
  | "user"
  | "candidate"
  | "application"
  | "course"
  | "otherStaffOfHead"
  | "otherEnrolment"
  | "otherCertificate",
  string
>;

const one = async (sql: string) =>
  withDb(async (db) => {
    const row = (await db.query<{ id: string }>(sql)).rows[0];
    if (!row) throw new Error(`the demo company has no row for: ${sql}`);
    return row.id;
  });

async function demoIds(): Promise<Ids> {
  const notStaffUser = `join "StaffMember" s on s.id = e."staffMemberId" join "User" u on u.id = s."userId"
    where u.email <> '${accounts.staff}'`;
  return {
    department: await one(`select id from "Department" limit 1`),
    position: await one(`select id from "Position" limit 1`),
    segment: await one(`select id from "CustomerSegment" limit 1`),
    staff: await one(`select id from "StaffMember" limit 1`),
    user: await one(`select id from "User" limit 1`),
    candidate: await one(`select id from "Candidate" limit 1`),
    application: await one(`select id from "Application" limit 1`),
    course: await one(`select id from "Course" limit 1`),
    otherStaffOfHead:
      await one(`select s.id from "StaffMember" s join "Department" d on d.id = s."departmentId"
      join "User" h on h.id = d."headId" where h.email <> '${accounts.headPrivate}' limit 1`),
    otherEnrolment: await one(`select e.id from "Enrolment" e ${notStaffUser} limit 1`),
    otherCertificate: await one(`select c.id from "Certificate" c join "Enrolment" e on e.id = c."enrolmentId"
      ${notStaffUser} limit 1`),
  };
}

/** Every [id] page under apps/web/src/app, as (id) => path. */
const recordPages = {
  department: (id: string) => `/admin/departments/${id}`,
  position: (id: string) => `/admin/positions/${id}`,
  segment: (id: string) => `/admin/segments/${id}`,
  staff: (id: string) => `/admin/staff/${id}`,
  user: (id: string) => `/admin/users/${id}`,
  application: (id: string) => `/hiring/applications/${id}`,
  candidate: (id: string) => `/hiring/candidates/${id}`,
  pipeline: (id: string) => `/hiring/positions/${id}`,
  profile: (id: string) => `/hiring/positions/${id}/profile`,
  enrolment: (id: string) => `/learning/${id}`,
  certificate: (id: string) => `/learning/certificates/${id}`,
  course: (id: string) => `/learning/courses/${id}`,
  readiness: (id: string) => `/readiness/${id}`,
};

test("a missing record answers 404 on every record page, with a page that says so", async ({ page }) => {
  await signIn(page, accounts.admin);
  for (const path of Object.values(recordPages)) await expectStatus(page.request, path(MISSING), 404);
  await expectStatus(page.request, "/no-such-page", 404);
  // The page itself, as the browser shows it: what happened, and the way home.
  await page.goto(recordPages.department(MISSING));
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  // Not the error state of a failed load: nothing to retry.
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("a record the caller may not open answers 403 (role) or 404 (outside their scope)", async ({
  browser,
}) => {
  const ids = await demoIds();
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, accounts.staff);
  for (const [path, id] of [
    [recordPages.department, ids.department],
    [recordPages.position, ids.position],
    [recordPages.segment, ids.segment],
    [recordPages.staff, ids.staff],
    [recordPages.user, ids.user],
    [recordPages.application, ids.application],
    [recordPages.candidate, ids.candidate],
    [recordPages.pipeline, ids.position],
    [recordPages.profile, ids.position],
    [recordPages.course, ids.course],
    [recordPages.readiness, ids.staff],
  ] as const)
    await expectStatus(staff.request, path(id), 403);
  await expectStatus(staff.request, recordPages.enrolment(ids.otherEnrolment), 404);
  await expectStatus(staff.request, recordPages.certificate(ids.otherCertificate), 404);
  await staff.context().close();

  const head = await (await browser.newContext()).newPage();
  await signIn(head, accounts.headPrivate);
  await expectStatus(head.request, recordPages.staff(ids.otherStaffOfHead), 404);
  await expectStatus(head.request, recordPages.readiness(ids.otherStaffOfHead), 404);
  await expectStatus(head.request, recordPages.user(ids.user), 403);
  await head.context().close();
});

test('"My onboarding" is offered only to people with a staff record', async ({ page }) => {
  // The demo's administrator has no staff record; the demo staff member has one.
  await signIn(page, accounts.admin);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(page.getByRole("link", { name: "My onboarding" })).toHaveCount(0);
  // Until the sign-in page shows, the sign-out may still be ending a session (a fresh-clone run saw the staff
  // member's new session ended: /login?reason=ended).
  await signOut(page);
  await signIn(page, accounts.staff);
  await expect(nav.getByRole("link", { name: "My onboarding" })).toBeVisible();
});

test("a certificate's PDF answers as its page does: the holder gets it, anyone else 404, nobody signed in 401", async ({
  browser,
  request,
}) => {
  const ids = await demoIds();
  const own = await one(`select c.id from "Certificate" c join "Enrolment" e on e.id = c."enrolmentId"
    join "StaffMember" s on s.id = e."staffMemberId" join "User" u on u.id = s."userId"
    where u.email = '${accounts.staff}' limit 1`);
  const pdf = (id: string) => `/api/certificates/${id}/pdf`;
  expect((await request.get(pdf(own))).status()).toBe(401);

  const staff = await (await browser.newContext()).newPage();
  await startSession(staff, accounts.staff);
  const mine = await staff.request.get(pdf(own));
  expect(mine.status()).toBe(200);
  expect(mine.headers()["content-type"]).toBe("application/pdf");
  expect(mine.headers()["content-disposition"]).toMatch(/^attachment; filename="certificate-.+\.pdf"$/);
  expect((await mine.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // Someone else's certificate and one that does not exist answer alike, so neither leaks that it exists.
  for (const id of [ids.otherCertificate, MISSING]) {
    const refused = await staff.request.get(pdf(id));
    expect(`${id} -> ${refused.status()}`).toBe(`${id} -> 404`);
    // A key and params the client renders in the reader's language; the English message is for developers.
    expect(await refused.json()).toEqual({
      code: "NOT_FOUND",
      key: "certificateNotFound",
      params: {},
      message: "Certificate not found.",
    });
  }
  await staff.context().close();
});
