import { expect, test } from "../../fixtures/test";
import { accounts, signIn, signInWithForm } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

test("an anonymous visitor is sent to the sign-in page, which is accessible", async ({ page }) => {
  await page.goto("/admin/segments");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);
});

test("a wrong password gets one message that does not reveal whether the account exists", async ({
  page,
}) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("nobody@nordvik.example");
  await page.getByLabel("Password").fill("wrong password!");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await page.getByLabel("Email").fill(accounts.hr);
  await page.getByLabel("Password").fill("wrong password!");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
});

test("an admin signs in, lands on a home page with next steps, and signs out", async ({ page }) => {
  await signInWithForm(page, accounts.admin);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Admin" })).toBeVisible();
  await expect(page.getByText("1 customer segment is served by no department.")).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
});

test("a staff member sees only what their role may open", async ({ page }) => {
  await signIn(page, accounts.staff);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "My profile" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Customer segments" })).toHaveCount(0);
  await page.goto("/admin/segments");
  await expect(page).toHaveURL(/\/\?denied=1/);
});

test("repeated failures are throttled with a clear message, also for unknown accounts", async ({ page }) => {
  await page.goto("/login");
  const email = `ghost-${Date.now()}@nordvik.example`;
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    // Wait for the server action's answer, so each attempt is counted before the next one.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
      page.getByRole("button", { name: "Sign in", exact: true }).click(),
    ]);
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password again");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(
    page.getByText(/Too many failed sign-in attempts\. Try again in \d+ minutes?\./),
  ).toBeVisible();
});
