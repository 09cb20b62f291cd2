import { expect, test } from "../../fixtures/test";
import { accounts, signIn } from "../../fixtures/accounts";

/**
 * The REST API's reference (issue 19): an admin opens it from the navigation and reads an operation with its
 * scope; the document it is made from is public JSON; a staff member is turned away. The API's behaviour is
 * proven in packages/api/test/rest-api.int.test.ts.
 */
test("an admin reads the REST API reference; staff are refused", async ({ page, browser }) => {
  await signIn(page, accounts.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "REST API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "REST API" })).toBeVisible();
  const staffList = page.getByRole("heading", { level: 3 }).filter({ hasText: "/v1/staff" }).first();
  await expect(staffList).toContainText("List staff with their expertise");
  await expect(page.getByText("staff:read").first()).toBeVisible();

  const document = await page.request.get("/api/v1/openapi.json");
  expect(document.ok()).toBe(true);
  expect(await document.json()).toMatchObject({ openapi: "3.1.0" });
  const withoutToken = await page.request.get("/api/v1/segments");
  expect(withoutToken.status()).toBe(401);
  expect(withoutToken.headers()["content-type"]).toContain("application/problem+json");

  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, accounts.staff);
  await expect(
    staffPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "REST API" }),
  ).toHaveCount(0);
  await staffPage.goto("/admin/api");
  await expect(staffPage).toHaveURL(/\/\?denied=1/);
  await staffContext.close();
});
