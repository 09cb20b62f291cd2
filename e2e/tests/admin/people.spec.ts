import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { accounts, signIn, startSession } from "../../fixtures/accounts";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const newcomer = {
  name: `Lena Berg ${run}`,
  email: `lena.berg.${run}@nordvik.example`,
  password: "mauve otter juggles quietly", // free of the name and e-mail, which carry the run suffix
};

async function signedInPage(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

test("an admin adds a staff member with expertise, and the new person sees it after choosing a password", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await startSession(page, accounts.admin);
  await page.goto("/admin/staff/new");
  await page.getByLabel("Email").fill(newcomer.email);
  await page.getByLabel("Name").fill(newcomer.name);
  await page.getByLabel("Department").selectOption({ label: "Young Customers Team" });
  await page.getByLabel("Position").selectOption({ label: "Digital advisor" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`${newcomer.name} was added to the staff.`)).toBeVisible();
  const oneTimePassword = (await page.getByTestId("one-time-password").innerText()).trim();
  expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);

  await page.getByRole("link", { name: "Open the staff record" }).click();
  await expect(page.getByRole("heading", { name: newcomer.name })).toBeVisible();
  await expect(page.getByText("No expertise recorded yet.")).toBeVisible();
  await page.getByRole("combobox", { name: "Segment" }).selectOption({ label: "Young adults" });
  await page.getByRole("combobox", { name: "Level" }).selectOption({ label: "3 · Specialist" });
  await page.getByRole("combobox", { name: "Source" }).selectOption({ label: "Assessed" });
  await page.getByRole("textbox", { name: "Evidence" }).fill("Observed twenty student-account calls");
  await page.getByRole("button", { name: "Save expertise" }).click();
  await expect(page.getByText("Expertise saved and added to the history.")).toBeVisible();
  const expertiseRow = page.getByRole("row", { name: /Young adults/ }).first();
  await expect(expertiseRow).toContainText("3 · Specialist");
  await expect(expertiseRow).toContainText("Assessed");

  // The new person signs in with the one-time password and must choose their own before anything else.
  const staff = await (await browser.newContext()).newPage();
  await staff.goto("/login");
  await staff.getByLabel("Email").fill(newcomer.email);
  await staff.getByLabel("Password").fill(oneTimePassword);
  await staff.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(staff).toHaveURL(/\/change-password/);
  await staff.locator("#currentPassword").fill(oneTimePassword);
  await staff.locator("#newPassword").fill(newcomer.password);
  await staff.locator("#confirmPassword").fill(newcomer.password);
  await staff.getByRole("button", { name: "Change password" }).click();
  await expect(staff).toHaveURL(/\/login\?reason=password-changed/);
  await startSession(staff, newcomer.email, newcomer.password);
  await staff.goto("/me");
  await expect(staff.getByRole("row", { name: /Young adults/ }).first()).toContainText("3 · Specialist");
  await staff.context().close();
});

test("a head cannot open another department or its staff by URL", async ({ page, browser }) => {
  const admin = await signedInPage(browser, accounts.admin);
  await admin.goto("/admin/departments?q=Public");
  const otherDepartment = await admin.getByRole("link", { name: "Public Sector Unit" }).getAttribute("href");
  expect(otherDepartment).toMatch(/^\/admin\/departments\/\w+/);
  await admin.goto(`/admin/staff?departmentId=${otherDepartment!.split("/").pop()}`);
  const otherStaff = await admin.getByRole("row").nth(1).getByRole("link").first().getAttribute("href");
  expect(otherStaff).toMatch(/^\/admin\/staff\/\w+/);
  await admin.context().close();

  await startSession(page, accounts.headPrivate);
  await page.goto("/admin/departments");
  await expect(page.getByRole("link", { name: "Private Banking Service" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Public Sector Unit" })).toHaveCount(0);
  // Another department's records answer 404 with the not-found page, as a record that does not exist.
  expect((await page.goto(otherDepartment!))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Public Sector Unit" })).toHaveCount(0);
  expect((await page.goto(otherStaff!))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("a deactivated user is signed out on their next request", async ({ page, browser }) => {
  const staff = await signedInPage(browser, newcomer.email, newcomer.password);
  await staff.goto("/me");
  await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();

  await startSession(page, accounts.admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(newcomer.email)}`);
  await page.getByRole("link", { name: newcomer.name }).click();
  await page.getByLabel("Active", { exact: true }).uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  // An API call with the same (recent) cookie is refused too: the tRPC route reads the cookie without next-auth's
  // auth() round, and the database still decides.
  expect((await (await staff.request.get("/api/trpc/account.me")).json()).result.data.json).toBeNull();
  expect((await staff.request.get("/api/trpc/home.summary")).status()).toBe(401);
  await staff.reload();
  await expect(staff).toHaveURL(/\/login\?reason=ended/);
  await expect(staff.getByText("Your session has ended because your account changed.")).toBeVisible();
  // And the account no longer signs in.
  await staff.getByLabel("Email").fill(newcomer.email);
  await staff.getByLabel("Password").fill(newcomer.password);
  await staff.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(staff).toHaveURL(/\/login/);
  await staff.context().close();
});
