import { expect, test } from "../../fixtures/test";
import { accounts, signIn } from "../../fixtures/accounts";

/**
 * API tokens (issue 19, item 4): an admin creates a token with two read scopes, is shown its secret once, finds it
 * in the list (prefix, scopes, status) and revokes it after confirming. What a token may call, the rate limit and
 * the audit of each call are proven in packages/api/test/api-tokens.int.test.ts.
 */
test("an admin creates an API token, sees its secret once, finds it in the list and revokes it", async ({
  page,
}) => {
  const name = `Payroll sync ${Date.now().toString(36)}`;
  await signIn(page, accounts.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();

  await page.getByRole("button", { name: "Create token" }).click();
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Choose at least one scope.")).toBeVisible();
  await page.getByLabel("Read: Customer segments").check();
  await page.getByLabel("Read: Staff").check();
  await page.getByRole("button", { name: "Create token" }).click();

  await expect(page.getByRole("heading", { name: "Your new API token" })).toBeVisible();
  const secret = (await page.getByTestId("api-token-secret").textContent()) ?? "";
  expect(secret).toMatch(/^ptk_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("It is shown only now")).toBeVisible();
  await page.getByRole("button", { name: "I have stored it" }).click();
  await expect(page.getByTestId("api-token-secret")).toHaveCount(0);

  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).toContainText("segments:read");
  await expect(row).toContainText("staff:read");
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");
  await expect(page.getByText(secret)).toHaveCount(0);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(name);
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
});
