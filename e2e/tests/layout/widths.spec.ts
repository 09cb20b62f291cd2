import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, openSignedIn, signIn } from "../../fixtures/accounts";
import { knownCodes, visibleCodes } from "../../fixtures/codes";

/**
 * Layouts that fit: every main page of each role at a laptop (1280 x 800) and a phone (390 x 844) width, failing
 * when the document is wider than the window (wide grids must scroll inside their own region). The same visit
 * fails when a page shows a code instead of words (an enum value such as ACTIVE, an audit code such as
 * segment.create: issue 16 class 2). Kept fast for the
 * CI budget: one sign-in per role, each page loaded once at 1280 px and then resized to 390 px (the layout is CSS
 * only, nothing is chosen by user agent), no accessibility scan (tests/a11y does that).
 */
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Null when the page fits; otherwise how wide it is and the outermost elements that stick out. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= window.innerWidth) return null;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    const sticking = Array.from(document.body.querySelectorAll("*"))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(el))
      .filter(
        (el) =>
          !el.parentElement || el.parentElement.getBoundingClientRect().right <= window.innerWidth + 0.5,
      )
      .slice(0, 3)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${String(el.getAttribute("class") ?? "").slice(0, 80)}">`,
      );
    return `${doc.scrollWidth}px wide (${sticking.join(", ") || "no single element"})`;
  });
}

async function settle(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
}

/** The first link in the page's main content whose address starts with `prefix` (a detail page with a wide view). */
async function firstLink(page: Page, listPath: string, prefix: string) {
  await page.goto(listPath);
  const link = page.locator(`main a[href^="${prefix}"]`).first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

/** Signs in once, collects the role's main pages from its navigation (plus `extra`), checks each at both widths. */
async function checkRole(browser: Browser, email: string, extra: (page: Page) => Promise<string[]>) {
  const context = await browser.newContext({ viewport: LAPTOP });
  const page = await context.newPage();
  const problems: string[] = [];
  const codesShown: string[] = [];
  try {
    await signIn(page, email);
    const nav = page.getByRole("navigation", { name: "Main" });
    const paths = [
      ...new Set([
        ...(await nav.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!))),
        ...(await extra(page)),
      ]),
    ];
    for (const path of paths) {
      await page.setViewportSize(LAPTOP);
      await openSignedIn(page, path, email);
      const codes = await visibleCodes(page);
      if (codes.length) codesShown.push(`${path}: ${codes.join(", ")}`);
      const wide = await overflow(page);
      if (wide) problems.push(`${path} at ${LAPTOP.width} px: ${wide}`);
      await page.setViewportSize(PHONE);
      const narrow = await overflow(page);
      if (narrow) problems.push(`${path} at ${PHONE.width} px: ${narrow}`);
    }
  } finally {
    await context.close();
  }
  expect(problems, "pages wider than the window").toEqual([]);
  expect(codesShown, "codes shown instead of words").toEqual([]);
}

test("the code check knows the enum values and audit codes (it is not vacuous)", () => {
  expect(knownCodes).toEqual(expect.arrayContaining(["ACTIVE", "ASSESSED", "segment.create", "ONBOARDING"]));
});

test("an administrator's pages fit at 1280 and 390 px", async ({ browser }) => {
  test.setTimeout(180_000);
  await checkRole(browser, accounts.admin, async (page) => [
    await firstLink(page, "/hiring", "/hiring/positions/c"), // the pipeline board
    await firstLink(page, "/readiness", "/readiness/c"),
    await firstLink(page, "/admin/departments", "/admin/departments/c"),
    await firstLink(page, "/admin/staff", "/admin/staff/c"),
  ]);
});

test("HR's pages fit at 1280 and 390 px", async ({ browser }) => {
  test.setTimeout(120_000);
  await checkRole(browser, accounts.hr, async () => []);
});

test("a head's pages fit at 1280 and 390 px", async ({ browser }) => {
  test.setTimeout(120_000);
  await checkRole(browser, accounts.headPrivate, async (page) => [
    await firstLink(page, "/readiness", "/readiness/c"),
  ]);
});

test("a staff member's pages fit at 1280 and 390 px", async ({ browser }) => {
  test.setTimeout(120_000);
  await checkRole(browser, accounts.staff, async () => ["/me", "/readiness/me"]);
});

test("at 390 px the navigation is a menu button, and a staff member opens a course through it", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, accounts.staff);
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await menu.click();
  const panel = page.getByRole("dialog", { name: "Menu" });
  await expect(panel.getByRole("link", { name: "My onboarding" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await panel.getByRole("link", { name: "My onboarding" }).click();
  await expect(page).toHaveURL(/\/learning$/);
  await expect(panel).toBeHidden();
  await settle(page);
  const course = page.locator('main a[href^="/learning/c"]').first();
  await course.click();
  await expect(page).toHaveURL(/\/learning\/c/);
  await settle(page);
  expect(await overflow(page)).toBeNull();
  await context.close();
});
