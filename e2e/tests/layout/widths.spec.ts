import { expect, test } from "@playwright/test";
import { accounts, signIn } from "../../fixtures/accounts";
import { knownCodes } from "../../fixtures/codes";
import { overflow, PHONE } from "../../fixtures/page-check";

/**
 * Layouts that fit (issue 16 class 5). Every page of every role is checked at 1280 and 390 px, together with axe and
 * the codes on screen, in tests/scans/every-page.spec.ts; here, what a phone adds: the navigation is a menu.
 */
test("the code check knows the enum values and audit codes (it is not vacuous)", () => {
  expect(knownCodes).toEqual(expect.arrayContaining(["ACTIVE", "ASSESSED", "segment.create", "ONBOARDING"]));
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
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
  const course = page.locator('main a[href^="/learning/c"]').first();
  await course.click();
  await expect(page).toHaveURL(/\/learning\/c/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
  expect(await overflow(page)).toBeNull();
  await context.close();
});
