import { expect, test } from "../../fixtures/test";
import { accounts, signIn } from "../../fixtures/accounts";

/**
 * The hiring issue's HR journey in one go, on a position of its own: profile, CSV import (bad rows refused,
 * then fixed), ranking, interview with a scorecard, offer, hire (retried harmlessly), and the new person
 * found in the department.
 */
const run = Date.now().toString(36);
const title = `Journey advisor ${run}`;
const header = "name,email,phone,years,languages,expertise,certifications,source,notes";
// Candidate 1 declares expert level in Young adults, the others less: the ranking puts candidate 1 first.
const row = (i: number) =>
  `Journey ${run} ${i},journey.${run}.${i}@example.com,,${(i % 5) + 1},"en:B2",Young adults:${i === 1 ? 4 : i % 3},,referral,`;

test("HR defines a profile, imports candidates, ranks them, interviews one with a scorecard and hires them", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, accounts.hr);
  const column = (stage: string) => page.getByTestId(`column-${stage}`);

  await page.goto("/admin/positions/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Department").selectOption({ label: "Young Customers Team" });
  await page.getByLabel("Headcount").fill("1");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const positionId = new URL(page.url()).pathname.split("/").pop()!;

  // Profile: expertise in the segment and a must-have criterion rated at interview.
  await page.goto(`/hiring/positions/${positionId}/profile`);
  await page.getByRole("button", { name: "Add requirement" }).click();
  await page.locator("#req-0-segmentId").selectOption({ label: "Young adults" });
  await page.locator("#req-0-level").selectOption({ label: "3 · Specialist" });
  await page.locator("#req-0-weight").fill("60");
  await page.getByRole("button", { name: "Add requirement" }).click();
  await page.locator("#req-1-kind").selectOption({ label: "Interview criterion" });
  await page.locator("#req-1-criterion").fill("Explains fees without jargon");
  await page.locator("#req-1-rating").selectOption("4");
  await page.locator("#req-1-mustHave").check();
  await page.locator("#req-1-weight").fill("40");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Saved as version 1.")).toBeVisible();

  // Import: two bad rows refuse the whole file; fixed, all 20 enter the pipeline.
  const rows = Array.from({ length: 20 }, (_, i) => row(i + 1));
  const bad = [...rows];
  bad[2] = `Journey ${run} 3,not-an-email,,2,,,,,`;
  bad[7] = `Journey ${run} 8,journey.${run}.8@example.com,,99,,,,,`;
  await page.goto(`/hiring/candidates/import?positionId=${positionId}`);
  await page.getByLabel("Or paste the CSV").fill([header, ...bad].join("\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("20 rows: 18 new, 0 duplicates, 2 with errors.")).toBeVisible();
  await expect(page.locator('tr[data-row="4"]')).toContainText("Enter a valid email address");
  await expect(page.locator('tr[data-row="9"]')).toContainText("Enter 0 to 60 years.");
  await expect(page.getByRole("button", { name: /^Import \d+ candidates?$/ })).toBeDisabled();
  await page.getByLabel("Or paste the CSV").fill([header, ...rows].join("\n"));
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("20 rows: 20 new, 0 duplicates, 0 with errors.")).toBeVisible();
  await page.getByRole("button", { name: "Import 20 candidates" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Import 20 candidates" }).click();
  await expect(page.getByText(/20 added to the pipeline\./)).toBeVisible();

  // Ranking: nobody is eligible before the interview (the criterion is a must-have), the expert ranks first.
  const best = `Journey ${run} 1`;
  await page.goto(`/hiring/positions/${positionId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("link", { name: "Ranking" }).click();
  const ranking = page.getByRole("table", { name: "Ranking of the candidates" });
  await expect(ranking.getByRole("row").nth(1)).toContainText(best);
  await expect(ranking.getByRole("row").nth(1)).toContainText("Misses a must-have");

  // Interview: move to Interview, rate every requirement, submit.
  await page.getByRole("link", { name: "Board", exact: true }).click();
  await page.getByRole("button", { name: `Move to… (${best})` }).click();
  await page.getByRole("button", { name: "Interview", exact: true }).click();
  await expect(column("INTERVIEW")).toContainText(best);
  await column("INTERVIEW").getByRole("link", { name: best, exact: true }).click();
  await expect(page.getByTestId("stage")).toHaveText("Interview");
  const groups = page.getByRole("radiogroup");
  await expect(groups).toHaveCount(2);
  for (let i = 0; i < 2; i++) await groups.nth(i).getByLabel("5 · Excellent").check();
  await page.getByLabel("Summary").fill("Explains fees plainly; strong with students.");
  await page.getByRole("button", { name: "Submit scorecard" }).click();
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByText("You have submitted your scorecard; it is final.")).toBeVisible();
  const applicationUrl = page.url();

  // Offer, then hire.
  await page.goto(`/hiring/positions/${positionId}`);
  await page.getByRole("button", { name: `Move to… (${best})` }).click();
  await page.getByRole("button", { name: "Offer", exact: true }).click();
  await expect(column("OFFER")).toContainText(best);
  await page.goto(applicationUrl);
  await expect(page.getByTestId("stage")).toHaveText("Offer");
  await page.getByRole("button", { name: "Hire…" }).click();
  await page.getByRole("dialog").getByLabel("Start date").fill("2026-12-14");
  await page.getByRole("dialog").getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Hire", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Hired", exact: true })).toBeVisible();

  // A retried hire returns the same person and creates nobody.
  const applicationId = new URL(applicationUrl).pathname.split("/").pop()!;
  const retry = await page.request.post("/api/trpc/applications.hire", {
    data: { json: { applicationId, startDate: "2026-12-14" } },
  });
  expect(retry.ok()).toBe(true);
  expect(
    ((await retry.json()) as { result: { data: { json: { alreadyHired: boolean } } } }).result.data.json
      .alreadyHired,
  ).toBe(true);

  await page.goto(`/admin/staff?q=${encodeURIComponent(best)}`);
  const staffRow = page.getByRole("row", { name: new RegExp(best) });
  await expect(staffRow).toHaveCount(1);
  await expect(staffRow).toContainText("Young Customers Team");
  await expect(staffRow).toContainText("Onboarding");
});
