import { expect, test } from "../../fixtures/test";
import { accounts, startSession } from "../../fixtures/accounts";
import { expectAccessible } from "../../fixtures/axe";

/** Showcase applications of the demo seed (packages/db/src/seed/demo-hiring.ts), both Customer advisor in Private Banking. */
const demo = { interview: "demo-application-interview", offer: "demo-application-offer" } as const;

test.describe.configure({ mode: "serial" });

test("the head rates a candidate at interview and sees the assessed level next to the declared one", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startSession(page, accounts.headPrivate);
  await page.goto(`/hiring/applications/${demo.interview}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("stage")).toHaveText("Interview");
  const expertiseRow = page.getByRole("row", { name: /Expertise: Private individuals/ });
  // HR has rated already: one rating, shown beside what the candidate declared.
  await expect(expertiseRow).toContainText("1 rating");
  await expectAccessible(page);

  const groups = page.getByRole("radiogroup");
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < count; i++) await groups.nth(i).getByLabel("4 · Good").check();
  await page.getByLabel("Summary").fill("Calm, clear, knows the everyday products.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("final");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByText("You have submitted your scorecard; it is final.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Scorecard by Astrid Lindqvist" })).toBeVisible();
  await expect(expertiseRow).toContainText("2 ratings");
  // An interview rating reads on its own 1-5 scale and says which level it counts as (issue 16 class 4).
  await expect(expertiseRow).toContainText(/Interview rating: median [\d.]+ of 5/);
  await expect(expertiseRow).toContainText(/Counts as expertise level \d · \w+/);
  await expect(expertiseRow).toContainText("used in the score");
  // The declared level stays visible in its own column.
  await expect(expertiseRow.getByRole("cell").nth(1)).toHaveText(/\d · \w+/);
  await expect(page.getByRole("button", { name: "Submit scorecard" })).toHaveCount(0);
});

test("HR hires a candidate at offer once, sees the password once, and finds the new staff member", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startSession(page, accounts.hr);
  await page.goto(`/hiring/applications/${demo.offer}`);
  const name = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  await expect(page.getByTestId("stage")).toHaveText("Offer");
  await page.getByRole("button", { name: "Hire…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Start date").fill("2026-12-07");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(name);
  await page.getByRole("button", { name: "Hire", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Hired", exact: true })).toBeVisible();
  await expect(page.getByTestId("one-time-password")).toHaveText(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
  await expect(page.getByTestId("stage")).toHaveText("Hired");

  // A reload shows no hire button and no password; a retried call returns the same person without one.
  await page.reload();
  await expect(page.getByTestId("stage")).toHaveText("Hired");
  await expect(page.getByRole("button", { name: "Hire…" })).toHaveCount(0);
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);
  const retry = await page.request.post("/api/trpc/applications.hire", {
    data: { json: { applicationId: demo.offer, startDate: "2026-12-07" } },
  });
  expect(retry.ok()).toBe(true);
  const body = (await retry.json()) as {
    result: {
      data: { json: { alreadyHired: boolean; oneTimePassword: string | null; staff: { id: string } } };
    };
  };
  expect(body.result.data.json).toMatchObject({ alreadyHired: true, oneTimePassword: null });

  await page.getByRole("link", { name: "Open the new staff member" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/staff/${body.result.data.json.staff.id}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.goto(`/admin/staff?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Private Banking Service");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(1);
});

test("a head cannot open another department's application by URL", async ({ page }) => {
  await startSession(page, accounts.headYoung);
  expect((await page.goto(`/hiring/applications/${demo.interview}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("radiogroup")).toHaveCount(0);
});
