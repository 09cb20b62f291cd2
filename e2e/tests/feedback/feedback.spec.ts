import { expect, test } from "../../fixtures/test";
import { accounts, signIn, signOut, startSession } from "../../fixtures/accounts";

/**
 * Issue 18: a staff member files feedback, the segment's head acknowledges it and replies, the author reads the
 * reply, and the insight page shows the new theme in the current week. One journey with three sign-ins.
 */
test("feedback reaches the segment's head, the reply reaches the author, and the theme shows in the insight", async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const tag = `coin machine ${run}`;
  const text = `Customers ask when the coin machine in the branch will work again (${run}).`;

  await signIn(page, accounts.staff);
  await page.getByRole("navigation").getByRole("link", { name: "Customer feedback" }).click();
  await page.getByRole("link", { name: "File feedback" }).first().click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("This field is required.").first()).toBeVisible(); // nothing sent without a text
  await page.getByLabel("Customer segment").selectOption({ label: "Private individuals" });
  await page.getByLabel("Kind").selectOption({ label: "Need" });
  await page.getByLabel("What the customer said").fill(text);
  await page.getByLabel("Tags").fill(`  Coin Machine ${run}, branch`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Feedback about Private individuals" }),
  ).toBeVisible();
  const itemUrl = page.url();
  await expect(page.getByText(tag, { exact: true })).toBeVisible();
  await signOut(page);

  await startSession(page, accounts.headPrivate);
  await page.goto("/feedback");
  await page.getByRole("link", { name: text }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Feedback about Private individuals" }),
  ).toBeVisible();
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Acknowledged" });
  await page.getByLabel("Reply to the author").fill("Thank you: the machine is ordered for next week.");
  await page.getByRole("button", { name: "Save answer" }).click();
  await expect(page.getByText("Saved. The author has been notified.")).toBeVisible();
  await page.goto(`/feedback/insight`);
  const thisWeek = page.getByRole("row").filter({ hasText: "This week so far" });
  await expect(thisWeek).toContainText(tag);
  await signOut(page);

  await startSession(page, accounts.staff);
  await page.goto(itemUrl);
  await expect(page.getByText("Thank you: the machine is ordered for next week.")).toBeVisible();
  await expect(page.getByText("Acknowledged").first()).toBeVisible();
});
