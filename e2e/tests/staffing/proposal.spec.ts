import { expect, test } from "@playwright/test";
import { accounts, signIn, signOut } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

test.describe.configure({ mode: "serial" });

test("HR runs a proposal, reads why a move helps, applies two moves, and an admin finds them in the audit log", async ({ page }) => {
  await signIn(page, accounts.hr);
  await page.getByRole("link", { name: "Staffing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staffing" })).toBeVisible();
  await page.getByRole("button", { name: "Run proposal" }).click();
  await expect(page.getByRole("heading", { name: "Proposed moves" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Total fit proposed")).toBeVisible();

  const rows = page.getByRole("row").filter({ has: page.getByRole("checkbox") });
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  const first = rows.nth(0);
  const moved = [];
  for (const row of [first, rows.nth(1)]) {
    const cells = row.getByRole("cell");
    moved.push({ name: (await cells.nth(1).innerText()).trim(), to: (await cells.nth(3).innerText()).trim() });
  }
  await first.getByText(`Why move ${moved[0]!.name}?`).click();
  await expect(first.getByText(/Fit \d+(\.\d)? of 100/).first()).toBeVisible();
  // Each requirement says met / partial / missing and the points it contributes, in both departments.
  await expect(first.getByRole("listitem").filter({ hasText: /^(Met|Partial|Missing).*points$/ })).toHaveCount(2);
  await expectAccessible(page);

  await first.getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Apply 2 moves" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("audit log");
  await page.getByRole("button", { name: "Apply moves" }).click();
  await expect(page.getByText("2 moves applied.")).toBeVisible();
  // The proposal is re-run on the changed organization: the applied moves are gone from it.
  await expect(page.getByRole("heading", { name: "Proposed moves" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `Choose the move of ${moved[0]!.name}` })).toHaveCount(0);

  for (const { name, to } of moved) {
    await page.goto(`/admin/staff?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(to);
  }

  await signOut(page);
  await signIn(page, accounts.admin);
  await page.goto("/admin/audit");
  await page.getByLabel("Action", { exact: true }).selectOption("staff.move");
  const entries = page.getByRole("row").filter({ hasText: "staff.move" });
  // The demo company starts with no moves (npm test seeds a fresh database).
  await expect(entries).toHaveCount(2);
  for (const entry of await entries.all()) await expect(entry).toContainText("Hanna Recruiter");
});

test("a what-if that removes a department shows its segment becoming uncovered, and saves nothing", async ({ page }) => {
  await signIn(page, accounts.hr);
  await page.goto("/staffing");
  await page.getByText("What-if: change the structure without saving").click();
  await page.getByLabel("Remove department").selectOption({ label: "Public Sector Unit" });
  await page.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(page.getByText("Public Sector Unit: removed")).toBeVisible();
  await page.getByRole("button", { name: "Run proposal" }).click();
  await expect(page.getByText("This is a what-if")).toBeVisible({ timeout: 30_000 });
  const publicSector = page.getByRole("row", { name: /Public sector/ });
  await expect(publicSector.getByRole("cell").nth(1)).toContainText("qualified of");
  await expect(publicSector.getByRole("cell").nth(2)).toContainText("Not served by any department");
  await expect(page.getByRole("button", { name: /Apply/ })).toHaveCount(0);
  await page.goto("/admin/departments?q=Public");
  await expect(page.getByRole("link", { name: "Public Sector Unit" })).toBeVisible();
});
