import { expect, test, type Page } from "@playwright/test";
import { accounts, openSignedIn, signIn } from "../../fixtures/accounts";
import { checkPage, LAPTOP, noFindings, type Findings } from "../../fixtures/page-check";
import { watchForViolations } from "../../fixtures/violations";

/**
 * Every page of every role, read only, each visited once for all the checks of fixtures/page-check.ts: axe (no
 * serious or critical violation), no code on screen, no layout wider than the window at 1280 and 390 px, and no
 * Content-Security-Policy violation or console error (scripts, charts and translations work under the policy).
 * A role's pages are its whole navigation (read from the page, so a new link is checked without editing this file)
 * plus the forms and records behind it; each list's first record is opened too.
 */
function expectNone(found: Findings) {
  expect(found.accessibility, "serious or critical accessibility violations").toEqual([]);
  expect(found.widths, "pages wider than the window").toEqual([]);
  expect(found.codes, "codes shown instead of words").toEqual([]);
  expect(found.errors, "CSP violations, console or page errors").toEqual([]);
}

async function navigationOf(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Main" });
  return nav.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
}

/**
 * The address of the first record the open list page links to (not its New/Import/Export actions), or, with
 * `listPath`, of the list opened first.
 */
async function firstDetail(page: Page, hrefPrefix: string, open?: { listPath: string; who: string }) {
  if (open) await openSignedIn(page, open.listPath, open.who);
  const link = page
    .locator(`main a[href^="${hrefPrefix}"]`)
    .filter({ hasNotText: /^New|Import|Export/ })
    .first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

type Details = [list: string, prefix: string][];

/**
 * Signs in as `who` (watched from the start) and checks each page, then the first record of each list. A list that
 * is one of the pages gives its first record's address while it is open for its own check, rather than being
 * loaded a second time.
 */
async function checkAll(
  page: Page,
  who: string,
  pagesOf: (navigation: string[]) => string[],
  details: Details,
) {
  const watcher = await watchForViolations(page);
  await page.setViewportSize(LAPTOP);
  await signIn(page, who);
  const paths = pagesOf(await navigationOf(page));
  const found = noFindings();
  const records = new Map<string, string>();
  for (const path of paths) {
    await checkPage(page, path, who, found, watcher);
    for (const [list, prefix] of details)
      if (list === path && !records.has(list)) records.set(list, await firstDetail(page, prefix));
  }
  for (const [list, prefix] of details) {
    const record = records.get(list) ?? (await firstDetail(page, prefix, { listPath: list, who }));
    await checkPage(page, record, who, found, watcher);
  }
  expectNone(found);
}

/** An administrator's pages, in groups (each group signs in once; a group's pages fit one test's time). */
const adminGroups: Record<string, { pages: string[]; details: Details }> = {
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
      "/admin/webhooks",
      "/admin/api-tokens",
      "/admin/api",
      "/notifications",
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
    // The first position's page is its pipeline board, the widest grid of the portal.
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
  knowledge: {
    pages: ["/stories", "/stories/moderation", "/feedback", "/feedback/insight"],
    details: [["/feedback", "/feedback/demo-feedback-"]],
  },
};

test("the administrator's groups cover the whole navigation", async ({ page }) => {
  await signIn(page, accounts.admin);
  const listed = new Set(Object.values(adminGroups).flatMap((group) => group.pages));
  expect((await navigationOf(page)).filter((path) => !listed.has(path))).toEqual([]);
});

for (const [group, { pages, details }] of Object.entries(adminGroups))
  test(`an administrator's ${group} pages`, async ({ page }) => {
    test.setTimeout(180_000); // up to nine pages waited for and checked, on a loaded two-core machine
    await checkAll(page, accounts.admin, () => pages, details);
  });

/** The other roles: their whole navigation, plus what it leads to. */
const roles: { name: string; who: string; extra: string[]; details: Details }[] = [
  {
    name: "HR",
    who: accounts.hr,
    extra: [],
    details: [["/readiness", "/readiness/c"]],
  },
  {
    name: "a head",
    who: accounts.headPrivate,
    extra: ["/feedback/new", "/feedback/insight"],
    // A demo feedback item with its reply, status controls and history (packages/db/src/seed/demo-feedback.ts).
    details: [
      ["/readiness", "/readiness/c"],
      ["/feedback", "/feedback/demo-feedback-"],
    ],
  },
  {
    name: "a staff member",
    who: accounts.staff,
    extra: ["/notifications", "/stories/new", "/feedback/new"],
    details: [
      ["/stories", "/stories/c"],
      ["/learning", "/learning/c"],
    ],
  },
];

for (const { name, who, extra, details } of roles)
  test(`the pages of ${name}`, async ({ page }) => {
    test.setTimeout(240_000); // a role's whole navigation (up to 17 pages) and its records
    await checkAll(page, who, (navigation) => [...new Set([...navigation, ...extra])], details);
  });

test("a staff member sees their own fit for every department, each with its explanation", async ({
  page,
}) => {
  await openSignedIn(page, "/me", accounts.staff);
  await expect(page.getByRole("heading", { name: "Fit for every department" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Fit \d+(\.\d)? of 100$/ }).first()).toBeVisible();
});

test("the checks see what they look for (they are not vacuous)", async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await page.route("**/not-a-page", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Bad</title></head><body><main><h1>Bad page</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button>
        <p>Status: ACTIVE</p><div style="width:2000px">wide</div>
        <script>console.error("broken on purpose")</script></main></body></html>`,
    }),
  );
  const watcher = await watchForViolations(page);
  const found = noFindings();
  await checkPage(page, "/not-a-page", accounts.staff, found, watcher);
  expect(found.accessibility.join("\n")).toMatch(/image-alt/);
  expect(found.accessibility.join("\n")).toMatch(/button-name/);
  expect(found.codes).toEqual(["/not-a-page: ACTIVE"]);
  expect(found.widths).toHaveLength(2);
  expect(found.errors.join("\n")).toContain("broken on purpose");
});
