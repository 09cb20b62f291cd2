import { expect, test } from "../../fixtures/test";
import { accounts, startSession } from "../../fixtures/accounts";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const segmentName = `Students ${run}`;
const departmentName = `Student Desk ${run}`;
const positionTitle = `Campus advisor ${run}`;

test("bad input shows field errors and saves nothing", async ({ page }) => {
  await startSession(page, accounts.admin);
  await page.goto("/admin/segments/new");
  await page.getByLabel("Minimum age").fill("40");
  await page.getByLabel("Maximum age").fill("20");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await expect(page.getByText("The maximum age must not be below the minimum age.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/admin\/segments\/new$/);

  // A duplicate name passes the form but the server refuses it: the message shows and nothing is created.
  await page.getByLabel("Name").fill("Private individuals");
  await page.getByLabel("Maximum age").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(
    page.getByText(
      "A segment with this name already exists (capital letters and spaces around the name do not count).",
    ),
  ).toBeVisible();
  await page.goto("/admin/segments?q=Private");
  await expect(page.getByRole("link", { name: "Private individuals" })).toHaveCount(1);
});

test("an admin creates a segment, a department with its head, and a position", async ({ page }) => {
  await startSession(page, accounts.admin);
  await page.goto("/admin/segments");
  await page.getByRole("link", { name: "New segment" }).click();
  await page.getByLabel("Name").fill(segmentName);
  await page.getByLabel("Kind of customer").selectOption({ label: "Individuals" });
  await page.getByLabel("Minimum age").fill("18");
  await page.getByLabel("Maximum age").fill("26");
  await page.getByLabel("Best-customer priority").selectOption({ label: "Important" });
  await page.getByLabel("Tags").fill("campus, first account");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: segmentName })).toBeVisible();
  await expect(page.getByText("Not served")).toBeVisible(); // a new segment is an orphan until a department serves it

  await page.goto("/admin/departments/new");
  await page.getByLabel("Name").fill(departmentName);
  await page.getByLabel("Customer segment").selectOption({ label: segmentName });
  await page.getByLabel("Head", { exact: true }).selectOption({ label: "Nikos Papadakis" });
  await page.getByLabel("Target headcount").fill("4");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: departmentName })).toBeVisible();

  await page.getByRole("link", { name: "New position" }).first().click();
  await page.getByLabel("Title").fill(positionTitle);
  await expect(page.getByLabel("Department")).toHaveValue(/.+/);
  await page.getByLabel("Headcount").fill("2");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: positionTitle })).toBeVisible();

  await page.goto(`/admin/segments?q=${encodeURIComponent(segmentName)}`);
  const row = page.getByRole("row", { name: new RegExp(segmentName) });
  await expect(row).toContainText("1");
  await expect(row.getByText("Not served")).toHaveCount(0);
});
