import { expect, test } from "../../fixtures/test";
import { accounts, signIn } from "../../fixtures/accounts";

/**
 * Webhooks (issue 19): an admin registers an endpoint, is shown its secret once, reads its (empty) delivery log
 * and deletes it after confirming. A few seconds: one sign-in, two saves. Sending, retries and the log's
 * attempts are proven against a real receiver in packages/jobs/test/webhooks.int.test.ts.
 */
test("an admin adds a webhook endpoint, sees its secret once, and deletes it after confirming", async ({
  page,
}) => {
  const url = `https://hooks.example.com/portal-${Date.now().toString(36)}`;
  await signIn(page, accounts.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

  await page.getByRole("button", { name: "Add endpoint" }).click();
  await page.getByLabel("URL").fill("http://hooks.example.com/portal");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Choose at least one event.")).toBeVisible();
  await page.getByLabel("Candidate hired").check();
  await page.getByLabel("Staff member moved to another department").check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Use an https address.", { exact: false })).toBeVisible();
  await page.getByLabel("URL").fill(url);
  await page.getByLabel("Description").fill("HR system");
  await page.getByRole("button", { name: "Add endpoint" }).click();

  await expect(page.getByRole("heading", { name: "Signing secret" })).toBeVisible();
  await expect(page.getByTestId("webhook-secret")).toHaveText(/^whsec_[A-Za-z0-9_-]{43}$/);
  await page.getByRole("button", { name: "I have stored it" }).click();
  await expect(page.getByTestId("webhook-secret")).toHaveCount(0);

  const card = page.getByRole("region", { name: url });
  await expect(card).toContainText("Candidate hired, Staff member moved to another department");
  await card.getByRole("button", { name: "Show deliveries" }).click();
  await expect(card.getByText("Nothing has been sent to this endpoint yet.")).toBeVisible();

  await card.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete endpoint" }).click();
  await expect(page.getByRole("region", { name: url })).toHaveCount(0);
});
