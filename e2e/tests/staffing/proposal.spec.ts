import { type Page } from "@playwright/test";
import { expect, test } from "../../fixtures/test";
import { accounts, signIn, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

test.describe.configure({ mode: "serial" });

/** staff.move rows on the audit page; counted before and after so a retry on the same database still holds. */
async function staffMoveRows(admin: Page) {
  await admin.goto("/admin/audit?action=staff.move&pageSize=100");
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(admin.getByRole("table").or(admin.getByText("No audit entries match"))).toBeVisible();
  return admin.getByRole("row").filter({ hasText: "Staff member moved" });
}

test("HR runs a proposal, reads why a move helps, applies two moves, and an admin finds them in the audit log", async ({
  page,
  browser,
}) => {
  // A long journey on a slow shared machine: proposal, axe, apply, checks in two sessions.
  test.setTimeout(180_000);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, accounts.admin);
  const movesBefore = await (await staffMoveRows(admin)).count();

  await signIn(page, accounts.hr);
  await page.getByRole("link", { name: "Staffing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staffing" })).toBeVisible();
  await page.getByRole("button", { name: "Run proposal" }).click();
  await expect(page.getByRole("heading", { name: "Proposed moves" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Total fit proposed")).toBeVisible();

  // The moves come a page at a time after the summary.
  const rows = page.getByRole("row").filter({ has: page.getByRole("checkbox") });
  await expect(rows.nth(1)).toBeVisible();
  const first = rows.nth(0);
  const moved = [];
  for (const row of [first, rows.nth(1)]) {
    const cells = row.getByRole("cell");
    moved.push({
      name: (await cells.nth(1).innerText()).trim(),
      to: (await cells.nth(3).innerText()).trim(),
    });
  }
  await first.getByText(`Why move ${moved[0]!.name}?`).click();
  await expect(first.getByText(/Fit \d+(\.\d)? of 100/).first()).toBeVisible();
  // Each requirement says met / partial / missing and the points it contributes, in both departments.
  await expect(
    first.getByRole("listitem").filter({ hasText: /^(Met|Partial|Missing).*points$/ }),
  ).toHaveCount(2);
  await expectAccessible(page);

  await first.getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Apply 2 moves" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("audit log");
  await page.getByRole("button", { name: "Apply moves" }).click();
  await expect(page.getByText("2 moves applied.")).toBeVisible();
  // The proposal is re-run on the changed organization: the applied moves are gone from it.
  await expect(page.getByRole("heading", { name: "Proposed moves" })).toBeVisible();
  await expect(rows.first().or(page.getByText("No moves proposed"))).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `Choose the move of ${moved[0]!.name}` })).toHaveCount(0);

  for (const { name, to } of moved) {
    await page.goto(`/admin/staff?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(to);
  }

  const entries = await staffMoveRows(admin);
  await expect(entries).toHaveCount(movesBefore + 2);
  // Newest first: the two just applied, both by HR.
  for (const entry of (await entries.all()).slice(0, 2)) await expect(entry).toContainText("Hanna Recruiter");
  await adminContext.close();
});

test("a what-if that removes a department shows its segment becoming uncovered, and saves nothing", async ({
  page,
}) => {
  await startSession(page, accounts.hr);
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
