import { randomUUID } from "node:crypto";
import { expect, test } from "../../fixtures/test";
import { accounts, startSession } from "../../fixtures/accounts";
import { withDb } from "../../fixtures/db";

test("HR erases a candidate on request after typing their name", async ({ page }) => {
  const id = `e2e${randomUUID().replace(/-/g, "")}`.slice(0, 25);
  const name = `Erasable Person ${id.slice(-6)}`;
  await withDb((db) =>
    db.query(
      `INSERT INTO "Candidate" (id, name, email, phone, notes, "updatedAt") VALUES ($1, $2, $3, '+46 70 000 00 00', 'private note', now())`,
      [id, name, `${id}@candidate.example`],
    ),
  );

  await startSession(page, accounts.hr);
  await page.goto("/admin/privacy");
  await page.getByLabel("Find the candidate (name or email)").fill(name);
  await page.getByRole("button", { name: `Select ${name}` }).click();
  await expect(page.getByText(`Selected: ${name}`)).toBeVisible();
  const erase = page.getByRole("button", { name: "Erase personal data" });
  await page.getByLabel("Type the candidate's name to confirm").fill("Someone Else");
  await expect(erase).toBeDisabled();
  await page.getByLabel("Type the candidate's name to confirm").fill(name.toLowerCase());
  await erase.click();
  await expect(page.getByText("The candidate's personal data was erased.")).toBeVisible();
  await expect(page.getByText("This candidate is already anonymized.")).toBeVisible();

  const row = await withDb(
    async (db) =>
      (
        await db.query(`SELECT name, email, phone, notes, "anonymizedAt" FROM "Candidate" WHERE id = $1`, [
          id,
        ])
      ).rows[0],
  );
  expect(row).toMatchObject({ name: "Anonymized candidate", email: null, phone: "", notes: "" });
  expect(row.anonymizedAt).not.toBeNull();

  // the candidates page links here with ?candidate=<id>: preselected
  await page.goto(`/admin/privacy?candidate=${id}`);
  await expect(page.getByText("Selected: Anonymized candidate")).toBeVisible();
});

test("ADMIN changes the retention period with a clear error for a bad value", async ({ page }) => {
  await startSession(page, accounts.admin);
  await page.goto("/admin/privacy");
  const months = page.getByLabel("Months (1-120)");
  await months.fill("0");
  await page.getByRole("button", { name: "Save period" }).click();
  await expect(page.getByText("Choose 1 to 120 months.")).toBeVisible();
  await months.fill("18");
  await page.getByRole("button", { name: "Save period" }).click();
  await expect(page.getByText("Retention period saved: 18 months.")).toBeVisible();
  await expect(page.getByTestId("retention-months")).toContainText("18 months");
  // back to the default, so other runs see the demo setting
  await months.fill("12");
  await page.getByRole("button", { name: "Save period" }).click();
  await expect(page.getByTestId("retention-months")).toContainText("12 months");
});
