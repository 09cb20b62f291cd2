import { expect, test, type Page } from "@playwright/test";
import { accounts, openSignedIn, signIn } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

/** Visit a page as `who`, wait for its data, and check it with axe. */
async function check(page: Page, path: string, who: string) {
  await openSignedIn(page, path, who);
  await expectAccessible(page);
}

/** Open the first detail link of a list page and check the detail page too. */
async function checkFirstDetail(page: Page, listPath: string, hrefPrefix: string, who: string) {
  await openSignedIn(page, listPath, who);
  const link = page
    .locator(`main a[href^="${hrefPrefix}"]`)
    .filter({ hasNotText: /^New|Import|Export/ })
    .first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toBeTruthy();
  await check(page, href!, who);
}

/**
 * An administrator's pages, in groups that the scans project spreads over its workers (each group signs in once).
 * Every page with a form, a list, a wide grid or a chart is here; each list's first record is opened too.
 */
const adminGroups: Record<string, { pages: string[]; details: [list: string, prefix: string][] }> = {
  organization: {
    pages: ["/", "/admin/segments", "/admin/segments/new", "/admin/departments", "/admin/departments/new"],
    details: [
      ["/admin/segments", "/admin/segments/c"],
      ["/admin/departments", "/admin/departments/c"],
    ],
  },
  people: {
    pages: [
      "/admin/positions",
      "/admin/positions/new",
      "/admin/staff",
      "/admin/staff/new",
      "/admin/staff/import",
    ],
    details: [
      ["/admin/positions", "/admin/positions/c"],
      ["/admin/staff", "/admin/staff/c"],
    ],
  },
  accounts: {
    pages: [
      "/admin/users",
      "/admin/users/new",
      "/admin/audit",
      "/admin/company",
      "/change-password",
      "/admin/privacy",
    ],
    details: [["/admin/users", "/admin/users/c"]],
  },
  hiring: {
    pages: [
      "/staffing",
      "/hiring",
      "/hiring/candidates",
      "/hiring/candidates/new",
      "/hiring/candidates/import",
    ],
    details: [
      ["/hiring", "/hiring/positions/c"],
      ["/hiring/candidates", "/hiring/candidates/c"],
    ],
  },
  learning: {
    pages: [
      "/learning",
      "/learning/courses",
      "/learning/courses/new",
      "/learning/courses/import",
      "/learning/progress",
      "/coverage",
      "/readiness",
    ],
    details: [
      ["/learning/courses", "/learning/courses/c"],
      ["/readiness", "/readiness/c"],
    ],
  },
};

for (const [group, { pages, details }] of Object.entries(adminGroups))
  test(`an administrator's ${group} pages have no serious or critical accessibility violations`, async ({
    page,
  }) => {
    test.setTimeout(180_000); // up to nine pages scanned; over a minute on a loaded two-core machine
    const who = accounts.admin;
    await signIn(page, who);
    for (const path of pages) await check(page, path, who);
    for (const [list, prefix] of details) await checkFirstDetail(page, list, prefix, who);
  });

test("HR's readiness and coverage pages are accessible", async ({ page }) => {
  // HR sees the whole company's coverage (the head sees one segment), a longer page with every chart.
  const who = accounts.hr;
  await signIn(page, who);
  for (const path of ["/", "/readiness", "/coverage"]) await check(page, path, who);
  await checkFirstDetail(page, "/readiness", "/readiness/c", who);
});

test("the pages of a head are accessible too", async ({ page }) => {
  test.setTimeout(150_000); // nine pages, each waited for and scanned: past the 60 s default on a busy machine
  const who = accounts.headPrivate;
  await signIn(page, who);
  for (const path of [
    "/",
    "/admin/departments",
    "/admin/staff",
    "/hiring",
    "/learning",
    "/learning/progress",
    "/coverage",
    "/readiness",
    "/stories/moderation",
  ])
    await check(page, path, who);
  await checkFirstDetail(page, "/readiness", "/readiness/c", who);
});

test("the pages of a staff member are accessible too", async ({ page }) => {
  test.setTimeout(180_000); // seven pages and two records, each waited for and scanned
  const who = accounts.staff;
  await signIn(page, who);
  for (const path of ["/", "/learning", "/notifications", "/readiness/me", "/stories", "/stories/new"])
    await check(page, path, who);
  await checkFirstDetail(page, "/stories", "/stories/c", who);
  await checkFirstDetail(page, "/learning", "/learning/c", who);
  await check(page, "/me", who);
  // Their own fit for every department, each row with its explanation.
  await expect(page.getByRole("heading", { name: "Fit for every department" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Fit \d+(\.\d)? of 100$/ }).first()).toBeVisible();
});

test("the front-line feedback pages are accessible (issue 18)", async ({ page }) => {
  test.setTimeout(120_000);
  const who = accounts.headPrivate;
  await signIn(page, who);
  for (const path of ["/feedback", "/feedback/new", "/feedback/insight"]) await check(page, path, who);
  // A demo item with its reply, status controls and history (packages/db/src/seed/demo-feedback.ts).
  await checkFirstDetail(page, "/feedback", "/feedback/demo-feedback-", who);
});
