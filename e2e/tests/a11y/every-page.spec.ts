import { expect, test, type Page } from "@playwright/test";
import { accounts, signIn } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

/** Visit a page, wait for its data, and check it with axe. */
async function check(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
  await expectAccessible(page);
}

/** Open the first detail link of a list page and check the detail page too. */
async function checkFirstDetail(page: Page, listPath: string, hrefPrefix: string) {
  await page.goto(listPath);
  const link = page
    .locator(`main a[href^="${hrefPrefix}"]`)
    .filter({ hasNotText: /^New|Import|Export/ })
    .first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toBeTruthy();
  await check(page, href!);
}

test("every admin page has no serious or critical accessibility violations", async ({ page }) => {
  test.setTimeout(240_000); // 35 pages scanned; 2.8 min seen on a loaded two-core machine
  await signIn(page, accounts.admin);
  for (const path of [
    "/",
    "/admin/segments",
    "/admin/segments/new",
    "/admin/departments",
    "/admin/departments/new",
    "/admin/positions",
    "/admin/positions/new",
    "/admin/staff",
    "/admin/staff/new",
    "/admin/staff/import",
    "/admin/users",
    "/admin/users/new",
    "/admin/audit",
    "/admin/company",
    "/staffing",
    "/change-password",
    "/hiring",
    "/hiring/candidates",
    "/hiring/candidates/new",
    "/hiring/candidates/import",
    "/admin/privacy",
    "/learning",
    "/learning/courses",
    "/learning/courses/new",
    "/learning/courses/import",
    "/learning/progress",
    "/coverage",
    "/readiness",
  ])
    await check(page, path);
  await checkFirstDetail(page, "/admin/segments", "/admin/segments/c");
  await checkFirstDetail(page, "/admin/departments", "/admin/departments/c");
  await checkFirstDetail(page, "/admin/positions", "/admin/positions/c");
  await checkFirstDetail(page, "/admin/staff", "/admin/staff/c");
  await checkFirstDetail(page, "/admin/users", "/admin/users/c");
  await checkFirstDetail(page, "/hiring", "/hiring/positions/c");
  await checkFirstDetail(page, "/hiring/candidates", "/hiring/candidates/c");
  await checkFirstDetail(page, "/learning/courses", "/learning/courses/c");
  await checkFirstDetail(page, "/readiness", "/readiness/c");
});

test("HR's readiness and coverage pages are accessible", async ({ page }) => {
  // HR sees the whole company's coverage (the head sees one segment), a longer page with every chart.
  await signIn(page, accounts.hr);
  for (const path of ["/", "/readiness", "/coverage"]) await check(page, path);
  await checkFirstDetail(page, "/readiness", "/readiness/c");
});

test("the pages of a head and of a staff member are accessible too", async ({ page, browser }) => {
  // Two sessions and fifteen pages, each waited for and scanned: past the 60 s default on a busy machine.
  test.setTimeout(150_000);
  await signIn(page, accounts.headPrivate);
  for (const path of [
    "/",
    "/admin/departments",
    "/admin/staff",
    "/hiring",
    "/learning",
    "/learning/progress",
    "/coverage",
    "/readiness",
  ])
    await check(page, path);
  await checkFirstDetail(page, "/readiness", "/readiness/c");
  // A separate session for the staff member: nothing depends on signing out first.
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, accounts.staff);
  for (const path of ["/", "/learning", "/notifications", "/readiness/me"]) await check(staff, path);
  await checkFirstDetail(staff, "/learning", "/learning/c");
  await check(staff, "/me");
  // Their own fit for every department, each row with its explanation.
  await expect(staff.getByRole("heading", { name: "Fit for every department" })).toBeVisible();
  await expect(staff.getByRole("img", { name: /^Fit \d+(\.\d)? of 100$/ }).first()).toBeVisible();
});
