import { expect, test } from "../../fixtures/test";
import { accounts, signIn, signOut, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

const run = Date.now().toString(36);
const positionTitle = `Profile advisor ${run}`;

test("HR defines a position's hiring profile, sees it on the position page, and reads the privacy settings", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.hr);

  // A position of our own, so profiles the demo seed may get later do not interfere.
  await page.goto("/admin/positions/new");
  await page.getByLabel("Title").fill(positionTitle);
  await page.getByLabel("Department").selectOption({ label: "Young Customers Team" });
  await page.getByLabel("Headcount").fill("2");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: positionTitle })).toBeVisible();
  const positionId = new URL(page.url()).pathname.split("/").pop()!;

  await page.goto(`/hiring/positions/${positionId}/profile`);
  await expect(page.getByRole("heading", { name: `Hiring profile: ${positionTitle}` })).toBeVisible();
  await expect(page.getByText("No profile yet")).toBeVisible();

  // 1: expertise in a segment at "Specialist"
  await page.getByRole("button", { name: "Add requirement" }).click();
  await page.locator("#req-0-segmentId").selectOption({ label: "Young adults" });
  await page.locator("#req-0-level").selectOption({ label: "3 · Specialist" });
  await page.locator("#req-0-weight").fill("40");
  // 2: a language
  await page.getByRole("button", { name: "Add requirement" }).click();
  await page.locator("#req-1-kind").selectOption({ label: "Language" });
  await page.locator("#req-1-language").fill("sv");
  await page.locator("#req-1-cefr").selectOption("B2");
  await page.locator("#req-1-weight").fill("20");
  // 3: a must-have interview criterion, first with a bad weight
  await page.getByRole("button", { name: "Add requirement" }).click();
  await page.locator("#req-2-kind").selectOption({ label: "Interview criterion" });
  await page.locator("#req-2-criterion").fill("Explains fees clearly");
  await page.locator("#req-2-rating").selectOption("4");
  await page.locator("#req-2-mustHave").check();
  await page.locator("#req-2-weight").fill("0");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Choose a weight from 1 to 100.")).toBeVisible();
  await expect(page.locator("#req-2-weight")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("No profile yet")).toBeVisible(); // nothing was saved

  await page.locator("#req-2-weight").fill("30");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Saved as version 1.")).toBeVisible();
  await expect(page.getByText("Version 1", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "View version 1" })).toBeVisible(); // in the version history
  await expect(page.getByText("Loading…")).toHaveCount(0);
  await expectAccessible(page);

  // The summary on the position page
  await page.goto(`/admin/positions/${positionId}`);
  const summary = page.getByRole("region", { name: /Hiring profile/ });
  await expect(summary.getByText("Version 1")).toBeVisible();
  await expect(summary.getByText("Young adults: at least 3 · Specialist")).toBeVisible();
  await expect(summary.getByText("Swedish at B2 or better")).toBeVisible();
  await expect(summary.getByText("Explains fees clearly (target 4/5)")).toBeVisible();
  await expect(summary.getByText("must-have")).toHaveCount(1);
  await expect(summary.getByRole("link", { name: "Edit profile" })).toHaveAttribute(
    "href",
    `/hiring/positions/${positionId}/profile`,
  );
  await expect(summary.getByRole("link", { name: "Pipeline" })).toHaveAttribute(
    "href",
    `/hiring/positions/${positionId}`,
  );

  // Privacy: HR reads the retention period (only ADMIN changes it)
  await page.goto("/admin/privacy");
  await expect(page.getByRole("heading", { name: "Candidate data privacy" })).toBeVisible();
  await expect(page.getByTestId("retention-months")).toContainText("12 months");
  await expect(page.getByLabel("Months (1-120)")).toHaveCount(0);
  await expect(page.getByText("Loading…")).toHaveCount(0);
  await expectAccessible(page);

  // The head of the position's department reads the profile; nothing to edit.
  await signOut(page);
  await startSession(page, accounts.headYoung);
  await page.goto(`/hiring/positions/${positionId}/profile`);
  await expect(page.getByText("You can read this profile. HR and administrators change it.")).toBeVisible();
  await expect(page.getByText("Explains fees clearly (target 4/5)")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save profile" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Copy" })).toHaveCount(0);
});
