import { expect, test } from "../../fixtures/test";
import { accounts, signIn } from "../../fixtures/accounts";

/**
 * API tokens (issue 19, item 4): an admin creates a token with two read scopes, is shown its secret once, finds it
 * in the list (prefix, scopes, status), calls the REST API with it (a scope it holds answers, one it lacks is refused)
 * and revokes it after confirming (the next call is refused). What every scope refuses, the rate limit and the audit
 * of each call are proven in packages/api/test/api-tokens.int.test.ts and rest-api.int.test.ts.
 */
test("an admin creates an API token, sees its secret once, calls the REST API with it and revokes it", async ({
  page,
  playwright,
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

  // The token works against the REST API of the running server (no cookies: a client of its own), within its scopes.
  const api = await playwright.request.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
  });
  const segments = await api.get("/api/v1/segments?limit=2");
  expect(segments.status()).toBe(200);
  const page1 = (await segments.json()) as {
    items: { id: string; name: string }[];
    nextCursor: string | null;
  };
  expect(page1.items).toHaveLength(2);
  expect(page1.nextCursor).toEqual(expect.any(String));
  const positions = await api.get("/api/v1/positions");
  expect(positions.status()).toBe(403);
  expect(positions.headers()["content-type"]).toContain("application/problem+json");
  expect(await positions.json()).toMatchObject({ status: 403, params: { scope: "positions:read" } });
  await page.reload();
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).not.toContainText("Never");

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(name);
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
  const revoked = await api.get("/api/v1/segments");
  expect(revoked.status()).toBe(401);
  expect(await revoked.json()).toMatchObject({ status: 401, key: "apiTokenInvalid" });
  await api.dispose();
});
